// Where a worker thread's built entry is, wherever the code that starts it runs from.
import { existsSync } from 'node:fs';

/**
 * The built worker `file` (precheck-worker.mjs, csv-worker.mjs): beside the CLI entry
 * (dist/cli/), one folder up from a code-split chunk, in the CLI's folder from Electron's main
 * (dist/electron/), or, for services run from source as in tests, the one built in dist/cli.
 * Undefined when it is not built.
 */
export function builtWorkerUrl(file: string): URL | undefined {
  for (const rel of [`./${file}`, `../${file}`, `../cli/${file}`, `../../dist/cli/${file}`]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}
