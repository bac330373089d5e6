// `cpor verify`, `cpor history` and `cpor sla due` through the built command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryEntrySchema } from '../../shared/api/schemas';
import { cpor } from '../fixtures/cli';
import { DROP_HISTORY_GUARD, RESTORE_HISTORY_GUARD } from '../fixtures/tamper';

const work = mkdtempSync(join(tmpdir(), 'cpor-verify-'));
const data = join(work, 'd');

const hasSqliteShell = spawnSync('sqlite3', ['-version']).status === 0;

beforeAll(() => {
  cpor('demo', '--claims', '8', '--seed', '11', '--out', join(work, 'b'));
  cpor('--data', data, 'import', join(work, 'b'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function firstSubmitted(): string {
  return (JSON.parse(cpor('--data', data, 'queue', '--status', 'submitted', '--limit', '1', '--json').out) as { id: string }[])[0]!.id;
}

describe('cpor verify and history', () => {
  it('passes on a fresh store and after decisions', () => {
    expect(cpor('--data', data, 'verify').code).toBe(0);
    const id = firstSubmitted();
    // The demo's past (imported, perhaps assigned or edited) depends on the day it was planned
    // from; what this test owns is the entry the decision appends to that chain.
    const history = (claimId: string) => (JSON.parse(cpor('--data', data, 'history', claimId, '--json').out) as unknown[]).map((e) => HistoryEntrySchema.parse(e));
    const before = history(id);
    expect(before[0]).toMatchObject({ seq: 1, kind: 'imported', side: 'system' });
    expect(cpor('--data', data, 'decide', id, '--action', 'start-review', '--as', 'Priya Shah').code).toBe(0);
    const report = cpor('--data', data, 'verify', '--json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({ ok: true, integrity: 'ok', chainBreak: null, missingFiles: [] });
    const entries = history(id);
    expect(entries.slice(0, -1)).toEqual(before);
    expect(entries.at(-1)).toMatchObject({ seq: before.length + 1, kind: 'decision', side: 'reviewer', actor: 'Priya Shah', prevHash: before.at(-1)!.hash });
    expect(cpor('--data', data, 'history', 'NO-SUCH-CLAIM').code).toBe(1);
  });

  it.skipIf(!hasSqliteShell)('fails naming the entry when a history row is altered with the sqlite3 shell', () => {
    const id = firstSubmitted();
    execFileSync('sqlite3', [join(data, 'cpor.db'), `${DROP_HISTORY_GUARD} UPDATE history SET actor = 'Mallory' WHERE claim_id = '${id}' AND seq = 1; ${RESTORE_HISTORY_GUARD}`]);
    const r = cpor('--data', data, 'verify');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`cpor: verify failed: history of claim ${id}, entry 1: content does not match its hash (altered)`);
    execFileSync('sqlite3', [join(data, 'cpor.db'), `${DROP_HISTORY_GUARD} UPDATE history SET actor = 'import' WHERE claim_id = '${id}' AND seq = 1; ${RESTORE_HISTORY_GUARD}`]);
    expect(cpor('--data', data, 'verify').code).toBe(0);
  });

  it('fails naming a removed entry and a missing PoE file', () => {
    const copy = join(work, 'copy');
    execFileSync('cp', ['-r', data, copy]);
    const db = new Database(join(copy, 'cpor.db'));
    db.exec(DROP_HISTORY_GUARD);
    const row = db.prepare("SELECT claim_id FROM history WHERE seq = 2 LIMIT 1").get() as { claim_id: string };
    db.prepare('DELETE FROM decisions WHERE claim_id = ?').run(row.claim_id);
    db.prepare('DELETE FROM history WHERE claim_id = ? AND seq = 1').run(row.claim_id);
    db.exec(RESTORE_HISTORY_GUARD);
    db.close();
    const r = cpor('--data', copy, 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`history of claim ${row.claim_id}, entry 2: expected entry 1, found 2`);

    const copy2 = join(work, 'copy2');
    execFileSync('cp', ['-r', data, copy2]);
    const shard = readdirSync(join(copy2, 'files'))[0]!;
    const file = readdirSync(join(copy2, 'files', shard))[0]!;
    unlinkSync(join(copy2, 'files', shard, file));
    expect(cpor('--data', copy2, 'verify').err).toMatch(/PoE files are missing from the data folder/);
  });
});

describe('cpor sla due', () => {
  it.each([
    ['review-start', '2026-11-24T10:00:00-08:00', [], '2026-12-02T17:00:00-08:00'],
    ['decision', '2026-11-24T10:00:00-08:00', ['--policy', '2023'], '2026-12-15T17:00:00-08:00'],
    ['partner-response', '2026-12-23T12:00:00-08:00', [], '2026-12-31T17:00:00-08:00'],
    ['consent', '2026-10-30T09:30:00-07:00', [], '2026-11-06T09:30:00-08:00'],
    ['dispute-window', '2026-11-24T10:00:00-08:00', [], '2026-12-24T10:00:00-08:00'],
    ['dispute-answer', '2026-11-10T10:00:00+01:00', ['--region', 'FR', '--tz', 'Europe/Paris', '--closing', '18:00'], '2026-11-18T18:00:00+01:00'],
  ])('%s from %s %j is due %s', (clock, from, extra, due) => {
    const r = cpor('sla', 'due', '--clock', clock, '--from', from, ...extra, '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ clock, from, dueAt: due });
  });

  it('refuses bad arguments with exit 2', () => {
    expect(cpor('sla', 'due', '--clock', 'lunch', '--from', '2026-11-24T10:00:00Z').code).toBe(2);
    expect(cpor('sla', 'due', '--clock', 'decision', '--from', 'yesterday').code).toBe(2);
    expect(cpor('sla', 'due', '--clock', 'decision', '--from', '2026-11-24T10:00:00Z', '--region', 'XX').code).toBe(2);
    expect(cpor('sla', 'due', '--clock', 'decision', '--from', '2026-11-24T10:00:00Z', '--tz', 'Mars/Olympus').code).toBe(2);
    expect(cpor('sla', 'later').code).toBe(2);
  });
});
