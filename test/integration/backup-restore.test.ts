// Back up, damage the live store, restore: verify passes and nothing is lost. A damaged or newer
// backup is refused and changes nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpor } from '../fixtures/cli';

const work = mkdtempSync(join(tmpdir(), 'cpor-backup-'));
const data = join(work, 'store');

const content = (dir: string) => ({ queue: cpor('--data', dir, 'queue', '--json').out, verify: cpor('--data', dir, 'verify', '--json').out });

beforeAll(() => {
  cpor('demo', '--claims', '12', '--seed', '5', '--out', join(work, 'bundle'));
  expect(cpor('--data', data, 'import', join(work, 'bundle')).code).toBe(0);
  const first = (JSON.parse(cpor('--data', data, 'queue', '--status', 'submitted', '--limit', '1', '--json').out) as { id: string }[])[0]!.id;
  cpor('--data', data, 'decide', first, '--action', 'start-review', '--as', 'Alex Martin');
  cpor('--data', data, 'comment', first, '--as', 'Alex Martin', '--text', 'Checked the tenant id.', '--internal');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('restores a damaged store to exactly what was backed up, keeping the damaged one aside', () => {
    const before = content(data);
    const file = join(work, 'good.cporbackup');
    const made = cpor('--data', data, 'backup', file);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/backed up 12 claims, \d+ history entries and \d+ PoE files/);

    // Damage: overwrite the middle of the database and lose a PoE file.
    const db = join(data, 'cpor.db');
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, Math.floor(statSync(db).size / 2));
    closeSync(fd);
    const shard = readdirSync(join(data, 'files'))[0]!;
    rmSync(join(data, 'files', shard), { recursive: true });
    expect(cpor('--data', data, 'verify').code).toBe(1);

    const restored = cpor('--data', data, 'restore', file);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/the store it replaced is kept in .*before-restore/);
    expect(content(data)).toEqual(before);
    expect(cpor('--data', data, 'verify').code).toBe(0);
    expect(readdirSync(work).some((n) => n.startsWith('store.before-restore-'))).toBe(true);
  });

  it('refuses a damaged backup and a backup from a newer version, changing nothing', () => {
    const file = join(work, 'to-damage.cporbackup');
    expect(cpor('--data', data, 'backup', file).code).toBe(0);
    const before = content(data);
    const damaged = join(work, 'damaged.cporbackup');
    execFileSync('cp', [file, damaged]);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(64, 0x00), 0, 64, Math.floor(statSync(damaged).size / 2));
    closeSync(fd);
    const r = cpor('--data', data, 'restore', damaged);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/restore refused, nothing changed: .*(damaged|checksum|does not match)/);
    expect(content(data)).toEqual(before);

    const truncated = join(work, 'truncated.cporbackup');
    execFileSync('head', ['-c', '1000', file], { stdio: ['ignore', openSync(truncated, 'w'), 'ignore'] });
    expect(cpor('--data', data, 'restore', truncated).err).toMatch(/is not a usable backup: it is not a zip file, or it is truncated/);
    expect(cpor('--data', data, 'restore', join(work, 'missing.cporbackup')).code).toBe(1);
    expect(content(data)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });

  it('refuses a backup written by a newer schema', async () => {
    const { ZipFile } = await import('yazl');
    const { createWriteStream } = await import('node:fs');
    const zip = new ZipFile();
    const manifest = { format: 'cpor-backup', version: 1, createdAt: 'x', appVersion: '9.0.0', schemaVersion: 99, claims: 0, historyEntries: 0, files: 0, dbSha256: '0'.repeat(64) };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'cpor-backup.json');
    zip.addBuffer(Buffer.from('not a database'), 'cpor.db');
    zip.end();
    const newer = join(work, 'newer.cporbackup');
    await new Promise<void>((done) => zip.outputStream.pipe(createWriteStream(newer)).on('finish', () => done()));
    const r = cpor('--data', data, 'restore', newer);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/made by a newer version of the workstation \(schema 99/);
    expect(existsSync(join(data, 'cpor.db'))).toBe(true);
  });
});
