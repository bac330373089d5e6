// Backup and restore through the browser host's API, as the Settings screen uses them: the backup
// arrives as the bytes of a .cporbackup, and the same bytes restore the store while it is open.
// Damaged or newer backups are refused with the reason, and nothing changes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../main/host/server';
import { importBundle } from '../../main/services/import/import-bundle';
import { verifyStore } from '../../main/services/verify';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { startTestHost } from '../fixtures/host';
import { type Workstation, workstation } from '../fixtures/workstation';

let w: Workstation;
let host: RunningHost;

beforeEach(async () => {
  w = workstation();
  await importBundle(w.ctx, await writeBundle([claimRow({ id: 'B-1' }), claimRow({ id: 'B-2' }), claimRow({ id: 'B-3', status: 'under-review' })]));
  host = await startTestHost(w.handlers, { uploadDir: w.dir });
});
afterEach(async () => {
  await host.close();
  w.dispose();
});

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(method: string, body: Uint8Array | object) {
  const binary = body instanceof Uint8Array;
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': binary ? 'application/octet-stream' : 'application/json', authorization: `Bearer ${host.token}` },
    body: binary ? Buffer.from(body) : JSON.stringify(body),
  });
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    body: type.startsWith('application/json') ? ((await res.json()) as { ok: boolean; value: Loose; error: Loose }) : null,
    bytes: type.startsWith('application/octet-stream') ? new Uint8Array(await res.arrayBuffer()) : null,
  };
}

/** What a restore must bring back exactly, and a refused one leave exactly. */
function content(): string {
  const db = w.live.store.db;
  return JSON.stringify({
    claims: db.prepare('SELECT id, status, version, assignee FROM claims ORDER BY id').all(),
    history: db.prepare('SELECT count(*) AS n FROM history').get(),
    comments: db.prepare('SELECT claim_id, text FROM comments ORDER BY id').all(),
  });
}

