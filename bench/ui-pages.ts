// The meters bench/ui.bench.ts puts in the pages it drives. Plain JavaScript text: tsx would wrap
// functions handed to the page in helpers (`__name`) the page does not have.
// "Painted" is the moment after the next frame: rAF, then a message, which runs once the frame is out.

const AFTER_PAINT = `const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });`;

/**
 * Cold load, as an init script: `start` when a "Mula" button is painted (the kiosk's start screen,
 * or the blank page's only button), in ms from navigation start; the meter then presses it, and
 * `ic` is when the IC number field is painted, ready to type in (the kiosk only).
 */
export const FIRST_SCREEN_SCRIPT = `(() => {
  ${AFTER_PAINT}
  const marks = {};
  const startButton = () => Array.from(document.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Mula' && !button.disabled);
  const observer = new MutationObserver(() => {
    if (marks.startSeen === undefined) {
      const button = startButton();
      if (!button) return;
      marks.startSeen = performance.now();
      afterPaint((paintedAt) => {
        marks.start = paintedAt;
        button.click();
      });
    }
    const field = document.getElementById('ic-number');
    if (marks.icSeen === undefined && field && !field.disabled) {
      marks.icSeen = performance.now();
      afterPaint((paintedAt) => {
        marks.ic = paintedAt;
        observer.disconnect();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
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
