// The preload exposes one typed bridge object and nothing else: no ipcRenderer, no generic send.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge, ipcChannelName, ipcEventName } from '../shared/ipc-channels.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(
    (channel, payload) => ipcRenderer.invoke(ipcChannelName(channel), payload),
    (event, listener) => {
      const relay = () => listener();
      ipcRenderer.on(ipcEventName(event), relay);
      return () => void ipcRenderer.removeListener(ipcEventName(event), relay);
    },
  ),
);
