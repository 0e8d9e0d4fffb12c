// The start screen in index.html itself. The build renders the renderer's first tree
// (renderer/src/boot/first-screen.tsx) to HTML once, so the browser paints the start screen while the
// script is still arriving; main.tsx then hydrates it. Until it has, the root is `inert`: a tap on a
// button that has no handler yet would be lost without a sign, so nothing takes one. Measured
// on the glass, the client-rendered start screen came 35-45 % after a blank page's button, most of it
// rasterising a full screen after React's commit (docs/performance.md).
import { resolve } from 'node:path';
import type { ComponentType } from 'react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const EMPTY_ROOT = '<div id="root"></div>';

/** index.html with the first screen's markup in its root, inert until hydrated. */
export function withFirstScreen(html: string, markup: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to render the first screen into`);
  return html.replace(EMPTY_ROOT, () => `<div id="root" inert>${markup}</div>`);
}

/** The start screen as the page's first render makes it, in Malay, before any setting has arrived. */
export async function renderFirstScreen(rendererRoot: string): Promise<string> {
  const { module } = await runnerImport<{ FirstScreen: ComponentType }>(resolve(rendererRoot, 'src/boot/first-screen.tsx'), {
    configFile: false,
    root: rendererRoot,
    plugins: [react()],
    logLevel: 'warn',
  });
  return renderToString(createElement(module.FirstScreen));
}

export function prerenderFirstScreen(rendererRoot: string): Plugin {
  return {
    name: 'ispeks:prerender-first-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      return withFirstScreen(html, await renderFirstScreen(rendererRoot));
    },
  };
}
