// The page's side of the strength worker: one worker, started on warm(), answers matched to
// requests by id; an answer to anything but the newest request is stale and resolves to null.
import type { StrengthAnswer, StrengthReply, StrengthRequest } from './protocol.ts';

/** zxcvbn's verdict, or 'unavailable' when the worker could not start or load its dictionaries. */
export type StrengthOutcome = StrengthAnswer | 'unavailable';

export interface StrengthService {
  /** Starts the worker loading its dictionaries, so the first verdict is quick. */
  warm(): void;
  /** The verdict on this password, or null once a newer request made it stale. */
  assess(password: string, userInputs: readonly string[]): Promise<StrengthOutcome | null>;
}

/** What the client needs of a Worker: lets tests pass a fake one. */
export interface StrengthWorker {
  postMessage(request: StrengthRequest): void;
  onmessage: ((event: MessageEvent<StrengthReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createStrengthClient(spawn: () => StrengthWorker): StrengthService {
  let worker: StrengthWorker | null = null;
  let failed = false;
  let newest: { id: number; key: string; answer: Promise<StrengthOutcome | null> } | null = null;
  const waiting = new Map<number, (outcome: StrengthOutcome | null) => void>();

  const settle = (upTo: number, outcome: StrengthOutcome) => {
    for (const [id, resolve] of waiting) {
      if (id > upTo) continue;
      waiting.delete(id);
      resolve(id === newest?.id ? outcome : null);
    }
  };

  const started = (): StrengthWorker => {
    if (worker) return worker;
    worker = spawn();
    worker.onmessage = ({ data }) => settle(data.id, data.answer ?? 'unavailable');
    worker.onerror = () => {
      failed = true;
      settle(Number.POSITIVE_INFINITY, 'unavailable');
    };
    return worker;
  };

  return {
    warm: () => void started(),
    assess(password, userInputs) {
      if (failed) return Promise.resolve('unavailable');
      const key = JSON.stringify([password, userInputs]);
      // The same question while it is still open (the screen and Selesai both ask): one answer.
      if (newest?.key === key && waiting.has(newest.id)) return newest.answer;
      const id = (newest?.id ?? 0) + 1;
      const answer = new Promise<StrengthOutcome | null>((resolve) => waiting.set(id, resolve));
      newest = { id, key, answer };
      started().postMessage({ id, password, userInputs });
      return answer;
    },
  };
}
