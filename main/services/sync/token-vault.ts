// Where a workstation keeps its hub token. The token opens the whole team's claims, so it is never
// in the store (the store travels in every backup): the desktop app keeps it encrypted by the
// operating system (main/electron/safe-storage-vault.ts); elsewhere (the command line, the browser
// host) it is a file only its owner can read, in a folder only its owner can open.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TokenVault {
  /** How the token is kept, for Settings and the status. */
  readonly kind: 'os-encrypted' | 'owner-only-file';
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

/** The person's secrets beside their store in the data folder; a restore keeps them (they are not the store's). */
export const SECRETS_DIR = 'secrets';

/** The secrets folder, made (or tightened) to its owner only. */
export function secretsDir(dataDir: string): string {
  const dir = join(dataDir, SECRETS_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** Writes a secret file whole or not at all, readable by its owner only from its first byte. */
export function writeSecretFile(dataDir: string, name: string, content: string | Buffer): void {
  const file = join(secretsDir(dataDir), name);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, content, { mode: 0o600, flag: 'wx' });
  renameSync(partial, file);
}

export function readSecretFile(dataDir: string, name: string): Buffer | null {
  const file = join(dataDir, SECRETS_DIR, name);
  return existsSync(file) ? readFileSync(file) : null;
}

export function removeSecretFile(dataDir: string, name: string): void {
  rmSync(join(dataDir, SECRETS_DIR, name), { force: true });
}

const TOKEN_FILE = 'hub-token';

export function ownerOnlyFileVault(dataDir: string): TokenVault {
  return {
    kind: 'owner-only-file',
    read: () => readSecretFile(dataDir, TOKEN_FILE)?.toString('utf8').trim() || null,
    write: (token) => writeSecretFile(dataDir, TOKEN_FILE, `${token}\n`),
    clear: () => removeSecretFile(dataDir, TOKEN_FILE),
  };
}
