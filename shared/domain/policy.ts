// Versioned policies as data (docs/domain.md "Policies"). A claim keeps the
// policy in force at its submission; the policy id is shown beside every deadline.
import type { Clock, PolicyId, Status } from './codes';

export type Duration =
  | { readonly amount: number; readonly unit: 'business-days' }
  | { readonly amount: number; readonly unit: 'days' };

export interface Policy {
  readonly id: PolicyId;
  readonly title: string;
  readonly effectiveFrom: string; // YYYY-MM-DD
  readonly source: string;
  readonly firstStatusName: string;
  readonly timings: Readonly<Record<Clock, Duration>>;
  /**
   * The reviewers' own target from submission to a decision (review start 5 bd + decision 5 bd
   * under the seed), paused while the claim waits on the partner.
   */
  readonly reviewerTarget: Duration;
  readonly editableIn: readonly Status[];
  readonly maxDisputes: number | null;
}

const bd = (amount: number): Duration => ({ amount, unit: 'business-days' });
const days = (amount: number): Duration => ({ amount, unit: 'days' });

export const POLICIES: Readonly<Record<PolicyId, Policy>> = {
  '2020': {
    id: '2020',
    title: 'Customer associations, 2020 edition',
    effectiveFrom: '2020-01-01',
    source: 'Partner Center, "Manage incentives customer associations" (2020 edition)',
    firstStatusName: 'Editing',
    timings: {
      'review-start': bd(5),
      decision: bd(5),
      'partner-response': bd(5),
      consent: days(7),
      'dispute-window': days(30),
      'dispute-answer': bd(5),
    },
    reviewerTarget: bd(10),
    editableIn: ['submitted', 'partner-action-required'],
    maxDisputes: null,
  },
  '2023': {
    id: '2023',
    title: 'Customer associations, 2023 pages',
    effectiveFrom: '2023-01-01',
    source: 'Partner Center customer association pages as revised in 2023',
    firstStatusName: 'Draft',
    timings: {
      'review-start': bd(5),
      decision: bd(14),
      'partner-response': bd(14),
      consent: days(7),
      'dispute-window': days(30),
      'dispute-answer': bd(5),
    },
    reviewerTarget: bd(10),
    editableIn: ['partner-action-required'],
    maxDisputes: 1,
  },
};

export const DEFAULT_POLICY: PolicyId = '2020';

/** The clock that runs while a claim is in a status, or null when none does. */
export const CLOCK_FOR_STATUS: Readonly<Partial<Record<Status, Clock>>> = {
  submitted: 'review-start',
  'under-review': 'decision',
  'partner-action-required': 'partner-response',
  approved: 'consent',
  rejected: 'dispute-window',
  disputed: 'dispute-answer',
};

/** Clocks that run against someone other than the reviewer: the reviewer's SLA is paused. */
export const WAITING_CLOCKS: ReadonlySet<Clock> = new Set<Clock>([
  'partner-response',
  'consent',
  'dispute-window',
]);

/** A team applies a policy to claims submitted from a date on (a setting; see policyInForce). */
export interface PolicyAdoption {
  readonly policy: PolicyId;
  readonly from: string; // YYYY-MM-DD, UTC day
}

/** Until a team adopts a later policy, every claim is judged under the 2020 policy (the seed). */
export const DEFAULT_ADOPTIONS: readonly PolicyAdoption[] = [{ policy: DEFAULT_POLICY, from: POLICIES[DEFAULT_POLICY].effectiveFrom }];

/** The policy in force at a claim's submission: the latest adoption on or before that day. */
export function policyInForce(submittedAtIso: string, adoptions: readonly PolicyAdoption[] = DEFAULT_ADOPTIONS): PolicyId {
  const at = Date.parse(submittedAtIso);
  let chosen: PolicyAdoption | undefined;
  for (const a of adoptions) {
    const from = Date.parse(`${a.from}T00:00:00Z`);
    if (from <= at && (!chosen || from >= Date.parse(`${chosen.from}T00:00:00Z`))) chosen = a;
  }
  return chosen?.policy ?? DEFAULT_POLICY;
}

/** The team's adoption when it has chosen none: the seed policy from its own first day. */
export const DEFAULT_ACTIVE_ADOPTION: PolicyAdoption = DEFAULT_ADOPTIONS[0] as PolicyAdoption;

/**
 * The adoptions new claims are judged by once the team has made `active` its policy from a day:
 * the seed until then, `active` from that day on. Claims already stored keep their policy.
 */
export function adoptionsWith(active: PolicyAdoption): readonly PolicyAdoption[] {
  const seed = DEFAULT_ACTIVE_ADOPTION;
  if (active.policy === seed.policy && active.from === seed.from) return DEFAULT_ADOPTIONS;
  return [...DEFAULT_ADOPTIONS, active];
}

/** Why a team cannot adopt a policy from a day: the part of the adoption, a code and its values (shared/api/input-issue.ts), and in one line. */
export interface AdoptionFieldProblem {
  readonly field: keyof PolicyAdoption;
  readonly code: 'unknown' | 'invalid-format' | 'too-early';
  readonly params: Readonly<Record<string, string>>;
  readonly problem: string;
}

/** What stops a team adopting a policy from a day; null when nothing does. */
export function adoptionFieldProblem(adoption: PolicyAdoption): AdoptionFieldProblem | null {
  const policy = Object.prototype.hasOwnProperty.call(POLICIES, adoption.policy) ? POLICIES[adoption.policy] : undefined;
  if (!policy) {
    const problem = `unknown policy "${adoption.policy}" (one of ${Object.keys(POLICIES).join(', ')})`;
    return { field: 'policy', code: 'unknown', params: { value: adoption.policy }, problem };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(adoption.from) || Number.isNaN(Date.parse(`${adoption.from}T00:00:00Z`))) {
    return { field: 'from', code: 'invalid-format', params: { format: 'date' }, problem: `the policy's first day must be a date as YYYY-MM-DD, got "${adoption.from}"` };
  }
  if (adoption.from < policy.effectiveFrom) {
    const problem = `the ${policy.id} policy took effect on ${policy.effectiveFrom}: it cannot apply from ${adoption.from}`;
    return { field: 'from', code: 'too-early', params: { policy: policy.id, effective: policy.effectiveFrom, from: adoption.from }, problem };
  }
  return null;
}

/** Why a team cannot adopt a policy from a day, in one line; null when it can. */
export function adoptionProblem(adoption: PolicyAdoption): string | null {
  return adoptionFieldProblem(adoption)?.problem ?? null;
}
