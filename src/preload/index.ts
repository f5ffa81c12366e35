/**
 * The preload: exposes `window.api`, one named method per allowlisted channel, and nothing else.
 * The renderer never sees ipcRenderer, a channel name or an IPC event object. Only types come from
 * the contract (import type), so the schema library stays out of this small CommonJS bundle.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge, CHANNEL_MAPS } from '../shared/ipc/bridge';
import type { Api } from '../shared/ipc/contract';

const api = buildBridge(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (channel, listener) => {
    // Hand over the payload alone: the event object carries `sender`, i.e. ipcRenderer itself.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  CHANNEL_MAPS,
);

// Compile-time check that the bridge has exactly the methods the renderer's Api type declares.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const bridgeMatchesApi: SameKeys<typeof api, Api> = true;
void bridgeMatchesApi;

// contextBridge copies the (already frozen) object into the page, where it is frozen as well.
contextBridge.exposeInMainWorld('api', api);
