// The scan view's side of the QR worker: started on the first frame, one frame at a time. The worker
// keeps no frame: each is decoded and dropped, and nothing it sees leaves the page but the text read.
import type { ScanReply, ScanRequest } from './protocol.ts';

/** The text of the QR code in the frame, null if none was read, 'failed' if the decoder cannot run. */
export type ScanOutcome = string | null | 'failed';

export interface QrScanner {
  scan(frame: ImageBitmap): Promise<ScanOutcome>;
}

/** What the client needs of a Worker: lets tests pass a fake one. */
export interface ScanWorker {
  postMessage(request: ScanRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ScanReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createQrScanner(spawn: () => ScanWorker): QrScanner {
  let worker: ScanWorker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, (outcome: ScanOutcome) => void>();
  const started = (): ScanWorker => {
    if (worker) return worker;
    worker = spawn();
    worker.onmessage = ({ data }) => {
      if (data.failed) failed = true;
      waiting.get(data.id)?.(data.failed ? 'failed' : data.text);
      waiting.delete(data.id);
    };
    worker.onerror = () => {
      failed = true;
      for (const resolve of waiting.values()) resolve('failed');
      waiting.clear();
    };
    return worker;
  };
  return {
    scan(frame) {
      if (failed) {
        frame.close();
        return Promise.resolve('failed');
      }
      const id = nextId++;
      const outcome = new Promise<ScanOutcome>((resolve) => waiting.set(id, resolve));
      started().postMessage({ id, frame }, [frame]);
      return outcome;
    },
  };
}
