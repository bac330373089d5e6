import { writeDemoBundle } from '../../services/demo';
import { type Command, intOption, str, UsageError } from '../command';
import { parseNow } from '../runtime';

export const demo: Command = {
  name: 'demo',
  usage: 'cpor demo --claims N [--seed S] [--now ISO] --out DIR',
  options: { claims: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } },
  async run({ values, io }) {
    const claims = intOption(values, 'claims', 1, 1_000_000);
    const out = str(values, 'out');
    if (claims === undefined || !out) throw new UsageError('--claims and --out are required');
    const seed = intOption(values, 'seed', 0, 2 ** 31 - 1) ?? 1;
    let now: Date;
    try {
      now = parseNow(str(values, 'now'))();
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const summary = await writeDemoBundle({ claims, seed, now, outDir: out });
    io.out(`wrote ${summary.claims} claims and ${summary.documents} documents to ${summary.outDir}`);
    return 0;
  },
};
