// The command line is one more caller of the API: its writing commands pass the same door as the
// desk's (dispatch: the contract's limits, the role table, the service's refusals), acting in the
// role the data folder's person has, or the one --role / $CPOR_ROLE names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { cpor } from '../fixtures/cli';

const data = mkdtempSync(join(tmpdir(), 'cpor-one-door-'));

beforeAll(async () => {
  const bundle = await writeBundle([claimRow({ id: 'DOOR-1' }), claimRow({ id: 'DOOR-2', assignee: 'Priya Shah' })]);
  expect(cpor('--data', data, 'import', bundle).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(data, { recursive: true, force: true }));

const shown = () => cpor('--data', data, 'show', 'DOOR-1', '--json').out;

describe('the command line through the one door', () => {
  it('refuses an auditor\'s decision as the API does, in the same words, and changes nothing', () => {
    const before = shown();
    const r = cpor('--data', data, '--role', 'auditor', 'decide', 'DOOR-1', '--action', 'start-review', '--as', 'Ada Auditor');
    expect(r.code).toBe(1);
    expect(r.err).toBe('cpor: an auditor may not decide on claims: the roles reviewer and team lead may\n');
    for (const args of [
      ['comment', 'DOOR-1', '--as', 'Ada Auditor', '--text', 'Looks fine.'],
      ['assign', 'DOOR-1', '--to', 'Ada Auditor'],
      ['decide', 'DOOR-1', '--action', 'withdraw', '--as', 'Pat Partner'],
      ['edit', 'DOOR-1', '--as', 'Pat Partner', '--mpn', '7654321'],
    ]) {
      const refused = cpor('--data', data, '--role', 'auditor', ...args);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.err, args.join(' ')).toMatch(/^cpor: an auditor may not /);
    }
    expect(shown()).toBe(before);
  });

  it('acts in the role the data folder\'s person chose, unless --role or CPOR_ROLE says otherwise', () => {
    writeFileSync(`${data}/workstation-settings.json`, JSON.stringify({ role: 'auditor', identity: 'Ada Auditor' }));
    try {
      expect(cpor('--data', data, 'decide', 'DOOR-1', '--action', 'start-review', '--as', 'Ada Auditor').err).toMatch(/^cpor: an auditor may not decide/);
      expect(cpor('--data', data, 'export', '--format', 'csv', '--out', `${data}/r.csv`).code).toBe(0);
      expect(cpor('--data', data, 'backup', `${data}/b.cporbackup`).err).toBe('cpor: an auditor may not back up the store: the roles reviewer and team lead may\n');
      expect(cpor('--data', data, '--role', 'reviewer', 'export', '--format', 'csv', '--out', `${data}/r2.csv`).err).toBe(
        'cpor: a reviewer may not export decision reports: the roles team lead and auditor may\n',
      );
    } finally {
      writeFileSync(`${data}/workstation-settings.json`, '{}');
    }
    expect(cpor('--data', data, '--role', 'boss', 'queue').code).toBe(2);
  });

  it('keeps a reviewer to their own assignments and the contract\'s limits', () => {
    const other = cpor('--data', data, '--role', 'reviewer', 'assign', 'DOOR-1', '--to', 'Sam Lee', '--as', 'Alex Martin');
    expect(other.code).toBe(1);
    expect(other.err).toBe('cpor: a reviewer may not assign a claim to someone else: the role team lead may\n');
    const taken = cpor('--data', data, '--role', 'reviewer', 'assign', 'DOOR-2', '--to', 'Alex Martin', '--as', 'Alex Martin');
    expect(taken.err).toBe('cpor: a reviewer may not take a claim assigned to Priya Shah: the role team lead may\n');
    const long = cpor('--data', data, 'comment', 'DOOR-1', '--as', 'Alex Martin', '--text', 'x'.repeat(10_001));
    expect(long.code).toBe(1);
    expect(long.err).toMatch(/^cpor: claim\.comment: text: /);
    expect(cpor('--data', data, '--role', 'reviewer', 'decide', 'DOOR-1', '--action', 'start-review', '--as', 'Alex Martin').code).toBe(0);
    expect(cpor('--data', data, 'verify').code).toBe(0);
  });
});
