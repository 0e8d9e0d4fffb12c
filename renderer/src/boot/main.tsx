import { createRoot, hydrateRoot } from 'react-dom/client';
import { FirstScreen } from './first-screen.tsx';
// Listening from the first moment for how the person points and types: the keyboard that acts on
// it comes with the later screens, after the first paint, and a first tap must not go unnoticed.
import '../keyboard/physical-keyboard.ts';
import '../styles/index.css';

const root = document.getElementById('root');
if (root) {
  // The build puts the start screen in index.html (scripts/prerender.ts): take it over as it is.
  // Vite's dev server serves the page without it, so there the page renders it itself.
  if (root.firstElementChild) hydrateRoot(root, <FirstScreen />);
  else createRoot(root).render(<FirstScreen />);
}
