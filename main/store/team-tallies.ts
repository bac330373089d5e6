// The team lead's tallies (migration 16): kept by triggers as claims and decisions are written,
// counted here afresh when the business calendar's zone changes (their days are its local days)
// and on the first opening after the migration, and read by the dashboard.
import type { Status } from '../../shared/domain/codes';
import { zoneOffsetSpans } from '../../shared/domain/zone-offsets';
import type { Db } from './db';
import { readCalendar } from './settings-table';
import { stmt } from './statements';

/** The instants the offsets cover; outside them a day is counted in UTC. */
const SPANS_FROM = Date.UTC(1990, 0, 1);
const SPANS_TO = Date.UTC(2100, 0, 1);

// The same local day the triggers compute (migration 16), for counting the stored rows afresh.
const ms = (col: string) => `(unixepoch(${col}) * 1000)`;
const localDay = (col: string) =>
  `coalesce((${ms(col)} + coalesce((SELECT offset_ms FROM calendar_offsets WHERE from_ms <= ${ms(col)} ORDER BY from_ms DESC LIMIT 1), 0)) / 86400000, -1)`;

const RECOUNT = `
  DELETE FROM claim_tally;
  INSERT INTO claim_tally (status, assignee, n) SELECT status, coalesce(assignee, ''), count(*) FROM claims GROUP BY 1, 2;
  DELETE FROM sla_day_tally;
  INSERT INTO sla_day_tally (waiting, day, assignee, n) SELECT sla_waiting, sla_sort_ms / 86400000, coalesce(assignee, ''), count(*) FROM claims GROUP BY 1, 2, 3;
  DELETE FROM tenant_tally;
  INSERT INTO tenant_tally (tenant, n) SELECT customer_tenant_id, count(*) FROM claims GROUP BY 1;
  DELETE FROM submitted_day_tally;
  INSERT INTO submitted_day_tally (status, day, n) SELECT status, ${localDay('submitted_at')}, count(*) FROM claims GROUP BY 1, 2;
  DELETE FROM contest_groups;
  DELETE FROM contest_dirty;
  INSERT INTO contest_dirty (tenant) SELECT tenant FROM tenant_tally WHERE n > 1;
  DELETE FROM decision_day_tally;
  INSERT INTO decision_day_tally (day, action, actor, submitted_day, n)
    SELECT ${localDay('at')}, action, actor, ${localDay('claim_submitted_at')}, count(*) FROM decisions GROUP BY 1, 2, 3, 4;`;

/** The zone the day tallies are counted in, or null before their first count. */
export function tallyZone(db: Db): string | null {
  return stmt<[], string>(db, 'SELECT time_zone FROM tally_zone').pluck().get() ?? null;
}

/** Counts every tally afresh, days in `timeZone`. Runs inside the caller's transaction. */
export function recountTallies(db: Db, timeZone: string): void {
  stmt(db, 'DELETE FROM calendar_offsets').run();
  const insert = stmt<[number, number]>(db, 'INSERT INTO calendar_offsets (from_ms, offset_ms) VALUES (?, ?)');
  for (const span of zoneOffsetSpans(timeZone, SPANS_FROM, SPANS_TO)) insert.run(span.fromMs, span.offsetMs);
  db.exec(RECOUNT);
  stmt(db, 'INSERT INTO tally_zone (one, time_zone) VALUES (1, ?) ON CONFLICT (one) DO UPDATE SET time_zone = excluded.time_zone').run(timeZone);
}

/** Counts the tallies afresh when they are not in `timeZone` (a changed calendar, a store just migrated). */
export function keepTalliesIn(db: Db, timeZone: string): void {
  if (tallyZone(db) !== timeZone) recountTallies(db, timeZone);
}

/** At opening: the tallies in the zone of the calendar in force; a damaged calendar is left to those who read it. */
export function keepTalliesOnOpen(db: Db): void {
  let timeZone: string;
  try {
    timeZone = readCalendar(db).timeZone;
  } catch {
    return;
  }
  if (tallyZone(db) !== timeZone) db.transaction(() => keepTalliesIn(db, timeZone)).immediate();
}

export interface StatusCount {
  readonly status: Status;
  readonly assignee: string | null;
  readonly n: number;
}

/** Claims by status and assignee. */
export function statusCounts(db: Db): StatusCount[] {
  return stmt<[], StatusCount>(db, "SELECT status, nullif(assignee, '') AS assignee, n FROM claim_tally").all();
}

/** Claims in the given statuses by local day of submission (day -1: a time that cannot be read). */
export function submittedDays(db: Db, statuses: readonly Status[]): { readonly day: number; readonly n: number }[] {
  return stmt<[{ statuses: string }], { day: number; n: number }>(
    db,
    'SELECT day, sum(n) AS n FROM submitted_day_tally WHERE status IN (SELECT value FROM json_each(@statuses)) GROUP BY day',
  ).all({ statuses: JSON.stringify(statuses) });
}

/** How many decisions of one kind one actor took on one local day, on claims submitted on another. */
export interface DecisionDayCount {
  readonly day: number;
  /** -1 when the claim's submission time cannot be read. */
  readonly submittedDay: number;
  readonly action: string;
  readonly actor: string;
  readonly n: number;
}

export const DECISION_DAYS = `
  SELECT day, submitted_day, action, actor, n FROM decision_day_tally
  WHERE day >= @from AND action IN (SELECT value FROM json_each(@actions))`;

/** Decisions of the given kinds taken on local day `fromDay` or later. */
export function decisionDays(db: Db, fromDay: number, actions: readonly string[]): DecisionDayCount[] {
  return stmt<[{ from: number; actions: string }], [number, number, string, string, number]>(db, DECISION_DAYS)
    .raw(true)
    .all({ from: fromDay, actions: JSON.stringify(actions) })
    .map(([day, submittedDay, action, actor, n]) => ({ day, submittedDay, action, actor, n }));
}
