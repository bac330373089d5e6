// Runs sandboxed before the page: exposes one named method per API method, nothing generic,
// no Node, no ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type BridgeApi, IPC_PREFIX } from '../../shared/api/bridge';

const call = (method: string, input: unknown) => ipcRenderer.invoke(IPC_PREFIX + method, input);

const api = {
  'session.info': (input) => call('session.info', input),
  'queue.list': (input) => call('queue.list', input),
  'queue.facets': (input) => call('queue.facets', input),
  'claim.get': (input) => call('claim.get', input),
  'queue.next': (input) => call('queue.next', input),
  'claim.decide': (input) => call('claim.decide', input),
  'claim.comment': (input) => call('claim.comment', input),
  'claim.precheck': (input) => call('claim.precheck', input),
  'claim.precheckProgress': (input) => call('claim.precheckProgress', input),
  'claim.checklist': (input) => call('claim.checklist', input),
  'claim.productSupport': (input) => call('claim.productSupport', input),
  'claim.assign': (input) => call('claim.assign', input),
  'claim.assignMany': (input) => call('claim.assignMany', input),
  'team.dashboard': (input) => call('team.dashboard', input),
  'claim.edit': (input) => call('claim.edit', input),
  'claim.record': (input) => call('claim.record', input),
  'store.verify': (input) => call('store.verify', input),
  'document.content': (input) => call('document.content', input),
  'document.openExternal': (input) => call('document.openExternal', input),
  'settings.get': (input) => call('settings.get', input),
  'settings.update': (input) => call('settings.update', input),
  'settings.chooseDataFolder': (input) => call('settings.chooseDataFolder', input),
  'store.backup': (input) => call('store.backup', input),
  'store.restore': (input) => call('store.restore', input),
  'store.backupToFile': (input) => call('store.backupToFile', input),
  'store.restoreFromFile': (input) => call('store.restoreFromFile', input),
  'report.preview': (input) => call('report.preview', input),
  'report.file': (input) => call('report.file', input),
  'sync.status': (input) => call('sync.status', input),
  'sync.run': (input) => call('sync.run', input),
  'sync.configure': (input) => call('sync.configure', input),
  'sync.conflicts': (input) => call('sync.conflicts', input),
  'sync.resolve': (input) => call('sync.resolve', input),
  'sync.refusals': (input) => call('sync.refusals', input),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
