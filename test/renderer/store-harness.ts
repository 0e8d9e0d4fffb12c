// The store with a fake bridge (the Electron IPC surface) and a clock the test moves.
import { expect, vi } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { Bridge } from '../../shared/ipc-contract.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.ts';
import type { KioskStore } from '../../renderer/src/store/kiosk-store.ts';
import * as formRules from '../../renderer/src/store/form-rules.ts';
import * as rules from '../../renderer/src/store/rules.ts';
import type { StoreDeps } from '../../renderer/src/store/types.ts';
import { demoActivation, demoAppInfo } from './fixtures.ts';
import type { StrengthService } from '../../renderer/src/strength/client.ts';
import { inlineStrength } from './inline-strength.ts';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const GOOD_PASSWORD = 'Sungai-Golok-Tenang-42';

export function fakeBridge(overrides: Partial<Bridge> = {}): Bridge {
  return {
    getAppInfo: vi.fn(async () => ok(demoAppInfo)),
    requestActivation: vi.fn(async () => ok({ expiresInSeconds: 1800, retryAfterSeconds: 60 })),
    openActivation: vi.fn(async () => ok(demoActivation)),
    openActivationByCode: vi.fn(async () => ok(demoActivation)),
    completeActivation: vi.fn(async () => ok({ loginUrl: 'https://ispeks.example/login' })),
    openLogin: vi.fn(async () => ok({ opened: true, loginUrl: 'https://ispeks.example/login' })),
    takePendingLink: vi.fn(async () => ok({ link: null })),
    pasteLink: vi.fn(async () => ok({ link: null })),
    endSession: vi.fn(async () => ok({ cleared: true })),
    checkService: vi.fn(async () => ok({ reachable: true, codeExchange: true })),
    setScanView: vi.fn(async () => ok({ cameraAllowed: true })),
    onLinkPending: vi.fn(() => () => undefined),
    ...overrides,
  };
}

/** The store with its real rules and English, the strength engine inline, and the given bridge and clock. */
export function createTestStore(deps: Pick<StoreDeps, 'bridge' | 'now' | 'newIdempotencyKey'> & Partial<StoreDeps>): KioskStore {
  return createKioskStore({ rules, formRules: async () => formRules, strength: inlineStrength, loadEnglish: async () => en, ...deps });
}

export function setup(overrides: Partial<Bridge> = {}, strength: StrengthService = inlineStrength) {
  const bridge = fakeBridge(overrides);
  let clock = Date.UTC(2025, 0, 15, 2, 0, 0);
  let keys = 0;
  const store = createTestStore({ bridge, strength, now: () => clock, newIdempotencyKey: () => `key-${++keys}` });
  return { bridge, store, advance: (ms: number) => (clock += ms) };
}

/** Walks the store to the password step with three good answers and the password typed twice. */
export async function toPasswordStep(
  store: ReturnType<typeof setup>['store'],
  password = GOOD_PASSWORD,
  answers: readonly string[] = ['Comel si kucing', 'Laksam', 'Cikgu Azman'],
): Promise<void> {
  store.getState().start();
  store.getState().setIcInput('900101-14-5678');
  await store.getState().submitIc();
  store.getState().setLinkInput('https://ispeks.example/activate?token=x');
  await store.getState().openLink();
  store.getState().confirmProfile();
  store.getState().rows.forEach((row, index) => {
    store.getState().chooseQuestion(row.key, `q${index + 1}`);
    store.getState().setAnswer(row.key, answers[index]!);
  });
  expect(await store.getState().confirmAnswers()).toBe(true);
  store.getState().setPassword(password);
  store.getState().setRepeat(password);
}
