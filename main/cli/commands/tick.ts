import { tick as applyTick } from '../../services/tick';
import type { Command } from '../command';
import { serviceContext, withStore } from '../runtime';

export const tick: Command = {
  name: 'tick',
  usage: 'cpor [--data DIR] tick [--now ISO] [--json]',
  options: { now: { type: 'string' }, json: { type: 'boolean' } },
  run({ dataDir, values, io, now }) {
    return withStore(dataDir, (store) => {
      const result = applyTick(serviceContext(store, { now }));
      io.out(
        values.json
          ? JSON.stringify(result, null, 2)
          : result.applied.length
            ? result.applied.map((a) => `${a.claimId}: ${a.from} -> ${a.to} (${a.rule})`).join('\n')
            : `nothing due at ${result.at}`,
      );
      return 0;
    });
  },
};
