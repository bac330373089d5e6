import { importBundle } from '../../services/import/import-bundle';
import { precheckPending } from '../../services/prechecks';
import type { Command } from '../command';
import { serviceContext, withStore } from '../runtime';

export const importCommand: Command = {
  name: 'import',
  usage: 'cpor [--data DIR] import PATH [--no-precheck] [--json]',
  options: { json: { type: 'boolean' }, 'no-precheck': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io }) {
    const path = positionals[0] ?? '';
    return withStore(dataDir, async (store) => {
      const ctx = serviceContext(store, { user: 'import' });
      const summary = await importBundle(ctx, path);
      // The import is committed; pre-checks follow (proposals for the checklist), document by document.
      const prechecked = values['no-precheck'] ? 0 : await precheckPending(ctx);
      io.out(
        values.json
          ? JSON.stringify({ ...summary, prechecked })
          : `imported ${summary.claims} claims (${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged) with ${summary.documents} documents` +
              (prechecked ? `; pre-checked ${prechecked} documents` : ''),
      );
      return 0;
    });
  },
};
