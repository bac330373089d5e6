import { RECORDED_ACTIONS } from '../../../shared/api/recorded-action';
import { ActorSchema } from '../../../shared/api/schemas';
import { ACTIONS, type Action, DEFICIENCIES, REJECTION_REASONS } from '../../../shared/domain/codes';
import { type Command, oneOf, str, strs, UsageError } from '../command';
import { claimText } from '../format';
import { callApi, cliContext, deskActor, withStore } from '../runtime';

export const decide: Command = {
  name: 'decide',
  usage:
    'cpor [--data DIR] [--role ROLE] decide CLAIM_ID --action ACTION [--as NAME] [--reason CODE] [--deficiency CODE]... [--message TEXT] [--override TEXT] [--expected-version N] [--json]',
  options: {
    action: { type: 'string' },
    as: { type: 'string' },
    reason: { type: 'string' },
    deficiency: { type: 'string', multiple: true },
    message: { type: 'string' },
    override: { type: 'string' },
    'expected-version': { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  help: [
    `ACTION is one of: ${ACTIONS.join(', ')}.`,
    `  ${RECORDED_ACTIONS.join(', ')} record what the partner or the customer did, in the name --as gives.`,
    `--reason (reject) is one of: ${REJECTION_REASONS.join(', ')}.`,
    `--deficiency (once for each) is one of: ${DEFICIENCIES.join(', ')}.`,
    'What each action needs and when it is allowed: docs/domain.md.',
  ].join('\n'),
  run({ dataDir, positionals, values, io, now, role }) {
    const action = oneOf(str(values, 'action') ?? '', ACTIONS, 'action');
    const recorded = (RECORDED_ACTIONS as readonly Action[]).includes(action);
    const as = str(values, 'as');
    // A partner's or customer's action is recorded in the name of their person, which --as gives.
    const partner = recorded ? ActorSchema.safeParse(as ?? '') : null;
    if (partner && !partner.success) throw new UsageError('--as NAME is required: the partner\'s or customer\'s person who acted');
    const reasonCode = str(values, 'reason');
    const reason = reasonCode === undefined ? undefined : oneOf(reasonCode, REJECTION_REASONS, 'rejection reason');
    const deficiencies = strs(values, 'deficiency').map((d) => oneOf(d, DEFICIENCIES, 'deficiency'));
    const version = str(values, 'expected-version');
    if (version !== undefined && !/^\d+$/.test(version)) throw new UsageError(`--expected-version takes a whole number, got "${version}"`);
    const common = { claimId: positionals[0] ?? '', ...(version === undefined ? {} : { expectedVersion: Number(version) }), message: str(values, 'message') };
    return withStore(dataDir, async (store) => {
      // Through the API's one door, as the desk decides: the role table, the input's limits and,
      // with a team hub, the review lock. What the partner or the customer did is recorded in
      // their name (claim.record), as the desk records a partner's edit.
      const claim = partner?.success
        ? await callApi(cliContext(store, { dataDir, now, role }, as), 'claim.record', { ...common, action, actor: partner.data })
        : await callApi(cliContext(store, { dataDir, now, role }, deskActor(store, as, 'who decides')), 'claim.decide', { ...common, action, reason, deficiencies, override: str(values, 'override') });
      io.out(values.json ? JSON.stringify(claim, null, 2) : claimText(claim));
      return 0;
    });
  },
};
