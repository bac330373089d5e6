import { defineConfig } from 'vitest/config';
import table from './test/instants.json' with { type: 'json' };

/** The tests' pinned instant (test/fixtures/clock.ts reads the same). */
const TEST_NOW = process.env['CPOR_NOW'] || Object.values(table.instants)[0]!;

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Every `cpor` a test starts (CLI, browser host, hub) inherits the pinned instant.
    env: { CPOR_NOW: TEST_NOW },
    globalSetup: ['test/build-once.ts'],
    // A safety net for a hung test, never a pass mark: on a busy machine a test that starts a
    // dozen `cpor` processes can take minutes, and that is not a failure.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Child processes and real SQLite files: keep the 2-core machines responsive.
    maxWorkers: 2,
  },
});
