// The hub token opens the whole team's claims: it is kept in the person's vault, never in the store,
// so no backup carries it. The file vault is readable by its owner only; the desktop app's is sealed
// by the operating system (safeStorage, here a stand-in: the test checks our use of it, not Electron).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeStorageVault } from '../../main/electron/safe-storage-vault';
import { createBackup } from '../../main/services/backup/create-backup';
import { restoreBackup } from '../../main/services/backup/restore-backup';
import { hubAddress, hubSettings } from '../../main/services/sync/sync-settings';
import { ownerOnlyFileVault, SECRETS_DIR } from '../../main/services/sync/token-vault';
import { openStore, type Store } from '../../main/store/open';
import { setSetting } from '../../main/store/settings-table';
import { testNow } from '../fixtures/clock';
import { workstation, type Workstation } from '../fixtures/workstation';

const TOKEN = `cpor_${'Tk3n'.repeat(10)}abc`;
const HUB = 'http://hub.example:7420';
const POSIX = process.platform !== 'win32';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

function station(): Workstation {
  const w = workstation();
  cleanups.push(() => w.dispose());
  return w;
}

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cpor-token-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** Every byte of the store's files, WAL included, as text to search. */
function storeBytes(dir: string): string {
  return ['cpor.db', 'cpor.db-wal']
    .map((f) => join(dir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

/** A backup restored into a fresh folder: what anyone holding the backup file holds. */
async function backupContents(store: Store): Promise<{ dir: string; bytes: string }> {
  const out = join(tempDir(), 'b.cporbackup');
  await createBackup(store, out, testNow());
  const dir = join(tempDir(), 'restored');
  await restoreBackup(out, dir, testNow());
  return { dir, bytes: storeBytes(dir) };
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the hub token on a workstation', () => {
  it('is saved in an owner-only file, never in the store, and no backup carries it', async () => {
    const w = station();
    const saved = await w.call('sync.configure', { hubUrl: HUB, token: TOKEN });
    expect(saved).toMatchObject({ ok: true, value: { hubUrl: HUB, hasToken: true } });

    const file = join(w.dir, SECRETS_DIR, 'hub-token');
    expect(readFileSync(file, 'utf8').trim()).toBe(TOKEN);
    if (POSIX) {
      expect(mode(file)).toBe(0o600);
      expect(mode(join(w.dir, SECRETS_DIR))).toBe(0o700);
    }
    w.live.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(storeBytes(w.dir)).not.toContain(TOKEN);

    const backup = await backupContents(w.live.store);
    expect(backup.bytes).not.toContain(TOKEN);
    expect(existsSync(join(backup.dir, SECRETS_DIR))).toBe(false);
    const restored = openStore(backup.dir);
    cleanups.push(() => restored.close());
    expect(hubSettings(restored.db, ownerOnlyFileVault(backup.dir))).toMatchObject({ url: HUB, hasToken: false });
  });

  it('stays with the person when `cpor restore` swaps their data folder, still owner-only', async () => {
    const w = station();
    await w.call('sync.configure', { hubUrl: HUB, token: TOKEN });
    const out = join(tempDir(), 'b.cporbackup');
    await createBackup(w.live.store, out, testNow());
    w.live.close();
    await restoreBackup(out, w.dir, testNow());
    const vault = ownerOnlyFileVault(w.dir);
    expect(vault.read()).toBe(TOKEN);
    if (POSIX) expect(mode(join(w.dir, SECRETS_DIR, 'hub-token'))).toBe(0o600);
  });

  it('moves a token an older store kept in its settings into the vault, leaving no trace in the store or a backup', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    cleanups.push(() => store.close());
    setSetting(store.db, 'hub.url', HUB);
    setSetting(store.db, 'hub.token', TOKEN);

    // A backup taken before anything read the token: the copy is scrubbed anyway.
    expect((await backupContents(store)).bytes).not.toContain(TOKEN);

    const vault = ownerOnlyFileVault(dir);
    expect(hubAddress(store.db, vault)).toEqual({ url: HUB, token: TOKEN });
    expect(vault.read()).toBe(TOKEN);
    expect(storeBytes(dir)).not.toContain(TOKEN);
  });

  it('forgets the token when the hub is cleared', async () => {
    const w = station();
    await w.call('sync.configure', { hubUrl: HUB, token: TOKEN });
    expect(await w.call('sync.configure', { hubUrl: '' })).toMatchObject({ ok: true, value: { hubUrl: null, hasToken: false } });
    expect(existsSync(join(w.dir, SECRETS_DIR, 'hub-token'))).toBe(false);
  });
});

describe('the desktop app\'s vault (safeStorage)', () => {
  // A stand-in for the OS: reversible, and visibly not the plain text.
  const sealed = (s: string) => Buffer.from(`sealed:${Buffer.from(s).toString('base64')}`);
  const fakeSafeStorage = (available = true) => ({
    isEncryptionAvailable: () => available,
    encryptString: (s: string) => sealed(s),
    decryptString: (b: Buffer) => {
      const text = b.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('sealed:'.length), 'base64').toString();
    },
  });

  it('keeps only ciphertext on disk, owner-only, and reads it back', () => {
    const dir = tempDir();
    const vault = safeStorageVault(dir, fakeSafeStorage());
    expect(vault.kind).toBe('os-encrypted');
    vault.write(TOKEN);
    const file = join(dir, SECRETS_DIR, 'hub-token.enc');
    expect(readFileSync(file).toString('latin1')).not.toContain(TOKEN);
    if (POSIX) expect(mode(file)).toBe(0o600);
    expect(vault.read()).toBe(TOKEN);
    vault.clear();
    expect(vault.read()).toBeNull();
  });

  it('seals a token the command line left in the plain file, and removes the plain copy', () => {
    const dir = tempDir();
    ownerOnlyFileVault(dir).write(TOKEN);
    const vault = safeStorageVault(dir, fakeSafeStorage());
    expect(vault.read()).toBe(TOKEN);
    expect(existsSync(join(dir, SECRETS_DIR, 'hub-token'))).toBe(false);
    expect(existsSync(join(dir, SECRETS_DIR, 'hub-token.enc'))).toBe(true);
  });

  it('takes ciphertext it cannot open (another account\'s) as no token', () => {
    const dir = tempDir();
    const vault = safeStorageVault(dir, fakeSafeStorage());
    vault.write(TOKEN);
    writeFileSync(join(dir, SECRETS_DIR, 'hub-token.enc'), 'not ours');
    expect(vault.read()).toBeNull();
  });

  it('falls back to the owner-only file where the system offers no encryption, and says so', () => {
    const dir = tempDir();
    const vault = safeStorageVault(dir, fakeSafeStorage(false));
    expect(vault.kind).toBe('owner-only-file');
    vault.write(TOKEN);
    expect(ownerOnlyFileVault(dir).read()).toBe(TOKEN);
  });
});
