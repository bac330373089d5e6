import { verifyFailure } from '../../services/verify';
import { type Command, RefusedError } from '../command';
import { callApi, cliContext, withStore } from '../runtime';

export const verify: Command = {
  name: 'verify',
  usage: 'cpor [--data DIR] verify [--json]',
  options: { json: { type: 'boolean' } },
  run({ dataDir, values, io, now, role }) {
    return withStore(dataDir, async (store) => {
      const report = await callApi(cliContext(store, { dataDir, now, role }), 'store.verify', {});
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
