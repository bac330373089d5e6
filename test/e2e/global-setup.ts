// One demo bundle for the whole run; each test imports it into a fresh data folder. The build is
// brought up to date first, so `npx playwright test` alone never tests an older renderer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { build, isBuildCurrent } from '../../build/build.mjs';
import { CPOR, DEMO_BUNDLE, E2E_CACHE, SCREENSHOTS } from './paths';

export default async function globalSetup(): Promise<void> {
  if (!isBuildCurrent()) await build({ quiet: true });
  rmSync(E2E_CACHE, { recursive: true, force: true });
  mkdirSync(E2E_CACHE, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync(process.execPath, [CPOR, 'demo', '--claims', '30', '--seed', '7', '--out', DEMO_BUNDLE], { stdio: 'inherit' });
}
