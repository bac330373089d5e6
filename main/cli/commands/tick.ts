import { tick as applyTick } from '../../services/tick';
import { type Command, str, UsageError } from '../command';
import { serviceContext, withStore } from '../runtime';

export const tick: Command = {
  name: 'tick',
  usage: 'cpor [--data DIR] tick [--now ISO] [--json]',
  options: { now: { type: 'string' }, json: { type: 'boolean' } },
  run({ dataDir, values, io }) {
    const nowIso = str(values, 'now');
    if (nowIso !== undefined && Number.isNaN(Date.parse(nowIso))) throw new UsageError('--now takes an ISO-8601 time');
    return withStore(dataDir, (store) => {
      const result = applyTick(serviceContext(store, nowIso ? { now: () => new Date(nowIso) } : {}));
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
