import { importBundle } from '../../services/import/import-bundle';
import type { Command } from '../command';
import { serviceContext, withStore } from '../runtime';

export const importCommand: Command = {
  name: 'import',
  usage: 'cpor [--data DIR] import PATH [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io }) {
    const path = positionals[0] ?? '';
    return withStore(dataDir, async (store) => {
      const summary = await importBundle(serviceContext(store, { user: 'import' }), path);
      io.out(
        values.json
          ? JSON.stringify(summary)
          : `imported ${summary.claims} claims (${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged) with ${summary.documents} documents`,
      );
      return 0;
    });
  },
};
