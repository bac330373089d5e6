// `npm start` opens the browser host in a Chromium window. The host's address carries its token,
// and a process's command line is readable by every local user (`ps`): the window is given a
// launcher page only this user can read instead (issue 16, item 10). A stand-in Chromium records
// what it was given; the host, the store and the launcher page are real.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cpor, ROOT } from '../fixtures/cli';

const work = mkdtempSync(join(tmpdir(), 'cpor-npm-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Seen {
  readonly argv: string[];
  readonly launcher: string;
  readonly fileMode: number;
  readonly dirMode: number;
}

describe('npm start in a Chromium window', () => {
  it('keeps the host token off Chromium\'s command line, in a page only this user can read', () => {
    const data = join(work, 'store');
    expect(cpor('demo', '--claims', '2', '--seed', '3', '--out', join(work, 'bundle')).code).toBe(0);
    expect(cpor('--data', data, 'import', join(work, 'bundle')).code).toBe(0);
    const seenFile = join(work, 'seen.json');
    const fakeChromium = join(work, 'chromium');
    writeFileSync(
      fakeChromium,
      `#!${process.execPath}
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const argv = process.argv.slice(2);
const app = argv.find((a) => a.startsWith('--app='));
const file = app && app.startsWith('--app=file:') ? fileURLToPath(app.slice(6)) : null;
writeFileSync(${JSON.stringify(seenFile)}, JSON.stringify({
  argv,
  launcher: file ? readFileSync(file, 'utf8') : '',
  fileMode: file ? statSync(file).mode & 0o777 : -1,
  dirMode: file ? statSync(require('node:path').dirname(file)).mode & 0o777 : -1,
}));
`,
    );
    chmodSync(fakeChromium, 0o755);
    const r = spawnSync(process.execPath, [join(ROOT, 'build/start.mjs'), '--data', data, '--browser'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, CPOR_CHROMIUM: fakeChromium, DISPLAY: ':99', CPOR_DATA_DIR: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(readFileSync(seenFile, 'utf8')) as Seen;
    const token = /#token=([A-Za-z0-9_-]+)/.exec(seen.launcher)?.[1];
    expect(token, seen.launcher).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(seen.argv.join(' ')).not.toContain(token!);
    expect(seen.argv.join(' ')).not.toContain('#token');
    expect(seen.argv.find((a) => a.startsWith('--app='))).toMatch(/^--app=file:\/\/.*open-workstation\.html$/);
    expect(seen.fileMode).toBe(0o600);
    expect(seen.dirMode).toBe(0o700);
    expect(seen.launcher).toMatch(/<meta http-equiv="refresh" content="0; url=http:\/\/127\.0\.0\.1:\d+\/#token=/);
    // What npm start printed names the host but not its token either.
    expect(r.stdout).not.toContain(token!);
  });
});
