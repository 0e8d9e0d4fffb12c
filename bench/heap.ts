// JS heap in use, after garbage collection, over the Chrome DevTools Protocol: the page's own, and
// its dedicated workers' (the strength worker), reached through the page's auto-attached targets.
import type { CDPSession, Page } from 'playwright-core';

export interface HeapMeter {
  /** Bytes in use on the page's heap after two full collections. */
  page(): Promise<number>;
  /** The same for each dedicated worker the page has started (none yet: empty). */
  workers(): Promise<number[]>;
  detach(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: { usedSize?: number };
  error?: { message: string };
}

async function usedAfterGc(send: (method: string) => Promise<Reply['result']>): Promise<number> {
  await send('HeapProfiler.collectGarbage');
  await send('HeapProfiler.collectGarbage');
  const usage = await send('Runtime.getHeapUsage');
  if (typeof usage?.usedSize !== 'number') throw new Error('Runtime.getHeapUsage gave no usedSize');
  return usage.usedSize;
}

/** Starts watching the page's workers now: attach before the page starts the ones to measure. */
export async function heapMeter(page: Page): Promise<HeapMeter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => void (targetInfo.type === 'worker' && workers.add(sessionId)));
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => void (sessionId && workers.delete(sessionId)));
  // Messages to a worker travel inside Target.sendMessageToTarget (non-flat sessions), answers
  // come back as events: the page's own Playwright session is left alone.
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const inWorker = (sessionId: string) => async (method: string) => {
    const id = nextId++;
    const reply = new Promise<Reply>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    const { result, error } = await reply;
    waiting.delete(id);
    if (error) throw new Error(`${method} in a worker: ${error.message}`);
    return result;
  };

  return {
    page: () => usedAfterGc(async (method) => (await cdp.send(method as 'Runtime.getHeapUsage')) as Reply['result']),
    workers: () => Promise.all([...workers].map((sessionId) => usedAfterGc(inWorker(sessionId)))),
    detach: () => cdp.detach(),
  };
}
