// The strength service as the store holds it from the start: a stand-in that loads the real client
// (and with it the worker's address) on first use, which comes after the first screen.
import type { StrengthService } from './client.ts';

export function deferredStrengthService(load: () => Promise<StrengthService>): StrengthService {
  let service: Promise<StrengthService | null> | null = null;
  // A client that cannot load is a worker that cannot start: every verdict is 'unavailable'.
  const loaded = () => (service ??= load().catch(() => null));
  return {
    warm: () => void loaded().then((real) => real?.warm()),
    assess: async (password, userInputs) => {
      const real = await loaded();
      return real ? real.assess(password, userInputs) : 'unavailable';
    },
  };
}
