// Runs sandboxed before the page: exposes one named method per API method, nothing generic,
// no Node, no ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type BridgeApi, IPC_PREFIX } from '../../shared/api/bridge';

const call = (method: string, input: unknown) => ipcRenderer.invoke(IPC_PREFIX + method, input);

const api = {
  'session.info': (input) => call('session.info', input),
  'queue.list': (input) => call('queue.list', input),
  'claim.get': (input) => call('claim.get', input),
  'claim.decide': (input) => call('claim.decide', input),
  'document.content': (input) => call('document.content', input),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
