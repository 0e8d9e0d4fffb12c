// The strength engine on the test's own thread: what the worker does, for store tests without a browser.
import type { StrengthService } from '../../renderer/src/strength/client.ts';
import { createStrengthEngine } from '../../renderer/src/strength/engine.ts';
import type { StrengthEngine } from '../../renderer/src/strength/engine.ts';

let engine: StrengthEngine | undefined;

export const inlineStrength: StrengthService = {
  warm: () => undefined,
  assess: async (password, userInputs) => (engine ??= createStrengthEngine()).assess(password, userInputs),
};
