// The ways in on the link step, as the store handles them: the scanned QR code, the short code.
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { OpenedActivation } from '../../shared/ipc-contract.ts';
import { demoActivation } from './fixtures.ts';
import { ok, setup } from './store-harness.ts';

const refused = (code: 'link-not-found' | 'link-expired'): Result<OpenedActivation> => ({ ok: false, error: { code } });

async function toLinkStepAfterIc(store: ReturnType<typeof setup>['store']) {
  store.getState().start();
  store.getState().setIcInput('900101-03-5678');
  await store.getState().submitIc();
  expect(store.getState().wizard.step).toBe('link');
}

describe('the short code', () => {
  it('is sent with the IC number of step 1, read the forgiving way, and opens the activation', async () => {
    const { store, bridge } = setup();
    await toLinkStepAfterIc(store);
    store.getState().chooseLinkWay('code');
    store.getState().setCodeInput(' 7k3m - 9qxo ');
    await store.getState().openWithCode();
    expect(bridge.openActivationByCode).toHaveBeenCalledWith({ icNumber: '900101035678', code: '7K3M9QX0' });
    expect(store.getState().wizard.step).toBe('profile');
    expect(store.getState().codeInput).toBe('');
  });

  it('asks for the IC number beside the code when the person came in with a link', async () => {
    const { store, bridge } = setup();
    store.getState().chooseLink();
    store.getState().chooseLinkWay('code');
    store.getState().setCodeInput('7K3M-9QXD');
    await store.getState().openWithCode();
    expect(store.getState().error).toEqual({ code: 'invalid-ic-number', problem: 'empty' });
    store.getState().setCodeIcInput('900101-03-5678');
    await store.getState().openWithCode();
    expect(bridge.openActivationByCode).toHaveBeenCalledWith({ icNumber: '900101035678', code: '7K3M9QXD' });
  });

  it('says what is wrong with a code before asking the service', async () => {
    const { store, bridge } = setup();
    await toLinkStepAfterIc(store);
    for (const [typed, problem] of [['', 'empty'], ['7K3M-9QX', 'length'], ['7K3M-9QXU', 'characters']] as const) {
      store.getState().setCodeInput(typed);
      await store.getState().openWithCode();
      expect(store.getState().error).toEqual({ code: 'invalid-code', problem });
    }
    expect(bridge.openActivationByCode).not.toHaveBeenCalled();
  });

  it('keeps what was typed when the service refuses the code', async () => {
    const { store } = setup({ openActivationByCode: vi.fn(async () => refused('link-not-found')) });
    await toLinkStepAfterIc(store);
    store.getState().setCodeInput('7K3M-9QXD');
    await store.getState().openWithCode();
    expect(store.getState().error).toEqual({ code: 'link-not-found' });
    expect(store.getState().codeInput).toBe('7K3M-9QXD');
    expect(store.getState().wizard.step).toBe('link');
  });
});

describe('the scanned QR code', () => {
  it('is opened exactly as a pasted link', async () => {
    const { store, bridge } = setup();
    await toLinkStepAfterIc(store);
    await store.getState().openScannedLink('https://ispeks.example/activate?token=x');
    expect(bridge.openActivation).toHaveBeenCalledWith({ link: 'https://ispeks.example/activate?token=x' });
    expect(store.getState().wizard.activation).toEqual(demoActivation);
  });
});

describe('the choice of ways', () => {
  it('starts afresh on every visit to the link step, and a choice clears the last message', async () => {
    const { store } = setup({ openActivation: vi.fn(async () => refused('link-expired')) });
    await toLinkStepAfterIc(store);
    store.getState().chooseLinkWay('paste');
    store.getState().setLinkInput('https://ispeks.example/activate?token=x');
    await store.getState().openLink();
    expect(store.getState().error).toEqual({ code: 'link-expired' });
    store.getState().chooseLinkWay('scan');
    expect(store.getState().error).toBeNull();
    store.getState().back();
    store.getState().start();
    expect(store.getState().linkWay).toBeNull();
  });

  it('remembers across sessions whether the service offers the code exchange', async () => {
    const { store } = setup({ checkService: vi.fn(async () => ok({ reachable: true, codeExchange: true })) });
    expect(store.getState().codeExchange).toBe(false);
    await store.getState().checkService();
    expect(store.getState().codeExchange).toBe(true);
    store.getState().reset();
    expect(store.getState().codeExchange).toBe(true);
  });

  it('asks main whether the camera may be used, and hears no when it may not', async () => {
    const { store, bridge } = setup({ setScanView: vi.fn(async () => ok({ cameraAllowed: false })) });
    expect(await store.getState().setScanView(true)).toBe(false);
    expect(bridge.setScanView).toHaveBeenCalledWith({ open: true });
  });
});
