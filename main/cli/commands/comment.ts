import { ActorSchema } from '../../../shared/api/schemas';
import { type Command, oneOf, str, UsageError } from '../command';
import { callApi, cliContext, deskActor, withStore } from '../runtime';

export const comment: Command = {
  name: 'comment',
  usage: 'cpor [--data DIR] [--role ROLE] comment CLAIM_ID [--as NAME] --text TEXT [--internal] [--side reviewer|partner]',
  options: { as: { type: 'string' }, text: { type: 'string' }, internal: { type: 'boolean' }, side: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    const as = str(values, 'as');
    const text = str(values, 'text');
    if (!text?.trim()) throw new UsageError('--text TEXT is required');
    const side = oneOf(str(values, 'side') ?? 'reviewer', ['reviewer', 'partner'] as const, 'side');
    const partner = side === 'partner' ? ActorSchema.safeParse(as ?? '') : null;
    if (partner && !partner.success) throw new UsageError('--as NAME is required: the partner\'s person who writes');
    return withStore(dataDir, async (store) => {
      // A reviewer's comment is the desk's person's (the hub token's, when joined); a partner's is in their person's name.
      const author = partner?.success ? partner.data : deskActor(store, as, 'who writes');
      const ctx = cliContext(store, { dataDir, now, role }, partner ? undefined : author);
      await callApi(ctx, 'claim.comment', { claimId: positionals[0] ?? '', text, side, actor: author, internal: values.internal === true });
      io.out(`${values.internal ? 'internal note' : 'comment'} added to ${positionals[0]}`);
      return 0;
    });
  },
};
