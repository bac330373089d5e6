import { importBundle } from '../../services/import/import-bundle';
import { precheckPending } from '../../services/prechecks';
import { lastOutboxId, markSentAfter } from '../../store/outbox-table';
import type { Command } from '../command';
import { serviceContext, withStore } from '../runtime';

export const importCommand: Command = {
  name: 'import',
  usage: [
    'cpor [--data DIR] import PATH [--no-precheck] [--local] [--json]',
    '',
    '--local  the claims stay on this workstation: the team hub is not sent them (demo data)',
  ].join('\n'),
  options: { json: { type: 'boolean' }, 'no-precheck': { type: 'boolean' }, local: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now }) {
    const path = positionals[0] ?? '';
    return withStore(dataDir, async (store) => {
      const ctx = serviceContext(store, { user: 'import', now });
      const outboxBefore = lastOutboxId(store.db);
      const summary = await importBundle(ctx, path);
      // Marked as sent: a sync never hands these claims, nor their replayed past, to the team.
      if (values.local) markSentAfter(store.db, outboxBefore, ctx.now().toISOString());
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
