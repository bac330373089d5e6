// `cpor sync`: one sync round with the team hub, for scripts. The hub and token come from the flags,
// else CPOR_HUB_URL and CPOR_HUB_TOKEN, else what the store has saved (Settings, or --save here).
import { HubRefused, HubUnreachable } from '../../services/sync/hub-client';
import { recordedRound } from '../../services/sync/sync-round';
import { hubAddress, saveHubSettings } from '../../services/sync/sync-settings';
import { ownerOnlyFileVault } from '../../services/sync/token-vault';
import { type Command, intOption, RefusedError } from '../command';
import { cliContext, mayDo, withStore } from '../runtime';
import { chosenHub } from './hub-address';

export const sync: Command = {
  name: 'sync',
  usage: [
    'cpor [--data DIR] sync [--hub URL] [--token TOKEN] [--save] [--page N] [--json]',
    '',
    'Pushes every queued change to the team hub, then pulls every claim the hub updated since the',
    'last round. --save keeps the hub and token in the store for the app and later rounds.',
    'Exit 1 when the hub cannot be reached or refuses: nothing is lost, the next round carries on.',
    'A change the hub refuses is an answer, not a failure (exit 0): it is listed (claim, code, the',
    "hub's words), kept on the workstation, never resent, and its claim goes back to what the hub holds.",
  ].join('\n'),
  options: { hub: { type: 'string' }, token: { type: 'string' }, save: { type: 'boolean' }, page: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } },
  run({ dataDir, values, io, now, role }) {
    const pageSize = intOption(values, 'page', 1, 1000);
    return withStore(dataDir, async (store) => {
      // The desktop app keeps its token OS-encrypted, out of a terminal's reach: here, the file vault.
      const vault = ownerOnlyFileVault(dataDir);
      const { url: hubUrl, token } = chosenHub(values, () => hubAddress(store.db, vault));
      if (values.save) saveHubSettings(store.db, vault, { hubUrl, token });
      const ctx = cliContext(store, { dataDir, now, role });
      mayDo(ctx.role, 'sync.run');
      let report;
      try {
        report = await recordedRound({ store, calendar: () => ctx.calendar, now: ctx.now, hub: { url: hubUrl, token }, ...(pageSize ? { pageSize } : {}) });
      } catch (err) {
        if (err instanceof HubUnreachable || err instanceof HubRefused) {
          throw new RefusedError(`sync stopped: ${err.message}; queued changes stay queued`);
        }
        throw err;
      }
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        io.out(
          `synced with ${hubUrl}: pushed ${report.pushed} (${report.applied} applied, ${report.conflicts} conflicts, ${report.absorbed} absorbed` +
            `${report.refused ? `, ${report.refused} refused` : ''}), ` +
            `pulled ${report.pulled} claims${report.skipped ? `, ${report.skipped} left for the next round` : ''}; ${report.pending} pending, ${report.openConflicts} open conflicts`,
        );
        // A refusal is the hub's answer: the round reached the hub, so the exit stays 0.
        for (const r of report.refusals) io.out(`refused ${r.claimId} (${r.code}): ${r.message}`);
        if (report.refused) io.out('each refused change is kept on this workstation and never resent; its claim is back as the hub holds it');
      }
      return 0;
    });
  },
};
