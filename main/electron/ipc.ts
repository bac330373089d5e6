// Electron transport: one ipcMain handler per contract method; input validated by dispatch, sender
// checked to be the app's own page.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX } from '../../shared/api/bridge';
import { METHODS } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import { isAppUrl } from './app-protocol';

/** The app's page in its top frame: no other page, and no frame inside it. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function bindIpc(handlers: Handlers): void {
  for (const method of METHODS) {
    ipcMain.handle(IPC_PREFIX + method, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!fromAppPage(event)) {
        return { ok: false, error: { code: 'unauthorized', message: 'calls are accepted from the workstation page only' } };
      }
      return dispatch(handlers, method, input);
    });
  }
}
