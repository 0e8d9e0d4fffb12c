import { describe, expect, it, vi } from 'vitest';
import type { StrengthService } from '../../renderer/src/strength/client.ts';
import { inlineStrength } from './inline-strength.ts';
import { GOOD_PASSWORD, setup, toPasswordStep } from './store-harness.ts';

describe('kiosk store: password strength', () => {
  it('warms the strength worker once the IC number is sent, not on the first screen', async () => {
    const strength: StrengthService = { warm: vi.fn(), assess: inlineStrength.assess };
    const { store } = setup({}, strength);
    store.getState().start();
    store.getState().setIcInput('900101-14-5678');
    expect(strength.warm).not.toHaveBeenCalled();
    await store.getState().submitIc();
    expect(strength.warm).toHaveBeenCalled();
  });

  it('warms it when the person starts from a link instead', async () => {
    const strength: StrengthService = { warm: vi.fn(), assess: inlineStrength.assess };
    const { store } = setup({}, strength);
    store.getState().chooseLink();
    store.getState().setLinkInput('https://ispeks.example/activate?token=x');
    await store.getState().openLink();
    expect(strength.warm).toHaveBeenCalled();
  });

  it('refuses a password that meets every seed rule but zxcvbn finds weak, without calling the API', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store, 'Zaq12wsx!@#$');
    expect(await store.getState().complete()).toBe(false);
    expect(store.getState().strength?.outcome).toMatchObject({ score: 2 });
    expect(bridge.completeActivation).not.toHaveBeenCalled();
  });

  it('refuses a password with a word from the full list, known only once the worker answers', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store, 'Merdeka2024!');
    expect(await store.getState().complete()).toBe(false);
    expect(bridge.completeActivation).not.toHaveBeenCalled();
  });

  it('completes with a strong password, waiting for the verdict when Selesai comes first', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store, GOOD_PASSWORD);
    expect(store.getState().strength).toBeNull();
    expect(await store.getState().complete()).toBe(true);
    expect(bridge.completeActivation).toHaveBeenCalledTimes(1);
    expect(store.getState().strength).toBeNull();
  });

  it('keeps a verdict only for the password it was asked about', async () => {
    let release: () => void = () => undefined;
    let reached: () => void = () => undefined;
    const workerAsked = new Promise<void>((resolve) => (reached = resolve));
    const strength: StrengthService = {
      warm: () => undefined,
      assess: (password, inputs) => {
        reached();
        return new Promise((resolve) => (release = () => resolve(inlineStrength.assess(password, inputs))));
      },
    };
    const { store } = setup({}, strength);
    await toPasswordStep(store, GOOD_PASSWORD);
    const asked = store.getState().assessPassword();
    await workerAsked;
    store.getState().setPassword(`${GOOD_PASSWORD}!`);
    release();
    await asked;
    expect(store.getState().strength).toBeNull();
  });

  it('blocks completion when the strength cannot be checked', async () => {
    const strength: StrengthService = { warm: () => undefined, assess: async () => 'unavailable' };
    const { store, bridge } = setup({}, strength);
    await toPasswordStep(store, GOOD_PASSWORD);
    expect(await store.getState().complete()).toBe(false);
    expect(bridge.completeActivation).not.toHaveBeenCalled();
  });
});

describe('kiosk store: answers', () => {
  it('sends each answer normalised, as it was compared', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store, GOOD_PASSWORD);
    store.getState().setAnswer(store.getState().rows[1]!.key, '  LAKSAM \u3000 Kelantan ');
    await store.getState().complete();
    expect(bridge.completeActivation).toHaveBeenCalledWith(
      expect.objectContaining({ securityAnswers: [expect.anything(), { questionId: 'q2', answer: 'laksam kelantan' }, expect.anything()] }),
    );
  });
});
