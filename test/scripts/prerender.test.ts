// The start screen the build writes into index.html (scripts/prerender.ts): the page's own first
// render, and nothing the kiosk's Content Security Policy would refuse to show.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFirstScreen, withFirstScreen } from '../../scripts/prerender.ts';

const rendererRoot = resolve(import.meta.dirname, '../../renderer');

describe('the prerendered start screen', () => {
  it('is the start screen in Malay: heading, the five steps, Mula and the link button', async () => {
    const markup = await renderFirstScreen(rendererRoot);
    expect(markup).toContain('<h1 tabindex="-1">Pengaktifan Akaun iSPEKS</h1>');
    expect(markup.match(/<li>/g)).toHaveLength(5);
    expect(markup).toContain('>Mula</button>');
    expect(markup).toContain('>Saya sudah menerima pautan</button>');
    expect(markup).toContain('Bantuan: Sila rujuk petugas kaunter');
  }, 30_000);

  it('carries nothing the CSP would block (inline styles, scripts, handlers) and nothing of a person', async () => {
    const markup = await renderFirstScreen(rendererRoot);
    expect(markup).not.toMatch(/\sstyle=/);
    expect(markup).not.toMatch(/<script|<style|\son[a-z]+=/i);
    expect(markup).not.toMatch(/<input[^>]*value=/);
  }, 30_000);
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
