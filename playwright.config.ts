import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { TEST_NOW } from './test/fixtures/clock';

// Every `cpor` the specs start (demo, import, serve, hub) runs at the pinned instant; the page's
// clock is pinned to it too (test/e2e/host-fixture.ts).
process.env['CPOR_NOW'] = TEST_NOW;

const chromium = process.env.CPOR_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // Safety nets for a hung test, never pass marks: on a busy machine (a reviewer's laptop, CI with
  // a core held) a step can take many times its quiet-machine time, and that is not a failure.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'browser-host', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
