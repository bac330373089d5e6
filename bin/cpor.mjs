#!/usr/bin/env node
// `cpor` (package.json "bin"): runs the built CLI from dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/cpor.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('cpor: the workstation is not built yet; run "npm run setup" (or "npm run build") first\n');
  process.exit(1);
}
await import(entry.href);
