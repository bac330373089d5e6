#!/usr/bin/env node
// `npm test`: lint (with the layer rule), type-check, build, Vitest (unit + integration on real
// SQLite), Playwright (end to end in Chromium through the browser host). Ends with one plain
// line "tests: N passed, N failed, N skipped"; a run that executed no test fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildCurrent } from './build.mjs';
import { ensureChromiumForTests } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const reports = join(root, 'test-results', 'summary');
const only = process.argv.slice(2);
const wants = (stage) => only.length === 0 || only.includes(stage);

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function stage(title, fn) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const ok = fn();
  console.log(`== ${title}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

if (wants('lint')) stage('Lint (eslint, layer rules)', () => run(bin('eslint'), ['.', '--max-warnings=0']));
if (wants('typecheck')) stage('Type check (tsc -b)', () => run(bin('tsc'), ['-b']));
if (wants('unit') || wants('e2e')) {
  stage('Build', () => {
    if (isBuildCurrent()) return true;
    return run(process.execPath, [join(root, 'build', 'build.mjs')]);
  });
}

/** Vitest on `files` (all when empty) at `now` (the tests' default instant when undefined). */
function vitest(name, files = [], now = undefined) {
  const out = join(reports, `${name}.json`);
  const ok = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...files], now ? { CPOR_NOW: now } : {});
  const r = readJson(out);
  if (r) {
    totals.passed += r.numPassedTests ?? 0;
    totals.failed += r.numFailedTests ?? 0;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  return ok && Boolean(r);
}

if (wants('unit')) {
  // The whole suite runs at the first instant of test/instants.json (or $CPOR_NOW); the files
  // whose outcome depends on the date and hour run again at each other instant.
  const { instants, dateSensitive } = readJson(join(root, 'test', 'instants.json'));
  const pinned = process.env.CPOR_NOW;
  stage(`Unit and integration tests (Vitest) at ${pinned || Object.values(instants)[0]}`, () => vitest('vitest', [], pinned));
  if (!pinned) {
    for (const [name, now] of Object.entries(instants).slice(1)) {
      stage(`Date-sensitive tests (Vitest) at ${name} (${now})`, () => vitest(`vitest-${name}`, dateSensitive, now));
    }
  }
}

if (wants('e2e')) {
  stage('End-to-end tests (Playwright, Chromium, browser host)', () => {
    let chromium;
    try {
      chromium = ensureChromiumForTests();
    } catch (err) {
      console.error(err.message);
      return false;
    }
    const out = join(reports, 'playwright.json');
    const ok = run(bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      ...(chromium ? { CPOR_CHROMIUM: chromium } : {}),
    });
    const r = readJson(out);
    if (r?.stats) {
      totals.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
      totals.failed += r.stats.unexpected ?? 0;
      totals.skipped += r.stats.skipped ?? 0;
    }
    return ok && Boolean(r);
  });
}

const ran = totals.passed + totals.failed;
console.log('');
if (failures.length) console.log(`failed stages: ${failures.join(', ')}`);
if (ran === 0 && (wants('unit') || wants('e2e'))) {
  console.log('no test was executed: that is a failure, not a pass');
  failures.push('no tests');
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);

