// The strength worker: zxcvbn off the page's thread, so typing never waits for it. It starts at
// once and loads the engine and its dictionaries (a separate chunk) in the background; requests
// that arrive meanwhile, or while it is busy, collapse into the newest.
import type { StrengthEngine } from './engine.ts';
import type { StrengthReply, StrengthRequest } from './protocol.ts';

interface WorkerScope {
  postMessage(reply: StrengthReply): void;
  onmessage: ((event: MessageEvent<StrengthRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const engine: Promise<StrengthEngine | null> = import('./engine.ts').then(
  (module) => module.createStrengthEngine(),
  () => null,
);

let newest: StrengthRequest | null = null;
let draining = false;

// Lets the messages that queued up during a check arrive, so only the newest is checked next.
const letMessagesIn = () => new Promise((resolve) => setTimeout(resolve, 0));

async function drain(): Promise<void> {
  draining = true;
  const ready = await engine;
  while (newest) {
    const { id, password, userInputs } = newest;
    newest = null;
    scope.postMessage({ id, answer: ready ? ready.assess(password, userInputs) : null });
    await letMessagesIn();
  }
  draining = false;
}

scope.onmessage = (event) => {
  newest = event.data;
  if (!draining) void drain();
};
