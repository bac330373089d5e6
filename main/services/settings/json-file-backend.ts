// The browser host's personal settings: a JSON file in the data folder, replaced atomically
// (temp file, fsync, rename, fsync of the folder), so a crash leaves the old file or the new one,
// never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { SettingsBackend } from './personal-settings';

export const WORKSTATION_SETTINGS_FILE = 'workstation-settings.json';

export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  syncFolder(dirname(file));
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a folder, and need not. */
function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // fsync on a folder is refused on some file systems; the rename is still atomic.
  } finally {
    closeSync(fd);
  }
}

export interface JsonFileBackendOptions {
  /** Told when the file cannot be read as settings (then the defaults apply until the next save). */
  readonly onDamaged?: (file: string, problem: string) => void;
}

export function jsonFileBackend(dataDir: string, opts: JsonFileBackendOptions = {}): SettingsBackend {
  const file = join(dataDir, WORKSTATION_SETTINGS_FILE);
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw err;
      }
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
        opts.onDamaged?.(file, 'it does not hold a JSON object');
      } catch (err) {
        opts.onDamaged?.(file, (err as Error).message);
      }
      return {};
    },
    save(values) {
      writeFileAtomically(file, `${JSON.stringify(values, null, 2)}\n`);
    },
    location: file,
  };
}
