import { ActorSchema } from '../../../shared/api/schemas';
import { type Command, str, UsageError } from '../command';
import { callApi, cliContext, deskActor, withStore } from '../runtime';
import { hubIdentity } from '../../store/sync-state-table';

export const assign: Command = {
  name: 'assign',
  usage: 'cpor [--data DIR] [--role ROLE] assign CLAIM_ID --to NAME|--unassign [--as NAME]',
  options: { to: { type: 'string' }, unassign: { type: 'boolean' }, as: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    const to = values.unassign ? null : ActorSchema.safeParse(str(values, 'to') ?? '');
    if (to !== null && !to.success) throw new UsageError('--to NAME (or --unassign) is required');
    return withStore(dataDir, async (store) => {
      // A reviewer assigns only themself, as at the desk: the role's rules are the API's.
      const as = str(values, 'as');
      const ctx = cliContext(store, { dataDir, now, role }, as === undefined && !hubIdentity(store.db) ? undefined : deskActor(store, as, 'who assigns'));
      await callApi(ctx, 'claim.assign', { claimId: positionals[0] ?? '', to: to === null ? null : to.data });
      io.out(to === null ? `${positionals[0]} unassigned` : `${positionals[0]} assigned to ${to.data}`);
      return 0;
    });
  },
};
