// The start screen comes first: the kiosk's start-up work (asking main for its settings, a waiting
// link and the service's state, fetching the later screens and English) begins only once the frame
// carrying the start screen is out, so it never holds that screen back (issue 7; first-paint.ts).
import { expect, test } from './fixtures.ts';

interface StartUp {
  painted: number | null;
  calls: { channel: string; at: number }[];
  chunks: { file: string; at: number }[];
}

test('the start screen is painted before any start-up call or chunk is asked for', async ({ kiosk: page }) => {
  await page.addInitScript(() => {
    const marks: { painted: number | null } = { painted: null };
    Object.defineProperty(window, '__startPainted', { value: marks });
    // The animation frame that first carries the Mula button: its work happens in this frame, before the paint.
    new MutationObserver((_, observer) => {
      if (![...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Mula')) return;
      observer.disconnect();
      requestAnimationFrame(() => (marks.painted = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mula', exact: true })).toBeVisible();

  const read = () =>
    page.evaluate((): StartUp => {
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src;
      return {
        painted: (window as unknown as { __startPainted: { painted: number | null } }).__startPainted.painted,
        calls: [...(window as unknown as { __ispeksCalls: StartUp['calls'] }).__ispeksCalls],
        chunks: performance
          .getEntriesByType('resource')
          .filter((resource) => resource.name.endsWith('.js') && resource.name !== entry && resource.name.includes('/assets/'))
          .map((resource) => ({ file: resource.name.split('/').pop()!, at: resource.startTime })),
      };
    });
  // Everything start-up asks for, asked for.
  await expect
    .poll(async () => {
      const { calls, chunks } = await read();
      return [...new Set(calls.map((call) => call.channel))].sort().join(' ') + ' | ' + chunks.map((chunk) => chunk.file.replace(/-[\w-]{8}\.js$/, '')).sort().join(' ');
    })
    .toBe('checkService getAppInfo takePendingLink | en later-screens ms-later readiness');

  const { painted, calls, chunks } = await read();
  expect(painted).not.toBeNull();
  for (const { channel, at } of calls) expect(at, `${channel} asked for before the start screen's frame`).toBeGreaterThan(painted!);
  for (const { file, at } of chunks) expect(at, `${file} fetched before the start screen's frame`).toBeGreaterThan(painted!);
});
