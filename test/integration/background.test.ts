// A running workstation applies time-driven transitions by itself: at start, then on its timer,
// each with a history entry; and pre-checks documents imported without one. Real store, real
// `cpor serve` for the browser host's part.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackgroundWork } from '../../main/services/background';
import { getClaim } from '../../main/services/claims';
import { storeContext } from '../../main/services/context';
import { claimRow } from '../fixtures/bundle';
import { cpor, ROOT } from '../fixtures/cli';
import { type StoreWithClaims, storeWithClaims } from '../fixtures/claims-store';

let t: StoreWithClaims | null = null;
let proc: ChildProcess | null = null;
afterEach(async () => {
  if (proc && proc.exitCode === null) {
    proc.kill('SIGTERM');
    await new Promise((r) => proc!.once('exit', r));
  }
  proc = null;
  t?.dispose();
  t = null;
});

// Approved on Nov 2 under the 2020 policy: the 7-day consent window ended long before Nov 24.
const ENDED = claimRow({ id: 'W1', status: 'approved', statusSince: '2026-11-02T16:00:00Z', submittedAt: '2026-10-28T16:00:00Z' });
const LATER = claimRow({ id: 'W2', status: 'approved', statusSince: '2026-11-23T16:00:00Z', submittedAt: '2026-11-20T16:00:00Z' });

describe('background work', () => {
  it('applies what is due at start, then what falls due on the timer', async () => {
    t = await storeWithClaims([ENDED, LATER]);
    let now = new Date('2026-11-24T18:00:00Z');
    const ctx = storeContext(t.store, { now: () => now, user: 'Alex Martin', appVersion: 'test', transport: 'browser-host' });
    const ticks: string[][] = [];
    const errors: string[] = [];
    const work = startBackgroundWork(ctx, {
      onError: (what, err) => errors.push(`${what}: ${err.message}`),
      onTick: (r) => ticks.push(r.applied.map((a) => `${a.claimId} ${a.to}`)),
      tickIntervalMs: 20,
    });
    expect(getClaim(ctx, { id: 'W1' }).status).toBe('sent-for-assessment');
    expect(getClaim(ctx, { id: 'W2' }).status).toBe('approved');
    expect(ticks[0]).toEqual(['W1 sent-for-assessment']);

    now = new Date('2026-12-02T18:00:00Z');
    await expect.poll(() => getClaim(ctx, { id: 'W2' }).status, { timeout: 5_000 }).toBe('sent-for-assessment');
    const entry = getClaim(ctx, { id: 'W2' }).history.at(-1);
    expect(entry).toMatchObject({ kind: 'time-transition', side: 'system', detail: { to: 'sent-for-assessment' } });
    await work.stop();
    expect(errors).toEqual([]);
  });

  it('`cpor serve` applies due transitions when it starts', async () => {
    t = await storeWithClaims([ENDED]);
    const data = t.cliData();
    expect(JSON.parse(cpor('--data', data, 'show', 'W1', '--json').out).status).toBe('approved');
    proc = spawn(process.execPath, [join(ROOT, 'bin', 'cpor.mjs'), '--data', data, 'serve', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<string>((resolve, reject) => {
      createInterface({ input: proc!.stdout! }).once('line', resolve);
      proc!.once('exit', (code) => reject(new Error(`cpor serve exited with ${code}`)));
    });
    const shown = JSON.parse(cpor('--data', data, 'show', 'W1', '--json').out) as { status: string; history: { kind: string }[] };
    expect(shown.status).toBe('sent-for-assessment');
    expect(shown.history.at(-1)?.kind).toBe('time-transition');
  });
});
