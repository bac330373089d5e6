import { claimNotFound } from '../../services/claim-not-found';
import { getClaimRow } from '../../store/claims-table';
import { listHistory } from '../../store/history-table';
import type { Command } from '../command';
import { table } from '../format';
import { withStore } from '../runtime';

export const history: Command = {
  name: 'history',
  usage: 'cpor [--data DIR] history CLAIM_ID [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io }) {
    const id = positionals[0] ?? '';
    return withStore(dataDir, (store) => {
      if (!getClaimRow(store.db, id)) throw claimNotFound(id);
      const entries = listHistory(store.db, id);
      io.out(
        values.json
          ? JSON.stringify(entries, null, 2)
          : table(
              ['SEQ', 'AT', 'ACTOR', 'SIDE', 'KIND', 'DETAIL'],
              entries.map((e) => [String(e.seq), e.at, e.actor, e.side, e.kind, JSON.stringify(e.detail)]),
            ),
      );
      return 0;
    });
  },
};
