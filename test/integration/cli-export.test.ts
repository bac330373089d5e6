// `cpor export` through the built command, as a scheduled job runs it: exit codes 0, 1 and 2,
// the --json fields, a quiet stderr, and nothing left behind when it cannot write.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreWithClaims } from '../fixtures/claims-store';
import { cpor, ROOT } from '../fixtures/cli';
import { reportStore } from '../fixtures/report-store';

let t: StoreWithClaims;
let work: string;
beforeAll(async () => {
  t = await reportStore();
  work = mkdtempSync(join(tmpdir(), 'cpor-cli-export-'));
});
afterAll(() => {
  t.dispose();
  rmSync(work, { recursive: true, force: true });
});

const exportTo = (...args: string[]) => cpor('--data', t.dir, 'export', ...args);

describe('cpor export', () => {
  it('writes the report and prints {file, format, rows, bytes, elapsedMs} with --json, stderr quiet', () => {
    const file = join(work, 'decisions.csv');
    const r = exportTo('--format', 'csv', '--out', file, '--json');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const printed = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(printed).sort()).toEqual(['bytes', 'elapsedMs', 'file', 'format', 'rows']);
    expect(printed).toMatchObject({ file, format: 'csv', rows: 15, bytes: readFileSync(file).length });
    expect(readFileSync(file).equals(readFileSync(join(ROOT, 'test', 'fixtures', 'golden', 'decision-report.csv')))).toBe(true);
  });

  it('takes the period and filters, and every format', () => {
    for (const format of ['xlsx', 'pdf']) {
      const file = join(work, `november.${format}`);
      const r = exportTo('--format', format, '--from', '2026-11-01', '--to', '2026-11-30', '--reviewer', 'Priya Shah', '--out', file);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(new RegExp(`^wrote 3 decisions to .*november\\.${format} \\(${format}, \\d+ bytes, \\d+ ms\\)`));
    }
    const filtered = exportTo('--format', 'csv', '--status', 'approved', '--family', 'microsoft-365', '--policy', '2020', '--action', 'approve', '--out', join(work, 'f.csv'), '--json');
    expect(filtered.code, filtered.err).toBe(0);
    expect(JSON.parse(filtered.out)).toMatchObject({ rows: 2 });
  });

  it('shows progress on stderr when asked', () => {
    const r = exportTo('--format', 'csv', '--out', join(work, 'progress.csv'), '--progress');
    expect(r.code).toBe(0);
    expect(r.err.trim()).toBe('exported 15 of 15 decisions');
  });

  it('refuses bad dates, formats and missing options as usage errors (exit 2), writing nothing', () => {
    const file = join(work, 'never.csv');
    for (const args of [
      ['--format', 'csv', '--from', '2026-13-01', '--out', file],
      ['--format', 'csv', '--to', 'yesterday', '--out', file],
      ['--format', 'csv', '--from', '2026-11-30', '--to', '2026-11-01', '--out', file],
      ['--format', 'docx', '--out', file],
      ['--format', 'csv', '--status', 'pending', '--out', file],
      ['--format', 'csv'],
      ['--out', file],
      ['--format', 'csv', '--out', file, '--colour'],
    ]) {
      const r = exportTo(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(exportTo('--format', 'csv', '--from', '2026-13-01', '--out', file).err).toMatch(/from/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an out file it cannot write (exit 1) in one line, and leaves nothing behind', () => {
    const missing = join(work, 'no-such-folder', 'r.pdf');
    const r = exportTo('--format', 'pdf', '--out', missing);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`cpor: cannot write ${missing}: its folder does not exist\n`);
    const notAFolder = join(work, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const under = exportTo('--format', 'xlsx', '--out', join(notAFolder, 'r.xlsx'));
    expect(under.code).toBe(1);
    expect(under.err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(work).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('has --help', () => {
    const r = cpor('export', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: cpor \[--data DIR\] export --format csv\|xlsx\|pdf \[--from DATE\] \[--to DATE\] --out FILE/);
    expect(cpor('--help').out).toMatch(/export\s+the decision report/);
  });
});
