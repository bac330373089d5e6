// `cpor queue --json | head`: the reader closes the pipe after a few bytes while cpor is still
// writing. The command ends quietly with its own exit code, no EPIPE stack trace (issue 16, item 13).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBigStore } from '../fixtures/big-store';
import { ROOT } from '../fixtures/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpor-pipe-'));
  // Far more than a pipe holds (64 KiB): the write is still going when the reader leaves.
  seedBigStore(join(dir, 'store'), 3000, Date.parse('2026-11-24T18:00:00Z'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cpor piped into a reader that stops early', () => {
  it.each([{ args: ['queue', '--json'] }, { args: ['queue'] }])('cpor $args | head -c 100 exits 0 with nothing on stderr', ({ args }) => {
    const err = join(dir, `err-${args.join('')}`);
    const script = `"${process.execPath}" "${join(ROOT, 'bin/cpor.mjs')}" --data "${join(dir, 'store')}" ${args.join(' ')} 2>"${err}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, CPOR_DATA_DIR: '', CPOR_NOW: '2026-11-25T18:00:00Z' } });
    expect(readFileSync(err, 'utf8')).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });
});
