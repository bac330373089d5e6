// Crash safety: a process taking decisions is killed with SIGKILL at a random moment, three times
// over on the same store. Every reopen must recover (WAL), verify, keep every decision the child
// reported as committed, and hold no half-written decision.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { verifyFailure, verifyStore } from '../../main/services/verify';
import { openStore, type Store } from '../../main/store/open';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';
import { TEST_NOW } from '../fixtures/clock';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLAIMS = 200;
// Random on purpose (each run kills at different points); printed in the test name to reproduce.
// The kill waits for the writer to report this many commits, not for a time: a busy machine slows
// the writer, never the count, so every cycle kills it among decisions.
const KILL_AFTER = [0, 1, 2].map(() => 1 + Math.floor(Math.random() * 60));

interface Committed {
  readonly claimId: string;
  readonly action: string;
  readonly seq: number;
}

let workDir: string;
let writer: string;
let t: TempStore;

beforeAll(async () => {
  // Under the repo so the bundle's external imports (better-sqlite3, luxon...) resolve from node_modules.
  const cache = join(ROOT, '.cache', 'test');
  mkdirSync(cache, { recursive: true });
  workDir = mkdtempSync(join(cache, 'crash-'));
  writer = join(workDir, 'decision-writer.mjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'fixtures', 'decision-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'silent',
  });

  t = tempStore();
  const rows = Array.from({ length: CLAIMS }, (_, i) =>
    claimRow({
      id: `K-${String(i + 1).padStart(4, '0')}`,
      customer: { tenantId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, name: 'Contoso Ltd' },
      documents: [],
    }),
  );
  const bundle = await writeBundle(rows, {}, mkdtempSync(join(workDir, 'bundle-')));
  await importBundle(t.ctx({ now: TEST_NOW }), bundle);
  t.store.close(); // the child is the only writer from here on
});

afterAll(() => {
  t.dispose();
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs the writer, kills it once it has reported `commits` decisions, and returns what it reported. */
async function runAndKill(commits: number): Promise<{ committed: Committed[]; stderr: string; signal: NodeJS.Signals | null }> {
  const child: ChildProcess = spawn(process.execPath, [writer, t.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  let onEnough: () => void = () => {};
  const enough = new Promise<void>((resolve) => (onEnough = resolve));
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if ((out.match(/^COMMITTED /gm)?.length ?? 0) >= commits) onEnough();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));

  // The writer goes on deciding while the kill is on its way: it lands somewhere in a later decision.
  await Promise.race([enough, closed]);
  child.kill('SIGKILL');
  const signal = await closed;

  // Only complete lines count: a line cut by the kill was never fully reported.
  const lines = out.split('\n').slice(0, -1);
  const committed = lines
    .filter((l) => l.startsWith('COMMITTED '))
    .map((l) => {
      const [, claimId = '', action = '', seq = ''] = l.split(' ');
      return { claimId, action, seq: Number(seq) };
    });
  return { committed, stderr, signal };
}

interface DecisionRow {
  id: number;
  claim_id: string;
  action: string;
  from_status: string;
  to_status: string;
  at: string;
  message: string | null;
  history_seq: number;
}

function expectConsistent(store: Store, reported: readonly Committed[]): void {
  const { db } = store;
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const report = verifyStore(store);
  expect(report.ok, verifyFailure(report) ?? '').toBe(true);

  // Every decision the child saw committed survived the crash, with its history entry.
  const decisionAt = db.prepare('SELECT action FROM decisions WHERE claim_id = ? AND history_seq = ?').pluck();
  const historyAt = db.prepare("SELECT json_extract(detail, '$.action') FROM history WHERE claim_id = ? AND seq = ? AND kind = 'decision'").pluck();
  for (const c of reported) {
    expect(decisionAt.get(c.claimId, c.seq), `decision ${c.claimId}#${c.seq}`).toBe(c.action);
    expect(historyAt.get(c.claimId, c.seq), `history ${c.claimId}#${c.seq}`).toBe(c.action);
  }

  // No half-written decision: decision rows and 'decision' history entries pair up one to one.
  expect(db.prepare('SELECT count(*) FROM decisions d LEFT JOIN history h ON h.claim_id = d.claim_id AND h.seq = d.history_seq WHERE h.seq IS NULL').pluck().get()).toBe(0);
  const unpaired = db
    .prepare(
      `SELECT h.claim_id, h.seq, (SELECT count(*) FROM decisions d WHERE d.claim_id = h.claim_id AND d.history_seq = h.seq) AS n
       FROM history h WHERE h.kind = 'decision' AND n <> 1`,
    )
    .all();
  expect(unpaired).toEqual([]);

  const decisions = db.prepare('SELECT id, claim_id, action, from_status, to_status, at, message, history_seq FROM decisions ORDER BY claim_id, history_seq').all() as DecisionRow[];
  const byClaim = new Map<string, DecisionRow[]>();
  for (const d of decisions) byClaim.set(d.claim_id, [...(byClaim.get(d.claim_id) ?? []), d]);
  const claims = db.prepare('SELECT id, status, version FROM claims ORDER BY id').all() as { id: string; status: string; version: number }[];
  const imported = db.prepare("SELECT json_extract(detail, '$.status') FROM history WHERE claim_id = ? AND kind = 'imported'").pluck();
  const outbox = db.prepare("SELECT payload FROM outbox WHERE claim_id = ? AND kind = 'decision' ORDER BY id").pluck();
  const commentsFor = db.prepare('SELECT count(*) FROM comments WHERE claim_id = ? AND history_seq = ?').pluck();
  for (const claim of claims) {
    const own = byClaim.get(claim.id) ?? [];
    // The claim row moved with its decisions: status is the last decision's target, the
    // decisions follow each other, and the version counts them (nothing else changed it).
    let status = imported.get(claim.id) as string;
    for (const d of own) {
      expect(d.from_status, `${claim.id} decision ${d.history_seq} starts where the last ended`).toBe(status);
      status = d.to_status;
      expect(commentsFor.get(claim.id, d.history_seq)).toBe(d.message ? 1 : 0);
    }
    expect(claim.status, claim.id).toBe(status);
    expect(claim.version, claim.id).toBe(own.length);
    // Exactly one outbox record per decision, the same decisions in the same order.
    const queued = (outbox.all(claim.id) as string[]).map((p) => JSON.parse(p) as { action: string; at: string });
    expect(queued.map((q) => [q.action, q.at])).toEqual(own.map((d) => [d.action, d.at]));
  }
}

describe('crash safety', () => {
  it(`a decision writer killed 3 times (after ${KILL_AFTER.join(', ')} commits) loses no committed decision and leaves none half-written`, async () => {
    let total = 0;
    const counts: number[] = [];
    for (const [cycle, commits] of KILL_AFTER.entries()) {
      const { committed, stderr, signal } = await runAndKill(commits);
      // It died of the kill, not of an error of its own.
      expect(signal, `cycle ${cycle + 1}: writer stderr: ${stderr}`).toBe('SIGKILL');
      total += committed.length;
      counts.push(committed.length);

      const store = openStore(t.dir); // must succeed: WAL recovery after an abrupt end
      try {
        expectConsistent(store, committed);
      } finally {
        store.close();
      }
    }
    console.info(`crash safety: decisions reported committed per cycle: ${counts.join(', ')}`);
    // Guard against a vacuous pass: the writer did commit decisions before each kill.
    expect(total).toBeGreaterThanOrEqual(KILL_AFTER.reduce((a, b) => a + b, 0));
  });
});
