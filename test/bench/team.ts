// The team lead's dashboard on 100,000 synthetic claims and their decisions, read from the tallies
// the store keeps as it is written (migration 16). The budget is issue 18's: 50 ms, with one core
// busy. The view refreshes after every decision and bulk assignment, so it is also timed right
// after one: the competing customers that write touched are worked out again then.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignMany } from '../../main/services/assignment';
import { storeContext } from '../../main/services/context';
import { decide } from '../../main/services/decisions';
import { teamDashboard } from '../../main/services/team/dashboard';
import { openStore } from '../../main/store/open';
import { percentile, report, sample, timeOnce } from './measure';
import { insertSyntheticClaims } from './synthetic-claims';
import { insertSyntheticDecisions } from './synthetic-team-decisions';

const CLAIMS = 100_000;
const BUDGET_MS = 50;

export async function benchTeam(nowMs: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-bench-team-'));
  let store = openStore(dir);
  try {
    let decisions = 0;
    const seeded = await timeOnce(() => {
      insertSyntheticClaims(store.db, CLAIMS, nowMs);
      decisions = insertSyntheticDecisions(store.db);
    });
    console.log(`\nteam view: ${CLAIMS.toLocaleString('en')} synthetic claims and ${decisions.toLocaleString('en')} decisions seeded in ${(seeded / 1000).toFixed(1)} s`);
    // The workstation opening an existing store (its write-ahead log folded in at the last close).
    store.close();
    store = openStore(dir);
    const ctx = storeContext(store, { now: () => new Date(nowMs), user: 'bench', appVersion: 'bench', transport: 'browser-host' });
    const first = await timeOnce(() => teamDashboard(ctx, { days: 14 }));
    const shown = teamDashboard(ctx, { days: 14 });
    const times = sample(40, (i) => teamDashboard(ctx, { days: i % 2 === 0 ? 14 : 30 }));
    const shape = `${shown.open.toLocaleString('en')} open, ${shown.breached.total.toLocaleString('en')} breached, ${shown.competing.total.toLocaleString('en')} competing customers`;
    // After each write: a review started (a status, a deadline and a day tally move) or a bulk
    // assignment of 20 claims; only the dashboard is timed.
    const submitted = store.db.prepare("SELECT id FROM claims WHERE status = 'submitted' ORDER BY id LIMIT 40").pluck().all() as string[];
    const afterWrite: number[] = [];
    for (let i = 0; i < 40; i++) {
      if (i % 2 === 0) decide(ctx, { claimId: submitted[i]!, action: 'start-review', actor: 'bench' });
      else assignMany(ctx, { claimIds: submitted.slice(0, 20), to: i % 4 === 1 ? 'Priya Shah' : 'Jonas Weber', by: 'bench' });
      afterWrite.push(await timeOnce(() => teamDashboard(ctx, { days: 14 })));
    }
    let within = report('team.dashboard, first after opening', first, BUDGET_MS, 'ms', shape);
    within = report('team.dashboard, p50', percentile(times, 50), BUDGET_MS) && within;
    within = report('team.dashboard, p95', percentile(times, 95), BUDGET_MS) && within;
    within = report('team.dashboard right after a decision or an assignment, p95', percentile(afterWrite, 95), BUDGET_MS) && within;
    return within;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
