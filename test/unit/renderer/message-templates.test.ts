// The messages the desk pre-fills for the partner: every deficiency named in plain words, the
// response window of the claim's policy, in English and in French.
import { describe, expect, it } from 'vitest';
import { DEFICIENCIES } from '../../../shared/domain/codes';
import {
  afterDeficiencyList,
  deficiencyName,
  disputeAnswerMessage,
  hasPlaceholder,
  type MessageContext,
  rejectionMessage,
  requestInfoMessage,
  unnamedDeficiencies,
} from '../../../renderer/features/claim/messageTemplates';
import { ApiError } from '../../../renderer/api/api-error';
import { dialogRefusal } from '../../../renderer/features/claim/refusal';

const claim: MessageContext = {
  claimId: 'CP-2026-000042',
  policy: '2020',
  partnerName: 'Adatum Digital',
  customerName: 'Contoso Ltd',
  contactName: 'Daniel Foster',
  products: ['Exchange Online', 'Microsoft Teams'],
  reviewer: 'Alex Martin',
};

describe('request for information', () => {
  it('names each ticked deficiency in plain words, in checklist order, and no other', () => {
    const text = requestInfoMessage('en', claim, ['missing-products', 'missing-customer-acknowledgment']);
    const acknowledgment = text.indexOf('- Missing customer acknowledgment: ');
    const products = text.indexOf('- Missing products: ');
    expect(acknowledgment).toBeGreaterThan(0);
    expect(products).toBeGreaterThan(acknowledgment);
    expect(text).not.toContain('Missing or old dates');
    expect(text).not.toContain('missing-products');
    expect(text).toContain('(Exchange Online, Microsoft Teams)');
  });

  it('names only the products the reviewer marked unsupported, once any are marked', () => {
    const marked = { ...claim, unsupported: ['Microsoft Teams'] };
    const en = requestInfoMessage('en', marked, ['missing-products']);
    expect(en).toContain('- Missing products: the proof of execution does not support Microsoft Teams. Please provide evidence for them, or remove them from the claim.');
    expect(en).not.toContain('Exchange Online');
    expect(requestInfoMessage('fr', marked, ['missing-products'])).toContain("- Produits manquants\u00a0: la preuve d'exécution ne justifie pas Microsoft Teams.");
    // Marks without the deficiency ticked say nothing about products.
    expect(requestInfoMessage('en', marked, ['missing-poe'])).not.toContain('Microsoft Teams');
  });

  it('gives the partner the response window of the claim’s policy: 5 business days (2020), 14 (2023)', () => {
    expect(requestInfoMessage('en', claim, ['missing-poe'])).toContain('within 5 business days (policy 2020)');
    expect(requestInfoMessage('en', { ...claim, policy: '2023' }, ['missing-poe'])).toContain('within 14 business days (policy 2023)');
    expect(requestInfoMessage('fr', claim, ['missing-poe'])).toContain('dans un délai de 5 jours ouvrés (politique 2020)');
    expect(requestInfoMessage('fr', { ...claim, policy: '2023' }, ['missing-poe'])).toContain('14 jours ouvrés');
  });

  it('has a name for every deficiency in both languages, and the French message uses it', () => {
    for (const code of DEFICIENCIES) {
      for (const lang of ['en', 'fr'] as const) {
        const name = deficiencyName(lang, code);
        expect(name.length).toBeGreaterThan(5);
        expect(requestInfoMessage(lang, claim, [code])).toContain(`- ${name}`);
      }
    }
    const french = requestInfoMessage('fr', claim, ['missing-or-old-dates']);
    expect(french).toMatch(/^Bonjour Daniel Foster,\n\nNous avons examiné/);
    expect(french).toContain('- Dates manquantes ou anciennes\u00a0: ');
    expect(french).toMatch(/Cordialement,\nAlex Martin\nÉquipe de revue CPOR$/);
  });

  it('greets without a name when the partner contact has none, and signs with the team alone without a reviewer', () => {
    const text = requestInfoMessage('en', { ...claim, contactName: null, reviewer: null }, ['missing-poe']);
    expect(text).toMatch(/^Hello,\n\n/);
    expect(text).toMatch(/Kind regards,\nCPOR review team$/);
  });

  it('warns when an edited message no longer names a ticked deficiency', () => {
    const ticked = ['missing-customer-acknowledgment', 'missing-products'] as const;
    const text = requestInfoMessage('en', claim, ticked);
    expect(unnamedDeficiencies(text, 'en', ticked)).toEqual([]);
    const edited = text.replace('- Missing products: ', '- Products: ');
    expect(unnamedDeficiencies(edited, 'en', ticked)).toEqual(['missing-products']);
    expect(unnamedDeficiencies(text.toUpperCase(), 'en', ticked)).toEqual([]);
  });

  it('puts the caret after the last listed deficiency', () => {
    const text = requestInfoMessage('en', claim, ['missing-poe', 'missing-products']);
    const at = afterDeficiencyList(text);
    expect(text.slice(0, at)).toMatch(/- Missing products: [^\n]*$/);
    expect(text.slice(at)).toMatch(/^\n\nPlease update the claim/);
    expect(afterDeficiencyList('no list')).toBe('no list'.length);
  });
});

