// Labels of the domain's codes (shared/domain/codes.ts): the codes stay the stored and wire form.
import {
  ACTION_LABELS,
  type Clock,
  DEFICIENCY_LABELS,
  type Deficiency,
  type ProductFamily,
  REASON_LABELS,
  type Side,
  type SlaState,
  STATUS_LABELS,
} from '../../../../shared/domain/codes';
import type { FindingStatus } from '../../../../shared/domain/precheck';
import type { TargetState } from '../../../../shared/domain/reviewer-target';

export const domain = {
  /** The service's own words (its refusals and the command line say the same). */
  status: STATUS_LABELS,
  action: ACTION_LABELS,
  /** The five checklist items, in plain words (docs/domain.md "Deficiency checklist"). */
  deficiency: DEFICIENCY_LABELS,
  /** What the reviewer checks for each item: the question the checkbox answers. */
  deficiencyHint: {
    'missing-poe': 'No PoE, a wrong file, or a file unrelated to this association',
    'missing-customer-acknowledgment': "The customer's signature is not on the PoE",
    'missing-or-old-dates': 'No dates, or dates more than 12 months before the claim',
    'missing-partner-service': 'The work done is not described, or not enough',
    'missing-products': 'A claimed product or workload is not in the PoE',
  } satisfies Record<Deficiency, string>,
  reason: REASON_LABELS,
  clock: {
    'review-start': 'Review start',
    decision: 'Decision',
    'partner-response': 'Partner response',
    consent: 'Customer consent',
    'dispute-window': 'Dispute window',
    'dispute-answer': 'Dispute answer',
  } satisfies Record<Clock, string>,
  slaState: {
    'on-track': 'On track',
    'at-risk': 'At risk',
    breached: 'Breached',
    paused: 'Paused',
  } satisfies Record<SlaState, string>,
  targetState: {
    'on-track': 'On track',
    'at-risk': 'At risk',
    breached: 'Breached',
    paused: 'Paused',
    met: 'Met',
    missed: 'Missed',
  } satisfies Record<TargetState, string>,
  side: {
    reviewer: 'Reviewer',
    partner: 'Partner',
    customer: 'Customer',
    system: 'System',
  } satisfies Record<Side, string>,
  productFamily: {
    'business-applications': 'Business Applications',
    'microsoft-365': 'Microsoft 365',
  } satisfies Record<ProductFamily, string>,
  /** The pre-check's word for a finding (shared/domain/precheck.ts FINDING_STATUSES). */
  findingStatus: {
    ok: 'ok',
    old: 'old',
    future: 'future',
    found: 'found',
    missing: 'missing',
    present: 'present',
    signed: 'signed, unchanged since',
    'changed-after-signing': 'changed after signing',
    'field-unverified': 'field, not verified',
    'other-party': 'signed, not by the customer',
    blank: 'left blank',
    excluded: 'excluded',
    match: 'match',
    mismatch: 'mismatch',
  } satisfies Record<FindingStatus, string>,
};
