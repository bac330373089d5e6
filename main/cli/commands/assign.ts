import { ActorSchema } from '../../../shared/api/schemas';
import { type Command, str, UsageError } from '../command';
import { callApi, cliContext, withStore } from '../runtime';

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
      const ctx = cliContext(store, { dataDir, now, role }, str(values, 'as'));
      await callApi(ctx, 'claim.assign', { claimId: positionals[0] ?? '', to: to === null ? null : to.data });
      io.out(to === null ? `${positionals[0]} unassigned` : `${positionals[0]} assigned to ${to.data}`);
      return 0;
    });
  },
};
