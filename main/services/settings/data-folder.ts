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

/** Why a folder cannot hold the store, in one line; null when it can (it is created at the start if missing). */
export function dataFolderProblem(folder: string): string | null {
  if (!isAbsolute(folder)) return `"${folder}" is not a full path (e.g. /home/alex/cpor-data or C:\\cpor-data)`;
  let path = resolve(folder);
  for (;;) {
    let isFolder: boolean | null = null;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // not there yet: the nearest folder that is must let us create it
    }
    if (isFolder === false) return `"${path}" is a file, not a folder`;
    if (isFolder) return writable(path) ? null : `the workstation cannot write in "${path}"`;
    const parent = dirname(path);
    if (parent === path) return `no part of "${folder}" exists`;
    path = parent;
  }
}
