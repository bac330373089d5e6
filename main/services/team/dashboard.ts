// team.dashboard: everything the team lead's view shows, read in one snapshot of the store.
import { COMPETING_GROUP_LIMIT, TEAM_LIST_LIMIT, type TeamDashboard } from '../../../shared/api/team';
import { addLocalDays, isoDate, localDateOf, localDayNumber, startOfLocalWeek } from '../../../shared/domain/local-days';
import { DECIDING_ACTIONS } from '../../../shared/domain/team-metrics';
import { distinctAssignees, queryQueue } from '../../store/claims-table';
import { decisionActors } from '../../store/decisions-table';
import { refreshContestGroups } from '../../store/contest-groups';
import { slaCounts } from '../../store/team-counts';
import { decisionDays, statusCounts } from '../../store/team-tallies';
import type { ServiceContext } from '../context';
import { ageingHistogram } from './ageing';
import { competingCustomers } from './competing';
import { emptyLoad, tally } from './counts';
import { emptyThroughput, medianWait, throughput } from './throughput';

export function teamDashboard(ctx: ServiceContext, input: { readonly days: number }): TeamDashboard {
  const { db } = ctx.store;
  const cal = ctx.calendar;
  const now = ctx.now();
  const nowMs = now.getTime();
  const today = localDateOf(nowMs, cal.timeZone);
  const weekStart = startOfLocalWeek(today);
  const periodStart = addLocalDays(today, -(input.days - 1));
  const readFrom = isoDate(periodStart) < isoDate(weekStart) ? periodStart : weekStart;

  // The competing customers a write touched are worked out again first, in a write of their own.
  const kept = refreshContestGroups(db);
  // One read transaction: every figure describes the same moment of the store.
  return db.transaction((): TeamDashboard => {
    const tallies = tally(statusCounts(db), slaCounts(db, nowMs));
    const decisions = decisionDays(db, localDayNumber(readFrom), DECIDING_ACTIONS);
    const done = throughput(decisions, { today, weekStart, periodStart, days: input.days }, cal);
    const knownReviewers = [...new Set([...distinctAssignees(db), ...decisionActors(db, DECIDING_ACTIONS), ctx.user])].sort((a, b) =>
      a.localeCompare(b),
    );
    // The SLA counts and the queue's filter agree claim for claim (team-counts.ts): not counted twice.
    const atRisk = queryQueue(db, { sla: ['at-risk'] }, 'sla', TEAM_LIST_LIMIT, 0, nowMs, tallies.bySla['at-risk']);
    const breached = queryQueue(db, { sla: ['breached'] }, 'sla', TEAM_LIST_LIMIT, 0, nowMs, tallies.bySla.breached);
    return {
      generatedAt: now.toISOString(),
      today: isoDate(today),
      weekStart: isoDate(weekStart),
      claims: tallies.claims,
      open: tallies.open,
      byStatus: tallies.byStatus,
      bySla: tallies.bySla,
      atRisk: { total: atRisk.total, claims: atRisk.rows },
      breached: { total: breached.total, claims: breached.rows },
      reviewers: knownReviewers.map((reviewer) => {
        const load = tallies.load.get(reviewer) ?? emptyLoad();
        const mine = done.byReviewer.get(reviewer) ?? emptyThroughput();
        return {
          reviewer,
          ...load,
          decidedToday: mine.decidedToday,
          decidedThisWeek: mine.decidedThisWeek,
          decidedInPeriod: mine.decidedInPeriod,
          medianBusinessDays: medianWait(mine),
        };
      }),
      unassigned: tallies.load.get(null) ?? emptyLoad(),
      ageing: ageingHistogram(db, nowMs, cal),
      decisionsPerDay: done.perDay,
      competing: competingCustomers(db, nowMs, COMPETING_GROUP_LIMIT, kept),
      knownReviewers,
    };
  })();
}
