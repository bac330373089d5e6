// Reading files out of a bundle folder without ever leaving it: no "..", no links, no specials.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const MAX_CLAIMS_FILE_BYTES = 200 * 1024 * 1024;

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; problem: string };

export class BundleFolder {
  readonly root: string;

  constructor(path: string) {
    this.root = realpathSync(resolve(path));
  }

  /** Reads a file named by a bundle-relative path, refusing anything that escapes or is not a plain file. */
  read(relPath: string, maxBytes: number): ReadOutcome {
    const parts = relPath.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
    if (parts.includes('..') || /^([a-zA-Z]:|[\\/])/.test(relPath)) {
      return { ok: false, problem: `"${relPath}" leaves the bundle` };
    }
    // Check every component, so a linked folder on the way is refused too.
    let current = this.root;
    for (const part of parts) {
      current = join(current, part);
      let st;
      try {
        st = lstatSync(current);
      } catch {
        return { ok: false, problem: `"${relPath}" does not exist in the bundle` };
      }
      if (st.isSymbolicLink()) return { ok: false, problem: `"${relPath}" is a link; links are not accepted` };
    }
    const st = lstatSync(current);
    if (!st.isFile()) return { ok: false, problem: `"${relPath}" is not a regular file` };
    if (st.size > maxBytes) {
      return { ok: false, problem: `"${relPath}" is ${st.size} bytes, over the limit of ${maxBytes}` };
    }
    const rel = relative(this.root, realpathSync(current));
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return { ok: false, problem: `"${relPath}" leaves the bundle` };
    return { ok: true, bytes: readFileSync(current) };
  }

  exists(relPath: string): boolean {
    try {
      return lstatSync(join(this.root, relPath)).isFile();
    } catch {
      return false;
    }
  }
}
