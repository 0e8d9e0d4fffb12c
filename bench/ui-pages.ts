// The meters bench/ui.bench.ts puts in the pages it drives. Plain JavaScript text: tsx would wrap
// functions handed to the page in helpers (`__name`) the page does not have.
// For the steps, "painted" is the moment after the next frame: rAF, then a message, which runs once
// the main thread has handed the frame on (not when it is presented; the first screen's meter reads
// the presentation time instead, where rasterising a whole screen from cold makes the difference).

const AFTER_PAINT = `const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });`;

/**
 * Cold load, as an init script. Times are ms from navigation start:
 * - `startShown`: the frame with the "Mula" button (the kiosk's start screen, or the blank page's
 *   only button) presented on the glass, as the browser reports it (Element Timing);
 * - `startReady`: the button answers a tap: enabled, and not inside an `inert` root (the kiosk's
 *   prerendered start screen is inert until the page has hydrated it);
 * - `start`: the later of the two, when the person can see the button and use it. The meter then
 *   presses it, and `ic` is when the IC number field's label is on the glass (the kiosk only).
 * The text elements are tagged for Element Timing by the meter, before their first paint.
 */
export const FIRST_SCREEN_SCRIPT = `(() => {
  const marks = {};
  const startButton = () => Array.from(document.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Mula');
  const pressWhenBoth = () => {
    if (marks.start !== undefined || marks.startShown === undefined || marks.startReady === undefined) return;
    marks.start = Math.max(marks.startShown, marks.startReady);
    startButton().click();
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'start' && marks.startShown === undefined) {
        marks.startShown = entry.renderTime;
        pressWhenBoth();
      }
      if (entry.identifier === 'ic' && marks.ic === undefined) marks.ic = entry.renderTime;
    }
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const button = startButton();
    if (button && !button.hasAttribute('elementtiming') && marks.startShown === undefined) button.setAttribute('elementtiming', 'start');
    if (button && marks.startReady === undefined && !button.disabled && !button.closest('[inert]')) {
      marks.startReady = performance.now();
      pressWhenBoth();
    }
    const label = document.querySelector('label[for="ic-number"]');
    if (label && !label.hasAttribute('elementtiming')) {
      label.setAttribute('elementtiming', 'ic');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['inert', 'disabled'] });
  Object.defineProperty(window, '__firstScreen', { value: marks });
})();`;

/**
 * Step latency, evaluated once in the kiosk's page: from a button's click event to the paint of the
 * next screen (a new h1), tagged with both headings, which name screens, never a person.
 */
export const STEP_METER_SCRIPT = `(() => {
  ${AFTER_PAINT}
  const state = { steps: [], pending: null };
  const heading = () => document.querySelector('h1')?.textContent ?? '';
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) state.pending = { from: heading(), at: event.timeStamp };
  }, true);
  new MutationObserver(() => {
    const pending = state.pending;
    const now = heading();
    if (!pending || now === '' || now === pending.from) return;
    state.pending = null;
    afterPaint((paintedAt) => state.steps.push({ from: pending.from, to: now, ms: paintedAt - pending.at }));
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__steps = state;
})();`;

/** The floor for a step without a call: click to the next paint on the blank page, where a click changes nothing. */
export const CLICK_METER_SCRIPT = `(() => {
  ${AFTER_PAINT}
  const samples = [];
  document.addEventListener('click', (event) => {
    const at = event.timeStamp;
    afterPaint((paintedAt) => samples.push(paintedAt - at));
  }, true);
  window.__clicks = samples;
})();`;
