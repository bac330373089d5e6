// A claim's life so far, for the demo: which story it is in (waiting for review, in review,
// waiting on the partner, approved, rejected, disputed, ...) and the dated events that tell it.
// Planned backwards from the start of today, so every state of every clock shows up in a fresh
// store and the same seed on the same day writes the same events.
import type { BundleEventInput } from '../../shared/api/bundle';
import type { Deficiency, PolicyId, RejectionReason } from '../../shared/domain/codes';
import { DEFICIENCIES } from '../../shared/domain/codes';
import { POLICIES } from '../../shared/domain/policy';
import { DAY_MS } from './dates';
import { REVIEWERS } from './names';
import type { Random } from './random';
import * as text from './story-text';

export const STORIES = [
  'editing', 'awaiting-review', 'in-review', 'waiting-on-partner', 'resubmitted', 'approved', 'sent-for-assessment',
  'rejected', 'no-partner-response', 'disputed', 'dispute-upheld', 'dispute-overturned', 'withdrawn',
  'customer-declined', 'disassociated',
] as const;
export type Story = (typeof STORIES)[number];

// 'editing' (a draft the partner has not submitted) is not drawn: a reviewer's store sees few, and
// the demo's coverage (claims.ts) places one.
const WEIGHTS: readonly (readonly [Story, number])[] = [
  ['awaiting-review', 26], ['in-review', 18], ['waiting-on-partner', 8], ['resubmitted', 5], ['approved', 8],
  ['sent-for-assessment', 10], ['rejected', 6], ['no-partner-response', 3], ['disputed', 4], ['dispute-upheld', 3],
  ['dispute-overturned', 2], ['withdrawn', 3], ['customer-declined', 2], ['disassociated', 2],
];

export interface People {
  readonly partner: string; // the partner's contact, who answers, resubmits and disputes
  readonly partnerFirstName: string;
  readonly customer: string;
}

export interface StoryPlan {
  readonly story: Story;
  readonly submittedAt: Date;
  readonly events: BundleEventInput[];
}

const HOUR = 3_600_000;

type DecisionFields = Omit<Extract<BundleEventInput, { kind: 'decision' }>, 'kind' | 'at'>;

/**
 * The latest working moment at or before t: weekdays 15:00-23:00 UTC, which is office hours
 * somewhere between Paris and Seattle. Moving back keeps events in order and before today.
 */
export function workingMomentAtOrBefore(t: number): number {
  let d = new Date(t);
  for (;;) {
    const wd = d.getUTCDay();
    const h = d.getUTCHours();
    if (wd === 0 || wd === 6 || h < 15) {
      const prev = new Date(d.getTime() - DAY_MS);
      d = new Date(Date.UTC(prev.getUTCFullYear(), prev.getUTCMonth(), prev.getUTCDate(), 22, d.getUTCMinutes(), d.getUTCSeconds()));
    } else if (h >= 23) {
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 22, d.getUTCMinutes(), d.getUTCSeconds()));
    } else {
      return Math.floor(d.getTime() / 1000) * 1000;
    }
  }
}

/** One step of a story: what happens, and how long after the step before it. */
interface Step {
  readonly gapHours: number;
  readonly event: (at: string) => BundleEventInput;
}

class StoryWriter {
  readonly steps: Step[] = [];
  reviewer: string;

  constructor(private readonly rng: Random, private readonly people: People, private readonly policy: PolicyId) {
    this.reviewer = rng.pick(REVIEWERS);
  }

  private hours(min: number, max: number): number {
    return min + this.rng.next() * (max - min);
  }

  private decision(gap: number, action: DecisionFields): void {
    this.steps.push({ gapHours: gap, event: (at) => ({ kind: 'decision', at, ...action }) });
  }

  assign(): void {
    const to = this.reviewer;
    const by = this.rng.pick(REVIEWERS);
    this.steps.push({ gapHours: this.hours(1, 20), event: (at) => ({ kind: 'assigned', at, actor: by, to }) });
  }

  startReview(): void {
    this.decision(this.hours(3, 60), { actor: this.reviewer, action: 'start-review' });
    if (this.rng.chance(0.2)) {
      const note = text.internalNote(this.rng);
      this.steps.push({ gapHours: this.hours(0.2, 6), event: (at) => ({ kind: 'comment', at, actor: this.reviewer, side: 'reviewer', internal: true, text: note }) });
    }
  }

  requestInfo(): Deficiency[] {
    const pool = DEFICIENCIES.filter((d) => d !== 'missing-poe');
    const deficiencies = this.rng.sample(pool, this.rng.weighted([[1, 5], [2, 4], [3, 1]]));
    const window = POLICIES[this.policy].timings['partner-response'];
    const message = text.requestInfoMessage(this.rng, this.people.partnerFirstName, deficiencies, `${window.amount} business days`);
    this.decision(this.hours(4, 40), { actor: this.reviewer, action: 'request-info', deficiencies, message });
    return deficiencies;
  }

  /** The partner answers inside the response window (at most 3 days plus a weekend). */
  answerAndResubmit(): void {
    const reply = text.partnerReply(this.rng);
    this.steps.push({ gapHours: this.hours(5, 50), event: (at) => ({ kind: 'comment', at, actor: this.people.partner, side: 'partner', text: reply }) });
    this.decision(this.hours(0.05, 0.5), { actor: this.people.partner, action: 'resubmit' });
  }

  closeDeficiencies(open: readonly Deficiency[]): void {
    open.forEach((code, i) => {
      this.steps.push({ gapHours: i === 0 ? this.hours(2, 30) : this.hours(0.01, 0.1), event: (at) => ({ kind: 'checklist', at, actor: this.reviewer, code, open: false }) });
    });
  }