describe('rejection and dispute answers', () => {
  it('tells the partner the reason and how long a dispute stays possible', () => {
    const text = rejectionMessage('en', claim, 'missing-products');
    expect(text).toContain('does not support the products or workloads claimed');
    expect(text).toContain('dispute this rejection within 30 days');
    expect(text).not.toContain('Only one dispute');
    expect(rejectionMessage('en', { ...claim, policy: '2023' }, 'insufficient-poe')).toContain('Only one dispute is possible');
    expect(rejectionMessage('fr', claim, 'poe-unavailable')).toContain('contester ce rejet dans un délai de 30 jours');
    // Before the reviewer chooses a reason, the message holds a placeholder the dialog refuses to send.
    expect(hasPlaceholder(rejectionMessage('en', claim, null))).toBe(true);
    expect(rejectionMessage('fr', claim, null)).toContain('[le motif, choisi ci-dessus]');
  });

  it('leaves the reviewer a bracketed place to explain an upheld rejection, never sent as is', () => {
    const uphold = disputeAnswerMessage('en', claim, 'uphold-rejection');
    expect(hasPlaceholder(uphold)).toBe(true);
    expect(disputeAnswerMessage('en', { ...claim, policy: '2023' }, 'uphold-rejection')).toContain('this decision is final');
    const overturn = disputeAnswerMessage('en', claim, 'overturn-rejection');
    expect(hasPlaceholder(overturn)).toBe(false);
    expect(overturn).toContain('has 7 days to opt out');
    expect(hasPlaceholder('a [x] b')).toBe(false);
  });
});

describe('refusals in a dialog', () => {
  it('drop what the dialog already says and the command-line hints from English without a key', () => {
    const override = 'claim CP-1: cannot approve: 1 deficiency(ies) still open (missing-poe); an override reason is required (--override)';
    expect(dialogRefusal(new ApiError('illegal-transition', override))).toEqual({
      text: '1 deficiency(ies) still open (missing-poe); an override reason is required',
      lang: 'en',
      data: [],
    });
    expect(dialogRefusal(new ApiError('illegal-transition', 'claim CP-1: cannot reject a claim that is Approved (approved)')).text).toBe(
      'cannot reject a claim that is Approved (approved)',
    );
    expect(dialogRefusal(new ApiError('conflict', 'claim CP-1 changed since it was opened (version 1, now 2)')).text).toMatch(/reloaded/);
  });

  it('word a keyed refusal in the UI’s language', () => {
    const refusal = { key: 'override-required', params: { claim: 'CP-1', action: 'approve', count: 1, deficiencies: 'missing-poe' } } as const;
    expect(dialogRefusal(new ApiError('illegal-transition', 'claim CP-1: cannot approve: …', refusal)).text).toBe(
      '“Missing all PoE” is still open: give a reason to approve anyway.',
    );
  });
});
