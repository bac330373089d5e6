import type { Command } from '../command';
import { claimText } from '../format';
import { callApi, cliContext, withStore } from '../runtime';

export const show: Command = {
  name: 'show',
  usage: 'cpor [--data DIR] show CLAIM_ID [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    return withStore(dataDir, async (store) => {
      const claim = await callApi(cliContext(store, { dataDir, now, role }), 'claim.get', { id: positionals[0] ?? '' });
      io.out(values.json ? JSON.stringify(claim, null, 2) : claimText(claim));
      return 0;
    });
  },
};
