import { ActorSchema } from '../../../shared/api/schemas';
import { ACTIONS, DEFICIENCIES, REJECTION_REASONS } from '../../../shared/domain/codes';
import { decide as decideClaim } from '../../services/decisions';
import { type Command, oneOf, str, strs, UsageError } from '../command';
import { claimText } from '../format';
import { serviceContext, withStore } from '../runtime';

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
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now }) {
    const action = oneOf(str(values, 'action') ?? '', ACTIONS, 'action');
    const actor = ActorSchema.safeParse(str(values, 'as') ?? '');
    if (!actor.success) throw new UsageError('--as NAME is required: who decides');
    const reasonCode = str(values, 'reason');
    const reason = reasonCode === undefined ? undefined : oneOf(reasonCode, REJECTION_REASONS, 'rejection reason');
    const deficiencies = strs(values, 'deficiency').map((d) => oneOf(d, DEFICIENCIES, 'deficiency'));
    return withStore(dataDir, (store) => {
      const ctx = serviceContext(store, { user: actor.data, now });
      const claim = decideClaim(ctx, {
        claimId: positionals[0] ?? '',
        action,
        actor: actor.data,
        reason,
        deficiencies,
        message: str(values, 'message'),
        override: str(values, 'override'),
      });
      io.out(values.json ? JSON.stringify(claim, null, 2) : claimText(claim));
      return 0;
    });
  },
};
