// Vitest global set-up: CLI tests run the built `cpor`; build it once here, before the workers
// start, so two test files never build at the same time.
import { build, isBuildCurrent } from '../build/build.mjs';

export default async function buildOnce(): Promise<void> {
  if (!isBuildCurrent()) await build({ quiet: true });
}
