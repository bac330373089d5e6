// What people write in a claim's history: requests, answers, notes. Plain and varied enough that
// a demo thread reads like a real one; reviewers write to partners in English.
import type { Deficiency, RejectionReason } from '../../shared/domain/codes';
import type { Random } from './random';

const NEEDS: Record<Deficiency, string> = {
  'missing-poe': 'a proof of execution document (the uploaded file is missing or cannot be opened)',
  'missing-customer-acknowledgment': "the customer's signed acknowledgment of your engagement",
  'missing-or-old-dates': 'a customer acknowledgment dated within 12 months of the claim',
  'missing-partner-service': 'a description of the services you delivered',
  'missing-products': 'a document naming the claimed products or workloads',
};

export function requestInfoMessage(rng: Random, firstName: string, deficiencies: readonly Deficiency[], partnerWindow: string): string {
  const greeting = rng.pick([`Hello ${firstName},`, `Hi ${firstName},`, `Dear ${firstName},`]);
  const intro = rng.pick([
    'Thank you for your claim. Before we can decide on it we need:',
    'We have reviewed the proof of execution you provided. To complete the review we still need:',
    'Thanks for the submission. The PoE does not yet show everything we need:',
  ]);
  const items = deficiencies.map((d) => `- ${NEEDS[d]}`);
  const close = `Please add the documents and resubmit within ${partnerWindow}; after that the claim is rejected for lack of response.`;
  return [greeting, '', intro, ...items, '', close].join('\n');
}

export function partnerReply(rng: Random): string {
  return rng.pick([
    'The signed acknowledgment is attached now. Let us know if anything else is needed.',
    'We uploaded the countersigned SOW and the customer confirmation e-mail.',
    'Apologies, the first upload was the unsigned draft. The signed version is attached.',
    'Customer confirmation attached; the project dates are on page 2.',
    'We added the change order that names the workloads.',
  ]);
}

export function internalNote(rng: Random): string {
  return rng.pick([
    'Signature block is on the last page; dates check out.',
    'Tenant id matches the customer record. Products named on page 1.',
    'Second claim on this tenant from another partner: compare PoE dates before deciding.',
    'Scan is hard to read; relying on the SOW instead.',
    'Asked the team lead about the public-sector disclosure wording.',
  ]);
}

const REJECTION_MESSAGES: Partial<Record<RejectionReason, readonly string[]>> = {
  'insufficient-poe': [
    'The documents provided do not show that your organisation delivered services to this customer. See the reason in the claim; you may dispute within 30 days with updated PoE.',
    'The PoE does not demonstrate the claimed activity. You can dispute this decision within 30 days.',
  ],
  'missing-products': ['None of the documents names the claimed products or workloads. You may dispute within 30 days with a document that does.'],
  'missing-customer-consent': ['We could not find the customer acknowledgment. You may dispute within 30 days with a signed acknowledgment.'],
  'poe-unavailable': ['The uploaded file cannot be opened (damaged or password-protected). Please dispute within 30 days with a readable copy.'],
};

export function rejectionMessage(rng: Random, reason: RejectionReason): string {
  return rng.pick(REJECTION_MESSAGES[reason] ?? ['The claim does not meet the requirements. You may dispute within 30 days.']);
}

export function disputeJustification(rng: Random): string {
  return rng.pick([
    'We disagree: the SOW signed by the customer is attached again, with the acknowledgment page.',
    'The engagement is described in section 3 of the SOW; we attach the customer confirmation as well.',
    'The customer has confirmed our involvement in writing; please see the updated PoE.',
  ]);
}

export function disputeAnswer(rng: Random, upheld: boolean): string {
  return upheld
    ? rng.pick(['The updated PoE still does not show the claimed activity. The rejection stands.', 'We reviewed the dispute; the acknowledgment is older than 12 months. The rejection stands.'])
    : rng.pick(['Thank you, the updated PoE shows the engagement. The claim is approved.', 'Dispute accepted: the signed acknowledgment was in the second document.']);
}

export function overrideReason(rng: Random): string {
  return rng.pick([
    'Acknowledgment confirmed by the customer by phone; recorded in the note.',
    'Date is 12.5 months old but the engagement continued; accepted per team lead.',
    'Products named in the change order, not the SOW; accepted.',
  ]);
}

export function disassociationReason(rng: Random): string {
  return rng.pick(['Customer asked to disassociate the partner from this workload.', 'Association recorded in error; another partner delivers this workload.']);
}
