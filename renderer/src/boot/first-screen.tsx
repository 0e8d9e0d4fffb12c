// The tree the renderer starts with: the page renders it (main.tsx), and so does the build, once, to
// HTML (scripts/prerender.ts), so the start screen is painted before the script has run.
import { StrictMode, useLayoutEffect } from 'react';
import { App } from '../App.tsx';

/** Lets the prerendered screen take taps once React owns it: in the same commit, before any paint. */
function Awake() {
  useLayoutEffect(() => document.getElementById('root')?.removeAttribute('inert'), []);
  return null;
}

export function FirstScreen() {
  return (
    <StrictMode>
      <App />
      <Awake />
    </StrictMode>
  );
}
