// The methods only the desktop app can serve, over the shared handler map: the operating system's
// viewer, and native dialogs to choose a data folder, save a backup and pick one to restore.
import { basename } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { BACKUP_EXTENSION, backupFileName } from '../../shared/api/backup-file';
import type { Handlers } from '../services/handlers';
import type { ServiceContext } from '../services/context';
import { createBackup } from '../services/backup/create-backup';
import { restoreInPlace } from '../services/backup/restore-in-place';
import { openWithSystemViewer } from './open-document';

const BACKUP_FILTERS = [{ name: 'Workstation backup', extensions: [BACKUP_EXTENSION, 'zip'] }];

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

type DesktopMethods = 'document.openExternal' | 'settings.chooseDataFolder' | 'store.backupToFile' | 'store.restoreFromFile';

export function desktopHandlers(ctx: ServiceContext): Pick<Handlers, DesktopMethods> {
  return {
    'document.openExternal': (input) => openWithSystemViewer(ctx, input.id),
    'settings.chooseDataFolder': async () => {
      const win = parentWindow();
      const options = { title: 'Data folder for the workstation', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { folder: picked.canceled ? null : (picked.filePaths[0] ?? null) };
    },
    'store.backupToFile': async () => {
      const win = parentWindow();
      const options = { title: 'Back up the store', defaultPath: backupFileName(ctx.now()), filters: BACKUP_FILTERS };
      const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      const manifest = await createBackup(ctx.store, picked.filePath, ctx.now());
      return { file: picked.filePath, claims: manifest.claims, files: manifest.files };
    },
    'store.restoreFromFile': async () => {
      const win = parentWindow();
      const options = { title: 'Restore a backup', filters: BACKUP_FILTERS, properties: ['openFile'] as 'openFile'[] };
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const file = picked.canceled ? undefined : picked.filePaths[0];
      return file ? restoreInPlace(ctx, file, `"${basename(file)}"`) : null;
    },
  };
}
