import { ActorSchema } from '../../../shared/api/schemas';
import { SIDES } from '../../../shared/domain/codes';
import { addComment } from '../../services/comments';
import { type Command, oneOf, str, UsageError } from '../command';
import { serviceContext, withStore } from '../runtime';

export const comment: Command = {
  name: 'comment',
  usage: 'cpor [--data DIR] comment CLAIM_ID --as NAME --text TEXT [--internal] [--side reviewer|partner]',
  options: { as: { type: 'string' }, text: { type: 'string' }, internal: { type: 'boolean' }, side: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now }) {
    const author = ActorSchema.safeParse(str(values, 'as') ?? '');
    if (!author.success) throw new UsageError('--as NAME is required: who writes');
    const text = str(values, 'text');
    if (!text?.trim()) throw new UsageError('--text TEXT is required');
    const side = oneOf(str(values, 'side') ?? 'reviewer', SIDES, 'side');
    return withStore(dataDir, (store) => {
      addComment(serviceContext(store, { user: author.data, now }), {
        claimId: positionals[0] ?? '',
        author: author.data,
        text,
        side,
        internal: values.internal === true,
      });
      io.out(`${values.internal ? 'internal note' : 'comment'} added to ${positionals[0]}`);
      return 0;
    });
  },
};