  /** Start review, perhaps a round of questions, then approve (sometimes over an open deficiency). */
  reviewToApproval(): void {
    this.startReview();
    if (this.rng.chance(0.35)) {
      const open = this.requestInfo();
      this.answerAndResubmit();
      if (this.rng.chance(0.15)) {
        this.decision(this.hours(4, 50), { actor: this.reviewer, action: 'approve', override: text.overrideReason(this.rng) });
        return;
      }
      this.closeDeficiencies(open);
    }
    this.decision(this.hours(2, 50), { actor: this.reviewer, action: 'approve' });
  }

  reviewToRejection(): void {
    this.startReview();
    if (this.rng.chance(0.3)) {
      this.requestInfo();
      this.answerAndResubmit();
    }
    const reason = this.rng.weighted<RejectionReason>([['insufficient-poe', 8], ['missing-products', 4], ['missing-customer-consent', 3], ['poe-unavailable', 2]]);
    this.decision(this.hours(4, 60), { actor: this.reviewer, action: 'reject', reason, message: text.rejectionMessage(this.rng, reason) });
  }

  dispute(): void {
    this.decision(this.hours(24, 240), { actor: this.people.partner, action: 'dispute', message: text.disputeJustification(this.rng) });
  }

  answerDispute(upheld: boolean): void {
    this.decision(this.hours(20, 110), { actor: this.reviewer, action: upheld ? 'uphold-rejection' : 'overturn-rejection', message: text.disputeAnswer(this.rng, upheld) });
  }

  push(gapHours: number, event: (at: string) => BundleEventInput): void {
    this.steps.push({ gapHours, event });
  }
}

/** How long before the start of today the last step happened, in hours, per story. */
function tailHours(rng: Random, story: Story, policy: PolicyId): number {
  const days = (min: number, max: number) => (min + rng.next() * (max - min)) * 24;
  // Most work is recent; a long tail is late (about one in five review clocks breached).
  const recent = (max: number) => (0.05 + max * rng.next() ** 1.6) * 24;
  const partnerWindowDays = POLICIES[policy].timings['partner-response'].amount * 1.4;
  switch (story) {
    case 'awaiting-review':
    case 'in-review':
      return recent(10); // on track, at risk and breached review-start and decision clocks
    case 'waiting-on-partner':
      return days(0.1, Math.min(5, partnerWindowDays - 2));
    case 'resubmitted':
      return days(0.1, 7);
    case 'approved':
    case 'dispute-overturned':
      return days(0.1, 5.5); // the 7-day consent window still open
    case 'disputed':
      return days(0.1, 8); // dispute answers due in 5 business days: some late
    case 'sent-for-assessment':
      return days(8, 45);
    case 'no-partner-response':
      return days(partnerWindowDays + 2, partnerWindowDays + 25);
    default:
      return days(0.5, 25);
  }
}

/** A claim's story: drawn, or the one the demo's coverage asks for (`forced`). */
export function planStory(rng: Random, today: Date, policy: PolicyId, people: People, forced?: Story): StoryPlan {
  let story = rng.weighted(WEIGHTS);
  if (story === 'disassociated' && policy !== '2023') story = 'sent-for-assessment';
  if (forced) story = forced;
  const w = new StoryWriter(rng, people, policy);
  switch (story) {
    case 'editing':
      break;
    case 'awaiting-review':
      if (rng.chance(0.25)) w.assign();
      break;
    case 'in-review':
      w.startReview();
      break;
    case 'waiting-on-partner':
    case 'no-partner-response': // the same start; only the time since the request differs
      w.startReview();
      w.requestInfo();
      break;
    case 'resubmitted':
      w.startReview();
      w.requestInfo();
      w.answerAndResubmit();
      break;
    case 'approved':
    case 'sent-for-assessment':
      w.reviewToApproval();
      break;
    case 'rejected':
      w.reviewToRejection();
      break;
    case 'disputed':
      w.reviewToRejection();
      w.dispute();
      break;
    case 'dispute-upheld':
    case 'dispute-overturned':
      w.reviewToRejection();
      w.dispute();
      w.answerDispute(story === 'dispute-upheld');
      break;
    case 'withdrawn':
      if (rng.chance(0.5)) w.startReview();
      w.push(rng.int(6, 72), (at) => ({ kind: 'decision', at, actor: people.partner, action: 'withdraw', message: 'Withdrawn at our request: claim filed against the wrong tenant.' }));
      break;
    case 'customer-declined':
      w.reviewToApproval();
      w.push(rng.int(12, 80), (at) => ({ kind: 'decision', at, actor: people.customer, action: 'customer-decline', message: 'We do not recognise this partner for this workload.' }));
      break;
    case 'disassociated':
      w.reviewToApproval();
      w.push(rng.int(12, 80), (at) => ({ kind: 'decision', at, actor: w.reviewer, action: 'disassociate', message: text.disassociationReason(rng) }));
      break;
  }

  // Backwards from the start of today: the last step, then each one before it.
  const times: number[] = [];
  let t = workingMomentAtOrBefore(today.getTime() - tailHours(rng, story, policy) * HOUR);
  for (let i = w.steps.length - 1; i >= 0; i--) {
    times.unshift(t);
    t = workingMomentAtOrBefore(t - (w.steps[i]?.gapHours ?? 1) * HOUR);
  }
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { story, submittedAt: new Date(t), events: w.steps.map((s, i) => s.event(iso(times[i] ?? t))) };
}
