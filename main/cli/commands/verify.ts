import { verifyFailure, verifyStore } from '../../services/verify';
import { type Command, RefusedError } from '../command';
import { withStore } from '../runtime';

export const verify: Command = {
  name: 'verify',
  usage: 'cpor [--data DIR] verify [--json]',
  options: { json: { type: 'boolean' } },
  run({ dataDir, values, io }) {
    return withStore(dataDir, (store) => {
      const report = verifyStore(store);
      const failure = verifyFailure(report);
      if (values.json) io.out(JSON.stringify({ ...report, failure }, null, 2));
      if (failure) throw new RefusedError(`verify failed: ${failure}`);
      if (!values.json) {
        io.out(`ok: SQLite integrity, ${report.claims} claims, ${report.historyEntries} history entries in unbroken chains, every PoE file present`);
      }
      return 0;
    });
  },
};
