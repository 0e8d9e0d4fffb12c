// The start screen comes first. The build puts it in index.html (scripts/prerender.ts), so it is
// painted before the script runs; the page then takes it over without redrawing it. The kiosk's
// start-up work (asking main for its settings, a waiting link and the service's state, fetching the
// later screens and English) begins only once that screen is on the glass, so it never holds it
// back (boot/first-paint.ts).
import { expect, test } from './fixtures.ts';

interface StartUp {
  painted: number | null;
  calls: { channel: string; at: number }[];
  chunks: { file: string; at: number }[];
}

test('the start screen is on the glass before any start-up call or chunk is asked for', async ({ kiosk: page }) => {
  await page.addInitScript(() => {
    const marks: { painted: number | null } = { painted: null };
    Object.defineProperty(window, '__startPainted', { value: marks });
    // When the first frame with content (the start screen: nothing else is in the page) was shown.
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) marks.painted = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mula', exact: true })).toBeVisible();

  const read = () =>
    page.evaluate((): StartUp => {
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src;
      return {
        painted: (window as unknown as { __startPainted: { painted: number | null } }).__startPainted.painted,
        // Each bridge call is a request to the browser host, `/__bridge/<channel>`, timed like any other.
        calls: performance
          .getEntriesByType('resource')
          .filter((resource) => new URL(resource.name).pathname.startsWith('/__bridge/'))
          .map((resource) => ({ channel: new URL(resource.name).pathname.slice('/__bridge/'.length), at: resource.startTime })),
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
    .toBe('checkService getAppInfo takePendingLink | en later readiness');

  const { painted, calls, chunks } = await read();
  expect(painted).not.toBeNull();
  for (const { channel, at } of calls) expect(at, `${channel} asked for before the start screen was shown`).toBeGreaterThan(painted!);
  for (const { file, at } of chunks) expect(at, `${file} fetched before the start screen was shown`).toBeGreaterThan(painted!);
});

test('the start screen is in the page itself, and takes no tap before the page can answer it', async ({ browser, host }) => {
  // No script at all: what the browser paints while the kiosk's script is still on its way.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaktifan Akaun iSPEKS');
  await expect(page.locator('.step-list li')).toHaveCount(5);
  await expect(page.locator('#root button', { hasText: /^Mula$/ })).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await context.close();
});

test('the page takes the start screen over as it is: the same elements, no error, and Mula answers', async ({ kiosk: page }) => {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.addInitScript(() => {
    // The Mula button the HTML parser made, before any script of the page's ran.
    new MutationObserver((_, observer) => {
      const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Mula');
      if (!button) return;
      observer.disconnect();
      Object.defineProperty(window, '__parsedMula', { value: button });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  // React kept the parsed elements (a mismatch would have made it throw them away and render anew).
  expect(await page.evaluate(() => (window as unknown as { __parsedMula?: Element }).__parsedMula?.isConnected)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Mula', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'No. Kad Pengenalan' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
