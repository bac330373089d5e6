import { ActorSchema } from '../../../shared/api/schemas';
import { ACTIONS } from '../../../shared/domain/codes';
import { decide as decideClaim } from '../../services/decisions';
import { type Command, oneOf, RefusedError, str, UsageError } from '../command';
import { claimText } from '../format';
import { serviceContext, withStore } from '../runtime';

/** The actions this build records; the rest need the checklist and reasons of the claim engine. */
const SUPPORTED = ['start-review', 'approve'] as const;

export const decide: Command = {
  name: 'decide',
  usage:
    'cpor [--data DIR] decide CLAIM_ID --action ACTION --as NAME [--reason CODE] [--deficiency CODE]... [--message TEXT] [--override TEXT] [--json]',
  options: {
    action: { type: 'string' },
    as: { type: 'string' },
    reason: { type: 'string' },
    deficiency: { type: 'string', multiple: true },
    message: { type: 'string' },
    override: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io }) {
    const action = oneOf(str(values, 'action') ?? '', ACTIONS, 'action');
    const actor = ActorSchema.safeParse(str(values, 'as') ?? '');
    if (!actor.success) throw new UsageError('--as NAME is required: who decides');
    if (!(SUPPORTED as readonly string[]).includes(action)) {
      throw new RefusedError(`the action "${action}" is not available in this build yet (available: ${SUPPORTED.join(', ')})`);
    }
    return withStore(dataDir, (store) => {
      const claim = decideClaim(serviceContext(store, { user: actor.data }), {
        claimId: positionals[0] ?? '',
        action,
        actor: actor.data,
      });
      io.out(values.json ? JSON.stringify(claim, null, 2) : claimText(claim));
      return 0;
    });
  },
};
