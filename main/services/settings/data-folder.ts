// The data folder a person picks for the desktop app's next start: checked now, so a typo is
// refused here rather than found at the next start.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why a folder cannot hold the store: a code and the path it is about (shared/api/input-issue.ts), and in one line. */
export interface DataFolderProblem {
  readonly code: 'not-absolute' | 'not-a-folder' | 'not-writable' | 'does-not-exist';
  readonly params: { readonly value: string };
  readonly problem: string;
}

const problem = (code: DataFolderProblem['code'], value: string, words: string): DataFolderProblem => ({ code, params: { value }, problem: words });

/** Why a folder cannot hold the store; null when it can (it is created at the start if missing). */
export function dataFolderProblem(folder: string): DataFolderProblem | null {
  if (!isAbsolute(folder)) return problem('not-absolute', folder, `"${folder}" is not a full path (e.g. /home/alex/cpor-data or C:\\cpor-data)`);
  let path = resolve(folder);
  for (;;) {
    let isFolder: boolean | null = null;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // not there yet: the nearest folder that is must let us create it
    }
    if (isFolder === false) return problem('not-a-folder', path, `"${path}" is a file, not a folder`);
    if (isFolder) return writable(path) ? null : problem('not-writable', path, `the workstation cannot write in "${path}"`);
    const parent = dirname(path);
    if (parent === path) return problem('does-not-exist', folder, `no part of "${folder}" exists`);
    path = parent;
  }
}
