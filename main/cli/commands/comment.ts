import { ActorSchema } from '../../../shared/api/schemas';
import { type Command, oneOf, str, UsageError } from '../command';
import { callApi, cliContext, withStore } from '../runtime';

export const comment: Command = {
  name: 'comment',
  usage: 'cpor [--data DIR] [--role ROLE] comment CLAIM_ID --as NAME --text TEXT [--internal] [--side reviewer|partner]',
  options: { as: { type: 'string' }, text: { type: 'string' }, internal: { type: 'boolean' }, side: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    const author = ActorSchema.safeParse(str(values, 'as') ?? '');
    if (!author.success) throw new UsageError('--as NAME is required: who writes');
    const text = str(values, 'text');
    if (!text?.trim()) throw new UsageError('--text TEXT is required');
    const side = oneOf(str(values, 'side') ?? 'reviewer', ['reviewer', 'partner'] as const, 'side');
    return withStore(dataDir, async (store) => {
      const ctx = cliContext(store, { dataDir, now, role }, author.data);
      await callApi(ctx, 'claim.comment', { claimId: positionals[0] ?? '', text, side, actor: author.data, internal: values.internal === true });
      io.out(`${values.internal ? 'internal note' : 'comment'} added to ${positionals[0]}`);
      return 0;
    });
  },
};
