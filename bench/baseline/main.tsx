// The baseline the renderer is measured against: a blank React + zustand page, same build.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

const useBaseline = create<{ ready: boolean }>(() => ({ ready: true }));

function Blank() {
  const ready = useBaseline((state) => state.ready);
  return <button type="button">{ready ? 'Mula' : ''}</button>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Blank />
  </StrictMode>,
);