async function backup(): Promise<Uint8Array> {
  const made = await post('store.backup', {});
  expect(made.status).toBe(200);
  expect(made.bytes?.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // "PK": a zip
  return made.bytes as Uint8Array;
}

describe('backup and restore through the API', () => {
  it('backs up as bytes and restores them into the running store, keeping the replaced database', async () => {
    const backedUp = content();
    const bytes = await backup();

    await post('claim.comment', { claimId: 'B-1', text: 'Written after the backup.', internal: true });
    await post('claim.assign', { claimId: 'B-2', to: 'Priya Shah' });
    // A claim (and its PoE file) the backup does not have: its file goes aside with the old database.
    await importBundle(w.ctx, await writeBundle([claimRow({ id: 'B-4' })]));
    const laterFile = (w.live.store.db.prepare("SELECT sha256 FROM documents WHERE claim_id = 'B-4'").pluck().get() as string) ?? '';
    expect(content()).not.toBe(backedUp);

    const restored = await post('store.restore', bytes);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body?.value).toMatchObject({ claims: 3, files: 3, previous: expect.stringContaining('before-restore-') });
    // The services see the restored store at once, through the same context.
    expect(content()).toBe(backedUp);
    expect((await post('queue.list', {})).body?.value.total).toBe(3);
    expect(verifyStore(w.live.store).ok).toBe(true);
    // The replaced database is kept; the person's settings and the folder itself stay.
    const previous = restored.body?.value.previous as string;
    expect(existsSync(join(previous, 'cpor.db'))).toBe(true);
    expect(existsSync(join(previous, 'files', laterFile.slice(0, 2), laterFile))).toBe(true);
    expect(existsSync(join(w.dir, 'files', laterFile.slice(0, 2), laterFile))).toBe(false);
    expect(verifyStore(w.live.store).orphanFiles).toEqual([]);
    expect(readdirSync(w.dir).filter((n) => n.startsWith('.restor'))).toEqual([]);
  });

  it('refuses damaged bytes with the reason, and changes nothing', async () => {
    const bytes = await backup();
    await post('claim.comment', { claimId: 'B-1', text: 'Kept: the restore is refused.', internal: true });
    const before = content();

    const damaged = bytes.slice();
    damaged.fill(0, Math.floor(damaged.length / 2), Math.floor(damaged.length / 2) + 64);
    const refused = await post('store.restore', damaged);
    expect(refused.status).toBe(400);
    expect(refused.body?.error).toEqual({
      code: 'invalid-input',
      message: expect.stringMatching(/^restore refused, nothing changed: .*(damaged|checksum|does not match)/),
      refusal: { key: 'restore-refused', params: expect.objectContaining({ problem: expect.stringMatching(/^damaged/) }) },
    });

    const truncated = await post('store.restore', bytes.subarray(0, 1000));
    expect(truncated.body?.error.message).toBe('restore refused, nothing changed: the file is not a usable backup: it is not a zip file, or it is truncated');
    expect(truncated.body?.error.refusal).toEqual({ key: 'restore-refused', params: { problem: 'not-a-backup' } });
    expect((await post('store.restore', new TextEncoder().encode('hello'))).body?.error.code).toBe('invalid-input');

    expect(content()).toBe(before);
    expect(readdirSync(w.dir).filter((n) => n.startsWith('.restor') || n.startsWith('before-restore'))).toEqual([]);
  });

  it('refuses a backup made by a newer workstation', async () => {
    const before = content();
    const zip = new ZipFile();
    const manifest = { format: 'cpor-backup', version: 1, createdAt: 'x', appVersion: '9.0.0', schemaVersion: 99, claims: 0, historyEntries: 0, files: 0, dbSha256: '0'.repeat(64) };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'cpor-backup.json');
    zip.addBuffer(Buffer.from('not a database'), 'cpor.db');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const refused = await post('store.restore', new Uint8Array(Buffer.concat(chunks)));
    expect(refused.body?.error.message).toMatch(/^restore refused, nothing changed: this backup was made by a newer version of the workstation \(schema 99/);
    expect(refused.body?.error.refusal).toEqual({ key: 'restore-refused', params: { problem: 'newer-version', schema: 99, known: expect.any(Number) } });
    expect(content()).toBe(before);
  });

  it('takes the bytes only as application/octet-stream, leaves restoring to the team lead and backups to the desk roles', async () => {
    const asJson = await post('store.restore', { bytes: [1, 2, 3] });
    expect(asJson.status).toBe(415);
    expect(asJson.body?.error.message).toBe('store.restore takes application/octet-stream');

    await post('settings.update', { role: 'reviewer' });
    const bytes = await backup(); // a reviewer keeps the store they work in
    await post('settings.update', { role: 'auditor' });
    // A backup holds the whole store: an auditor reads and exports reports, and takes no copy of it.
    const copy = await post('store.backup', {});
    expect(copy.status).toBe(403);
    expect(copy.body?.error.message).toBe('an auditor may not back up the store: the roles reviewer and team lead may');
    const refused = await post('store.restore', bytes);
    expect(refused.status).toBe(403);
    expect(refused.body?.error).toEqual({
      code: 'forbidden',
      message: 'an auditor may not restore a backup: the role team lead may',
      refusal: { key: 'role-forbidden', params: { role: 'auditor', method: 'store.restore', allowed: 'team-lead' } },
    });
  });

  it('writes an upload to the data folder as it arrives (never whole in memory) and removes it after answering', async () => {
    const bytes = Buffer.from(await backup());
    const half = Math.floor(bytes.length / 2);
    const uploads = () => readdirSync(w.dir).filter((n) => n.startsWith('.restore-upload-'));
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${host.origin}/api/store.restore`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${host.token}`, 'content-length': bytes.length },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(bytes.subarray(0, half));
      // The first half is on disk before the second is sent: the host writes as it reads.
      void expect
        .poll(() => uploads().map((n) => statSync(join(w.dir, n)).size)[0] ?? 0, { timeout: 60_000 })
        .toBe(half)
        .then(() => req.end(bytes.subarray(half)), reject);
    });
    const { status, body } = await answer;
    expect(status, body).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ ok: true, value: { claims: 3 } });
    expect(uploads()).toEqual([]);
  });
});
