import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
// Listening from the first moment for how the person points and types: the keyboard that acts on
// it comes with the later screens, after the first paint, and a first tap must not go unnoticed.
import './keyboard/physical-keyboard.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
