// Counts by status and SLA state, and each reviewer's open load and urgent claims.
import { SLA_STATES, type SlaState, STATUSES, type Status } from '../../../shared/domain/codes';
import { CLOCK_FOR_STATUS } from '../../../shared/domain/policy';
import { OPEN_STATUSES } from '../../../shared/domain/team-metrics';
import type { SlaCount } from '../../store/team-counts';
import type { StatusCount } from '../../store/team-tallies';

export interface OpenLoad {
  open: number;
  atRisk: number;
  breached: number;
}

export interface ClaimTallies {
  readonly claims: number;
  readonly open: number;
  readonly byStatus: Record<Status, number>;
  readonly bySla: Record<SlaState, number>;
  /** Open load per assignee; the unassigned under null. */
  readonly load: Map<string | null, OpenLoad>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyLoad(): OpenLoad {
  return { open: 0, atRisk: 0, breached: 0 };
}

export function tally(statuses: readonly StatusCount[], slas: readonly SlaCount[]): ClaimTallies {
  const byStatus = zeroes(STATUSES);
  const bySla = zeroes(SLA_STATES);
  const load = new Map<string | null, OpenLoad>();
  const loadOf = (assignee: string | null) => {
    const mine = load.get(assignee) ?? emptyLoad();
    load.set(assignee, mine);
    return mine;
  };
  let claims = 0;
  let open = 0;
  let clocks = 0;
  for (const c of statuses) {
    claims += c.n;
    byStatus[c.status] += c.n;
    if (CLOCK_FOR_STATUS[c.status]) clocks += c.n;
    if (!OPEN_STATUSES.includes(c.status)) continue;
    open += c.n;
    loadOf(c.assignee).open += c.n;
  }
  // Only clocks that run against the reviewers are at risk or breached, and only open claims run them.
  for (const c of slas) {
    bySla[c.state] += c.n;
    if (c.state === 'at-risk') loadOf(c.assignee).atRisk += c.n;
    if (c.state === 'breached') loadOf(c.assignee).breached += c.n;
  }
  // Every claim in a status with a clock has its deadline stored (slaColumns), so the running
  // clocks that are neither breached, at risk nor paused are on track.
  bySla['on-track'] = clocks - bySla.breached - bySla['at-risk'] - bySla.paused;
  return { claims, open, byStatus, bySla, load };
}
