import { removeOrphans, verifyFailure } from '../../services/verify';
import { type Command, RefusedError } from '../command';
import { callApi, cliContext, withStore } from '../runtime';

export const verify: Command = {
  name: 'verify',
  usage: 'cpor [--data DIR] verify [--repair] [--json]',
  options: { json: { type: 'boolean' }, repair: { type: 'boolean' } },
  run({ dataDir, values, io, now, role }) {
    return withStore(dataDir, async (store) => {
      if (values.repair) {
        // Only what no claim refers to, listed before it goes; damage to the database or a missing
        // PoE file is not repaired here (restore a backup), and the checks below still report it.
        const removed = removeOrphans(store, (path) => io.err(`cpor: removing ${path} (no claim refers to it)`));
        if (removed.length) io.err(`cpor: removed ${removed.length} files no claim referred to`);
      }
      const report = await callApi(cliContext(store, { dataDir, now, role }), 'store.verify', {});
      const failure = verifyFailure(report);
      if (values.json) io.out(JSON.stringify({ ...report, failure }, null, 2));
      if (failure) throw new RefusedError(`verify failed: ${failure}`);
      if (!values.json) {
        io.out(`ok: SQLite integrity, ${report.claims} claims, ${report.historyEntries} history entries in unbroken chains, every PoE file present and no other`);
      }
      return 0;
    });
  },
};
