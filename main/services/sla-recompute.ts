// Stored deadlines again from the stored events: every claim's SLA columns are a function of its
// status, the moment it entered it (status_since), its policy and the store's business calendar.
// After a change of calendar (or of the arithmetic) they are recomputed in one transaction, and
// only rows whose columns differ are written. Claim versions and history are left alone: the
// deadline is derived data, not an edit of the claim.
import { DomainError } from '../../shared/api/result';
import { type CalendarConfig, calendarProblem } from '../../shared/domain/calendar';
import type { PolicyId, Status } from '../../shared/domain/codes';
import { deadlineForStatus } from '../../shared/domain/sla';
import { type DeadlineChange, readDeadlines, SLA_COLUMNS, writeDeadlines } from '../store/claim-deadlines';
import { slaColumns } from '../store/claims-table';
import type { Db, Store } from '../store/open';
import { hubTeamSettings, readCalendar, storedCalendar, writeCalendar } from '../store/settings-table';
import { keepTalliesIn } from '../store/team-tallies';

export interface RecomputeResult {
  readonly calendar: CalendarConfig;
  /** Claims looked at. */
  readonly claims: number;
  /** Claims whose stored deadline columns changed. */
  readonly changed: number;
}

/** Rewrites the deadline columns that differ from a fresh computation. Call inside a transaction. */
export function recomputeIn(db: Db, calendar: CalendarConfig): { claims: number; changed: number } {
  const rows = readDeadlines(db);
  const changes: DeadlineChange[] = [];
  for (const row of rows) {
    const fresh = slaColumns(deadlineForStatus(row.status as Status, row.policy as PolicyId, row.status_since, calendar));
    if (!SLA_COLUMNS.every((c) => fresh[c] === row[c])) changes.push({ id: row.id, ...fresh });
  }
  writeDeadlines(db, changes);
  // The team lead's day tallies are days of the calendar's zone.
  keepTalliesIn(db, calendar.timeZone);
  return { claims: rows.length, changed: changes.length };
}

/**
 * Refuses a change of the store's own calendar or policy while the team hub's settings are in
 * force: they change on the hub, for the whole team.
 */
export function refuseWhileHubSets(db: Db): void {
  const team = hubTeamSettings(db);
  if (!team) return;
  throw new DomainError(
    'conflict',
    `the business calendar and the policy are set by the team hub (version ${team.version}, by ${team.setBy} at ${team.setAt}): ` +
      'a team lead changes them on the hub (Settings while connected to it, or "cpor hub settings")',
    { key: 'team-settings-from-hub', params: { name: team.setBy, setAt: team.setAt } },
  );
}

/** Recomputes every stored deadline with the calendar in force (the team hub's while the store holds it). */
export function recomputeDeadlines(store: Store): RecomputeResult {
  const { db } = store;
  return db.transaction(() => {
    const calendar = readCalendar(db);
    return { calendar, ...recomputeIn(db, calendar) };
  }).immediate();
}

/**
 * Sets the store's business calendar (values not given keep the current ones) and recomputes
 * every deadline with it, all in one transaction. A calendar that cannot be used is refused and
 * nothing changes; so is any change while the team hub's settings are in force (they change on
 * the hub: Settings, or `cpor hub settings`).
 */
export function changeCalendar(store: Store, change: Partial<CalendarConfig>): RecomputeResult {
  const { db } = store;
  return db.transaction(() => {
    refuseWhileHubSets(db);
    // From the stored values, unchecked: a damaged calendar can be mended this way.
    const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const calendar: CalendarConfig = { ...storedCalendar(db).calendar, ...given };
    const problem = calendarProblem(calendar);
    if (problem) throw new DomainError('invalid-input', problem);
    writeCalendar(db, calendar);
    return { calendar, ...recomputeIn(db, calendar) };
  }).immediate();
}
