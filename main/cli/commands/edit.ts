import { contract } from '../../../shared/api/contract';
import type { Contact } from '../../../shared/domain/editing';
import { describeIssues } from '../../services/dispatch';
import { type Command, intOption, str, UsageError } from '../command';
import { claimText } from '../format';
import { callApi, cliContext, withStore } from '../runtime';

const CONTACT_PARTS = ['name', 'email', 'phone'] as const;
const CONTACT_OPTIONS = Object.fromEntries(
  ['partner', 'customer'].flatMap((who) => CONTACT_PARTS.map((part) => [`${who}-contact-${part}`, { type: 'string' as const }])),
);

/** The contact parts given as flags; "" clears a part. Undefined when no flag names the contact. */
function contactPatch(values: Parameters<Command['run']>[0]['values'], who: 'partner' | 'customer'): Contact | undefined {
  const given = CONTACT_PARTS.filter((part) => str(values, `${who}-contact-${part}`) !== undefined);
  return given.length ? Object.fromEntries(given.map((part) => [part, str(values, `${who}-contact-${part}`)])) : undefined;
}

export const edit: Command = {
  name: 'edit',
  usage: [
    'cpor [--data DIR] edit CLAIM_ID --as NAME [--mpn ID] [--partner-name NAME] [--product NAME]...',
    '         [--partner-contact-name|-email|-phone TEXT] [--customer-contact-name|-email|-phone TEXT]',
    '         [--expected-version N] [--now ISO] [--json]',
    '',
    'A partner-side edit (the fields the rules let a partner edit). --as names the partner\'s person.',
    '--product, once per product, replaces the whole list. A contact flag replaces that part only;',
    'an empty value clears it. Allowed only in the statuses the claim\'s policy makes editable',
    '(2020: submitted, partner-action-required; 2023: partner-action-required). An edit that changes',
    'nothing records nothing and says so.',
  ].join('\n'),
  options: {
    as: { type: 'string' },
    mpn: { type: 'string' },
    'partner-name': { type: 'string' },
    product: { type: 'string', multiple: true },
    ...CONTACT_OPTIONS,
    'expected-version': { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run({ dataDir, positionals, values, io, now, role }) {
    if (str(values, 'as') === undefined) throw new UsageError('--as NAME is required: the partner\'s person who edits');
    const products = values.product as string[] | undefined;
    const changes = {
      mpnId: str(values, 'mpn'),
      partnerName: str(values, 'partner-name'),
      products,
      partnerContact: contactPatch(values, 'partner'),
      customerContact: contactPatch(values, 'customer'),
    };
    if (Object.values(changes).every((v) => v === undefined)) {
      throw new UsageError('name at least one change: --mpn, --partner-name, --product, --partner-contact-*, --customer-contact-*');
    }
    const parsed = contract['claim.edit'].input.safeParse({
      claimId: positionals[0],
      actor: str(values, 'as'),
      expectedVersion: intOption(values, 'expected-version', 0, Number.MAX_SAFE_INTEGER),
      changes,
    });
    if (!parsed.success) throw new UsageError(describeIssues(parsed.error.issues));
    const input = parsed.data;
    return withStore(dataDir, async (store) => {
      // The partner's person named by --as edits; the command acts in the caller's role, as the desk does.
      const result = await callApi(cliContext(store, { dataDir, now, role }, input.actor), 'claim.edit', input);
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else if (result.changes.length === 0) io.out(`${input.claimId} unchanged: the edit matches the claim as it stands; nothing recorded`);
      else io.out(`edited ${input.claimId}: ${result.changes.map((c) => c.field).join(', ')} (version ${result.claim.version})\n${claimText(result.claim)}`);
      return 0;
    });
  },
};
