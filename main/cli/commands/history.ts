import type { Command } from '../command';
import { table } from '../format';
import { callApi, cliContext, withStore } from '../runtime';

export const history: Command = {
  name: 'history',
  usage: 'cpor [--data DIR] history CLAIM_ID [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    return withStore(dataDir, async (store) => {
      const { history: entries } = await callApi(cliContext(store, { dataDir, now, role }), 'claim.get', { id: positionals[0] ?? '' });
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
