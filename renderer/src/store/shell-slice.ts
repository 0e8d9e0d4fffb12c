// What the kiosk shell asks of the flow: deep links from the OS, and the idle timeout.
import type { StateCreator } from 'zustand/vanilla';
import type { KioskState, ShellActions, StoreDeps } from './types.ts';

const MID_WAY = new Set(['profile', 'questions', 'password']);

export const createShellSlice =
  ({ bridge }: StoreDeps): StateCreator<KioskState, [], [], ShellActions> =>
  (set, get) => {
    // Exactly what a paste does, from a fresh link screen unless the person is already on it.
    const openLink = async (link: string) => {
      if (get().wizard.step !== 'link') {
        get().reset();
        get().chooseLink();
      }
      get().setLinkInput(link);
      await get().openLink();
    };

    return {
      listenForLinks: () => bridge.onLinkPending(() => void get().receivePendingLink()),
      checkService: async () => {
        const result = await bridge.checkService({});
        if (!result.ok) return false;
        set({ codeExchange: result.value.codeExchange });
        return result.value.reachable;
      },
      setScanView: async (open) => {
        const result = await bridge.setScanView({ open });
        return result.ok && result.value.cameraAllowed;
      },
      pasteLink: async () => {
        const pasted = await bridge.pasteLink({});
        return pasted.ok ? pasted.value.link : null;
      },
      receivePendingLink: async () => {
        const pending = await bridge.takePendingLink({});
        if (!pending.ok || pending.value.link === null) return;
        if (MID_WAY.has(get().wizard.step)) set({ incomingLink: pending.value.link });
        else await openLink(pending.value.link);
      },
      acceptIncomingLink: async () => {
        const link = get().incomingLink;
        if (link !== null) await openLink(link);
      },
      declineIncomingLink: () => set({ incomingLink: null }),
      endIdleSession: () => {
        get().reset();
        set({ sessionEnded: true });
      },
    };
  };
