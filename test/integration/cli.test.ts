// The `cpor` contract (docs/cli.md), exercised through the built command as a user runs it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimDetailSchema, HistoryEntrySchema, QueueRowSchema } from '../../shared/api/schemas';
import { cpor } from '../fixtures/cli';

const work = mkdtempSync(join(tmpdir(), 'cpor-cli-'));
const bundle = join(work, 'b');
const data = join(work, 'd');


function digest(dir: string): string {
  const h = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    try {
      h.update(name).update(readFileSync(join(dir, name)));
    } catch {
      h.update(name); // a folder
    }
  }
  return h.digest('hex');
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cpor', () => {
  it('demo 50 / import / queue --json prints 50 rows with the contract fields', () => {
    const now = '2026-11-24T18:00:00Z';
    expect(cpor('demo', '--claims', '50', '--seed', '7', '--now', now, '--out', bundle).code).toBe(0);
    const again = join(work, 'b2');
    expect(cpor('demo', '--claims', '50', '--seed', '7', '--now', now, '--out', again).code).toBe(0);
    expect(digest(again)).toBe(digest(bundle));

    const imported = cpor('--data', data, 'import', bundle);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/imported 50 claims \(50 new/);
    const queue = cpor('--data', data, 'queue', '--json');
    expect(queue.code).toBe(0);
    const rows = JSON.parse(queue.out) as unknown[];
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      const parsed = QueueRowSchema.parse(row);
      expect(Object.keys(row as object)).toEqual(expect.arrayContaining(['id', 'status', 'assignee', 'partner', 'customer', 'products', 'sla']));
      expect(parsed.partner).toEqual({ mpnId: expect.any(String), name: expect.any(String) });
    }
  });

  it('show --json carries documents, checklist, comments and history', () => {
    const [first] = JSON.parse(cpor('--data', data, 'queue', '--status', 'submitted', '--limit', '1', '--json').out) as { id: string }[];
    const shown = cpor('--data', data, 'show', first!.id, '--json');
    expect(shown.code).toBe(0);
    const claim = ClaimDetailSchema.parse(JSON.parse(shown.out));
    expect(claim.id).toBe(first!.id);
    expect(claim.history[0]?.kind).toBe('imported');
    for (const d of claim.documents) expect(d).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), sha256: expect.any(String), mediaType: expect.any(String) }));
  });

  it('decide start-review then approve; history --json... via show; refusals exit 1 with one line', () => {
    const [first] = JSON.parse(cpor('--data', data, 'queue', '--status', 'submitted', '--limit', '1', '--json').out) as { id: string }[];
    const id = first!.id;
    const early = cpor('--data', data, 'decide', id, '--action', 'approve', '--as', 'Alex Martin');
    expect(early.code).toBe(1);
    expect(early.err.trim().split('\n')).toHaveLength(1);
    expect(early.err).toMatch(/cannot approve a claim that is Submitted/);
    expect(cpor('--data', data, 'decide', id, '--action', 'start-review', '--as', 'Alex Martin').code).toBe(0);
    const approved = cpor('--data', data, 'decide', id, '--action', 'approve', '--as', 'Alex Martin', '--json');
    expect(approved.code).toBe(0);
    const claim = ClaimDetailSchema.parse(JSON.parse(approved.out));
    expect(claim.status).toBe('approved');
    expect(claim.history.slice(-2).map((h) => HistoryEntrySchema.parse(h).detail)).toEqual([
      { action: 'start-review', from: 'submitted', to: 'under-review' },
      { action: 'approve', from: 'under-review', to: 'approved' },
    ]);
  });

  it('uses exit code 2 for usage errors', () => {
    expect(cpor('frobnicate').code).toBe(2);
    expect(cpor('--data', data, 'decide', 'X', '--action', 'approve').code).toBe(2);
    expect(cpor('--data', data, 'decide', 'X', '--action', 'explode', '--as', 'A').code).toBe(2);
    expect(cpor('--data', data, 'queue', '--status', 'pending').code).toBe(2);
    expect(cpor('--data', data, 'queue', '--bogus').code).toBe(2);
    expect(cpor('demo', '--claims', 'many', '--out', join(work, 'x')).code).toBe(2);
    expect(cpor('serve', '--host', '0.0.0.0').code).toBe(2);
    expect(cpor().code).toBe(2);
    expect(cpor('--help').code).toBe(0);
    expect(cpor('queue', '--help').out).toMatch(/usage: cpor/);
  });

  it('refuses a bad bundle with exit 1 and leaves the queue as it was', () => {
    const before = cpor('--data', data, 'queue', '--json').out;
    const bad = join(work, 'bad');
    cpor('demo', '--claims', '3', '--seed', '1', '--out', bad);
    const manifest = JSON.parse(readFileSync(join(bad, 'claims.json'), 'utf8')) as { claims: { id: string; status: string }[] };
    manifest.claims[1]!.status = 'lost';
    writeFileSync(join(bad, 'claims.json'), JSON.stringify(manifest));
    const r = cpor('--data', data, 'import', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 2 \(.+\), status:/);
    expect(cpor('--data', data, 'queue', '--json').out).toBe(before);
  });

  it('helps with the codes a flag takes, and says plainly what is wrong with a date or a path', () => {
    const help = cpor('decide', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^ACTION is one of: .*\bstart-review\b.*\bapprove\b.*\breject\b/m);
    expect(help.out).toMatch(/^--reason \(reject\) is one of: .*\binsufficient-poe\b/m);
    expect(help.out).toMatch(/^--deficiency \(once for each\) is one of: .*\bmissing-customer-acknowledgment\b/m);

    const impossible = cpor('--data', data, 'export', '--format', 'csv', '--from', '2026-11-31', '--out', join(work, 'x.csv'));
    expect(impossible.code).toBe(2);
    expect(impossible.err.trim()).toBe('cpor: --from: 2026-11-31 is not a day of the calendar');
    const malformed = cpor('--data', data, 'export', '--format', 'csv', '--to', '30/11/2026', '--out', join(work, 'x.csv'));
    expect(malformed.err.trim()).toBe('cpor: --to takes a date as YYYY-MM-DD, got "30/11/2026"');
    expect(cpor('--data', data, 'export', '--format', 'csv', '--from', '2028-02-29', '--to', '2028-03-01', '--out', join(work, 'leap.csv')).code).toBe(0);

    const missing = cpor('--data', data, 'import', join(work, 'no', 'such', 'bundle'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`"${join(work, 'no', 'such', 'bundle')}" does not exist`);
  });
});
