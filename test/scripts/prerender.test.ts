// The start screen the build writes into index.html (scripts/prerender.ts): the page's own first
// render, and nothing the kiosk's Content Security Policy would refuse to show.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFirstScreen, withFirstScreen } from '../../scripts/prerender.ts';

const rendererRoot = resolve(import.meta.dirname, '../../renderer');

describe('the prerendered start screen', () => {
  let markup: string;
  // Rendered once, as the build does: loading the renderer's modules through Vite takes about half a second.
  beforeAll(async () => {
    markup = await renderFirstScreen(rendererRoot);
  }, 30_000);

  it('is the start screen in Malay: heading, the five steps, Mula and the link button', () => {
    expect(markup).toContain('<h1 tabindex="-1">Pengaktifan Akaun iSPEKS</h1>');
    expect(markup.match(/<li>/g)).toHaveLength(5);
    expect(markup).toContain('>Mula</button>');
    expect(markup).toContain('>Saya sudah menerima pautan</button>');
    expect(markup).toContain('Bantuan: Sila rujuk petugas kaunter');
  });

  it('carries nothing the CSP would block (inline styles, scripts, handlers) and nothing of a person', () => {
    expect(markup).not.toMatch(/\sstyle=/);
    expect(markup).not.toMatch(/<script|<style|\son[a-z]+=/i);
    expect(markup).not.toMatch(/<input[^>]*value=/);
  });
});

describe('withFirstScreen', () => {
  const html = '<!doctype html><html><body>\n<div id="root"></div>\n<script type="module" src="./x.js"></script></body></html>';

  it('fills the empty root and makes it inert until the page takes it over', () => {
    expect(withFirstScreen(html, '<p>Mula</p>')).toContain('<div id="root" inert><p>Mula</p></div>');
  });

  it('inserts the markup as it is, even where it looks like a replacement pattern', () => {
    expect(withFirstScreen(html, "<p>$& $' $1</p>")).toContain(`<div id="root" inert><p>$& $' $1</p></div>`);
  });

  it('refuses an index.html without an empty root, rather than ship a page without its first screen', () => {
    expect(() => withFirstScreen(html.replace('<div id="root"></div>', '<div id="app"></div>'), '<p/>')).toThrow(/root/);
  });
});
