// Back up, damage the live store, restore: verify passes and nothing is lost. A damaged or newer
// backup is refused and changes nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from 'yauzl';
import { sizeProblem } from '../../main/services/backup/backup-limits';
import { freeBytes } from '../../main/services/disk-space';
import { cpor } from '../fixtures/cli';
import { writeZip } from '../fixtures/zip';

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

  it('refuses a backup that would expand like a zip bomb before writing any of it', () => {
    const before = content(data);
    // 24 MB of zeros deflate to about 24 KB: over 1000:1, as the database of a 306 KB backup that
    // unpacked to 300 MB was. Its manifest is right, hash and all: only the ratio gives it away.
    const zeros = Buffer.alloc(24 * 1024 * 1024);
    const manifest = {
      format: 'cpor-backup', version: 1, createdAt: '2026-11-24T18:00:00Z', appVersion: '1.0.0', schemaVersion: 1,
      claims: 0, historyEntries: 0, files: 0, dbSha256: createHash('sha256').update(zeros).digest('hex'),
    };
    const bomb = writeZip(join(work, 'bomb.cporbackup'), [
      { name: 'cpor-backup.json', data: JSON.stringify(manifest) },
      { name: 'cpor.db', data: zeros },
    ]);
    expect(statSync(bomb).size).toBeLessThan(64 * 1024);
    const r = cpor('--data', data, 'restore', bomb);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/restore refused, nothing changed: the backup's entry "cpor\.db" would expand \d+:1; refused as a likely zip bomb before anything was written/);
    expect(content(data)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });

  it('refuses a PoE entry declaring more than a PoE file may hold', () => {
    const big = writeZip(join(work, 'big-entry.cporbackup'), [
      { name: 'cpor-backup.json', data: '{}' },
      { name: 'cpor.db', data: 'x' },
      { name: `files/ab/${'ab'.repeat(32)}`, data: 'tiny', declaredSize: 4 * 1024 * 1024 * 1024 - 1 },
    ]);
    const r = cpor('--data', data, 'restore', big);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the backup's entry "files\/ab\/(ab)+" declares 4294967295 bytes, over the limit of \d+/);
  });
});

describe('the space a backup needs', () => {
  it('is compared with what the disk has free before anything is unpacked', () => {
    const free = freeBytes(work);
    // Entries each within every limit, which together need more than the disk has.
    const each = 40 * 1024 * 1024;
    const count = Math.ceil(free / each) + 1;
    const entries = Array.from({ length: count }, (_, i) => ({
      fileNameRaw: Buffer.from(`files/ab/${i.toString(16).padStart(64, 'a')}`),
      generalPurposeBitFlag: 0x800,
      extraFields: [],
      uncompressedSize: each,
      compressedSize: each,
    })) as unknown as Entry[];
    const problem = sizeProblem(entries, work);
    expect(problem).toMatchObject({ kind: 'no-space', needed: count * each });
    expect((problem as { free: number }).free).toBeGreaterThan(0);
    expect(sizeProblem(entries.slice(0, 1), work)).toBeNull();
  });
});
