// The scan view's side of the QR worker, with a fake worker: one answer per frame, and a worker that
// cannot run says so once and for every frame after.
import { describe, expect, it, vi } from 'vitest';
import { createQrScanner } from '../../renderer/src/scanner/client.ts';
import type { ScanWorker } from '../../renderer/src/scanner/client.ts';
import type { ScanReply, ScanRequest } from '../../renderer/src/scanner/protocol.ts';

function fakeWorker() {
  const requests: ScanRequest[] = [];
  const worker: ScanWorker & { reply(reply: ScanReply): void; crash(): void } = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void requests.push(request),
    reply: (reply) => worker.onmessage?.({ data: reply } as MessageEvent<ScanReply>),
    crash: () => worker.onerror?.({} as ErrorEvent),
  };
  return { worker, requests };
}

const frame = () => ({ close: vi.fn() }) as unknown as ImageBitmap;

describe('QR scanner client', () => {
  it('starts the worker on the first frame and hands each frame over, answered by its id', async () => {
    const { worker, requests } = fakeWorker();
    const spawn = vi.fn(() => worker);
    const scanner = createQrScanner(spawn);
    expect(spawn).not.toHaveBeenCalled();
    const first = scanner.scan(frame());
    const second = scanner.scan(frame());
    expect(spawn).toHaveBeenCalledTimes(1);
    worker.reply({ id: requests[1]!.id, text: 'https://ispeks.example/activate?token=x' });
    worker.reply({ id: requests[0]!.id, text: null });
    expect(await first).toBeNull();
    expect(await second).toBe('https://ispeks.example/activate?token=x');
  });

  it('says failed when the decoder cannot load or the worker dies, and stops sending frames', async () => {
    const { worker, requests } = fakeWorker();
    const scanner = createQrScanner(() => worker);
    const waiting = scanner.scan(frame());
    worker.crash();
    expect(await waiting).toBe('failed');
    const later = frame();
    expect(await scanner.scan(later)).toBe('failed');
    expect(later.close).toHaveBeenCalled();
    expect(requests).toHaveLength(1);
  });

  it('believes the worker when it says its decoder could not load', async () => {
    const { worker, requests } = fakeWorker();
    const scanner = createQrScanner(() => worker);
    const waiting = scanner.scan(frame());
    worker.reply({ id: requests[0]!.id, text: null, failed: true });
    expect(await waiting).toBe('failed');
    expect(await scanner.scan(frame())).toBe('failed');
  });
});
