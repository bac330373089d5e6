// A demo opened at any hour shows a claim at risk and a claim breached. Stories are planned back
// from the start of the day, and a review clock is at risk for one business day only (closing
// time to closing time), so at some hours no claim of a small demo is. The first claims waiting
// for or in review are moved by whole days, every event with them (so each keeps its office
// hours), until the demo has, under the default calendar, a claim breached from the start of the
// day and claims at risk at its start, its middle and two hours past its end: a clock is at risk
// for 23 hours at least, so some claim is at every moment between. The bundle still depends on
// the day alone, not the hour, and a test run that crosses midnight keeps both states.
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import type { PolicyId, SlaState, Status } from '../../shared/domain/codes';
import { deadlineForStatus, slaState } from '../../shared/domain/sla';
import { DAY_MS, isoSeconds } from './dates';
import type { StoryPlan } from './story';

/** How many days a story may move, either way: more than any review clock with its holidays. */
const SEARCH_DAYS = 40;

/** A state a review clock must be in at an instant. */
export interface ClockWanted {
  readonly state: Extract<SlaState, 'at-risk' | 'breached'>;
  readonly atMs: number;
}

const HOUR = 3_600_000;

/** What a demo written on the day that starts at `todayMs` shows at every hour of it. */
export function clocksWanted(todayMs: number): ClockWanted[] {
  return [
    { state: 'breached', atMs: todayMs },
    { state: 'at-risk', atMs: todayMs },
    { state: 'at-risk', atMs: todayMs + 13 * HOUR },
    { state: 'at-risk', atMs: todayMs + 26 * HOUR },
  ];
}

/** The status and clock start of a claim waiting for review or in review; null for other stories. */
function reviewClock(plan: StoryPlan): { status: Status; startMs: number } | null {
  if (plan.story === 'awaiting-review') return { status: 'submitted', startMs: plan.submittedAt.getTime() };
  if (plan.story !== 'in-review') return null;
  const started = plan.events.find((e) => e.kind === 'decision' && e.action === 'start-review');
  return started ? { status: 'under-review', startMs: Date.parse(started.at) } : null;
}

function stateAt(status: Status, policy: PolicyId, startMs: number, nowMs: number): { state: SlaState; dueMs: number } | null {
  const deadline = deadlineForStatus(status, policy, new Date(startMs).toISOString(), DEFAULT_CALENDAR);
  return deadline ? { state: slaState({ ...deadline, waiting: false }, nowMs), dueMs: Date.parse(deadline.dueAt) } : null;
}

/** Whether the plan's review clock is in the state wanted at its instant. */
export function reviewClockIs(plan: StoryPlan, policy: PolicyId, wanted: ClockWanted): boolean {
  const clock = reviewClock(plan);
  return clock !== null && stateAt(clock.status, policy, clock.startMs, wanted.atMs)?.state === wanted.state;
}

/** Whether the plan is one of a claim waiting for review or in review. */
export function hasReviewClock(plan: StoryPlan): boolean {
  return reviewClock(plan) !== null;
}

function shifted(plan: StoryPlan, deltaMs: number): StoryPlan {
  const move = (iso: string) => isoSeconds(new Date(Date.parse(iso) + deltaMs));
  return { ...plan, submittedAt: new Date(plan.submittedAt.getTime() + deltaMs), events: plan.events.map((e) => ({ ...e, at: move(e.at) })) };
}

/**
 * The plan moved so its review clock is in the state wanted at the instant wanted: at risk with
 * as much time left as possible, or breached by the least. Every event stays on a weekday before
 * `todayMs`. The plan is unchanged when no move gives it.
 */
export function pinReviewClock(plan: StoryPlan, policy: PolicyId, todayMs: number, wanted: ClockWanted): StoryPlan {
  const clock = reviewClock(plan);
  if (!clock) return plan;
  const times = [plan.submittedAt.getTime(), ...plan.events.map((e) => Date.parse(e.at))];
  const fits = (deltaMs: number) =>
    times.every((t) => {
      const day = new Date(t + deltaMs).getUTCDay();
      return t + deltaMs < todayMs && day !== 0 && day !== 6;
    });
  let best: { deltaMs: number; dueMs: number } | null = null;
  for (let days = -SEARCH_DAYS; days <= SEARCH_DAYS; days++) {
    const deltaMs = days * DAY_MS;
    if (!fits(deltaMs)) continue;
    const at = stateAt(clock.status, policy, clock.startMs + deltaMs, wanted.atMs);
    if (at?.state === wanted.state && (!best || at.dueMs > best.dueMs)) best = { deltaMs, dueMs: at.dueMs };
  }
  return best ? shifted(plan, best.deltaMs) : plan;
}
