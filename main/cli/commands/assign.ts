import { ActorSchema } from '../../../shared/api/schemas';
import { defaultUser } from '../../config/paths';
import { assignClaim } from '../../services/assignment';
import { type Command, str, UsageError } from '../command';
import { serviceContext, withStore } from '../runtime';

export const assign: Command = {
  name: 'assign',
  usage: 'cpor [--data DIR] assign CLAIM_ID --to NAME|--unassign [--as NAME]',
  options: { to: { type: 'string' }, unassign: { type: 'boolean' }, as: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now }) {
    const to = values.unassign ? null : ActorSchema.safeParse(str(values, 'to') ?? '');
    if (to !== null && !to.success) throw new UsageError('--to NAME (or --unassign) is required');
    const by = str(values, 'as') ?? defaultUser();
    return withStore(dataDir, (store) => {
      assignClaim(serviceContext(store, { user: by, now }), { claimId: positionals[0] ?? '', to: to === null ? null : to.data, by });
      io.out(to === null ? `${positionals[0]} unassigned` : `${positionals[0]} assigned to ${to.data}`);
      return 0;
    });
  },
};
