import { createBackup } from '../../services/backup/create-backup';
import { BackupRefusedError, restoreBackup } from '../../services/backup/restore-backup';
import { type Command, RefusedError } from '../command';
import { mayDo, runRole, withStore } from '../runtime';

export const backup: Command = {
  name: 'backup',
  usage: 'cpor [--data DIR] backup FILE',
  options: {},
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, io, role }) {
    mayDo(runRole({ dataDir, role }), 'store.backup');
    const file = positionals[0] ?? '';
    return withStore(dataDir, async (store) => {
      const m = await createBackup(store, file);
      io.out(`backed up ${m.claims} claims, ${m.historyEntries} history entries and ${m.files} PoE files to ${file}`);
      return 0;
    });
  },
};

export const restore: Command = {
  name: 'restore',
  usage: 'cpor [--data DIR] restore FILE',
  options: {},
  positionals: { min: 1, max: 1 },
  async run({ dataDir, positionals, io, role }) {
    mayDo(runRole({ dataDir, role }), 'store.restore');
    try {
      const r = await restoreBackup(positionals[0] ?? '', dataDir);
      io.out(
        `restored ${r.manifest.claims} claims and ${r.manifest.files} PoE files (backup of ${r.manifest.createdAt}) into ${r.dataDir}` +
          (r.previous ? `\nthe store it replaced is kept in ${r.previous}` : ''),
      );
      return 0;
    } catch (err) {
      if (err instanceof BackupRefusedError) throw new RefusedError(`restore refused, nothing changed: ${err.message}`);
      throw err;
    }
  },
};
