import { writeDemoBundle } from '../../demo';
import { type Command, intOption, str, UsageError } from '../command';

export const demo: Command = {
  name: 'demo',
  usage: 'cpor demo --claims N [--seed S] [--now ISO] --out DIR',
  options: { claims: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } },
  async run({ values, io, now }) {
    const claims = intOption(values, 'claims', 1, 1_000_000);
    const out = str(values, 'out');
    if (claims === undefined || !out) throw new UsageError('--claims and --out are required');
    const seed = intOption(values, 'seed', 0, 2 ** 31 - 1) ?? 1;
    const summary = await writeDemoBundle({ claims, seed, now: now(), outDir: out });
    io.out(`wrote ${summary.claims} claims and ${summary.documents} documents to ${summary.outDir}`);
    return 0;
  },
};
