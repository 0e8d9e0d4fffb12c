// The browser host's page script: `window.ispeks` for a plain browser tab, built by the same
// createBridge as Electron's preload, over HTTP to the host that served the page: calls as POSTs,
// events as Server-Sent Events on one stream, opened by the first subscription.
// browser-host.ts bundles it when it starts; never packaged.
import { BRIDGE_GLOBAL, createBridge } from '../shared/ipc-channels.ts';

let events: EventSource | undefined;

Object.defineProperty(window, BRIDGE_GLOBAL, {
  value: Object.freeze(
    createBridge(
      async (channel, payload) => {
        const response = await fetch(`/__bridge/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(payload ?? {}),
        });
        return response.json();
      },
      (event, listener) => {
        const stream = (events ??= new EventSource('/__bridge/events'));
        stream.addEventListener(event, listener);
        return () => stream.removeEventListener(event, listener);
      },
    ),
  ),
});
