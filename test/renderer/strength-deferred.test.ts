import { describe, expect, it, vi } from 'vitest';
import type { StrengthService } from '../../renderer/src/strength/client.ts';
import { deferredStrengthService } from '../../renderer/src/strength/deferred.ts';

const answer = { score: 4, feedback: { warning: null, suggestions: [] }, blocklist: [] } as const;

describe('deferred strength service', () => {
  it('loads the real client once, on first use, and passes every call through', async () => {
    const real: StrengthService = { warm: vi.fn(), assess: vi.fn(async () => answer) };
    const load = vi.fn(async () => real);
    const service = deferredStrengthService(load);
    expect(load).not.toHaveBeenCalled();
    service.warm();
    expect(await service.assess('Sungai-Golok-Tenang-42', ['siti'])).toBe(answer);
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.warm).toHaveBeenCalledTimes(1);
    expect(real.assess).toHaveBeenCalledWith('Sungai-Golok-Tenang-42', ['siti']);
  });

  it('answers unavailable when the client cannot load', async () => {
    const service = deferredStrengthService(() => Promise.reject(new Error('chunk failed')));
    service.warm();
    expect(await service.assess('Sungai-Golok-Tenang-42', [])).toBe('unavailable');
  });
});
