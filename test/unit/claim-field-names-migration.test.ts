// Migration 0012: what a store kept of the team protocol in the old words (a store's column names)
// is renamed to the protocol's own (partnerMpnId): claim images, the push journal, kept conflicts.
// A real SQLite file migrated to 11, filled as the previous version wrote it, then migrated on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { migrate } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('renames the claim fields in images, journal batches and conflicts, and nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-mig12-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'cpor.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, 11);
  db.prepare(
    `INSERT INTO claims (id, status, policy, partner_mpn_id, partner_name, customer_tenant_id, customer_name, activity, product_family, submitted_at, status_since, sla_sort_ms, created_at, updated_at)
     VALUES ('M-1', 'submitted', '2023', '4412345', 'Contoso', 't-1', 'Fabrikam', 'Deployment', 'microsoft-365', @t, @t, 0, @t, @t)`,
  ).run({ t: '2026-11-02T17:00:00.000Z' });
  const old = { id: 'M-1', status: 'submitted', partner_mpn_id: '4412345', status_since: '2026-11-02T17:00:00.000Z', customer_public_sector: 0 };
  db.prepare('INSERT INTO sync_claims (claim_id, hub_version, seq, image) VALUES (?, 3, 2, ?)').run('M-1', JSON.stringify({ claim: old, products: ['Teams'], documents: [], checklist: [], productSupport: [] }));
  const change = { changeId: 'ws-a:7', claimId: 'M-1', baseVersion: 3, baseSeq: 2, createdAt: '2026-11-03T09:00:00.000Z', kinds: ['edit'], set: { partner_name: 'Contoso' }, entries: [] };
  db.prepare('INSERT INTO sync_batches (id, body, created_at) VALUES (1, ?, ?)').run(JSON.stringify({ changes: [change, { ...change, changeId: 'ws-a:8', set: undefined, create: { claim: old } }] }), '2026-11-03T09:00:00.000Z');
  db.prepare('INSERT INTO sync_conflicts (id, claim_id, opened_at, resolved, body) VALUES (?, ?, ?, 0, ?)').run('ws-a:6', 'M-1', '2026-11-03T09:00:00.000Z', JSON.stringify({ id: 'ws-a:6', claimId: 'M-1', change }));

  migrate(db, MIGRATIONS);
  const image = JSON.parse(db.prepare('SELECT image FROM sync_claims').pluck().get() as string) as { claim: object; products: string[] };
  expect(image).toMatchObject({ claim: { id: 'M-1', status: 'submitted', partnerMpnId: '4412345', statusSince: '2026-11-02T17:00:00.000Z', customerPublicSector: 0 }, products: ['Teams'] });
  expect(Object.keys(image.claim)).not.toContain('partner_mpn_id');
  const batch = JSON.parse(db.prepare('SELECT body FROM sync_batches').pluck().get() as string) as { changes: { set?: object; create?: { claim: object } }[] };
  expect(batch.changes[0]!.set).toEqual({ partnerName: 'Contoso' });
  expect(batch.changes[1]!.create!.claim).toMatchObject({ partnerMpnId: '4412345' });
  const conflict = JSON.parse(db.prepare('SELECT body FROM sync_conflicts').pluck().get() as string) as { change: { set: object } };
  expect(conflict.change.set).toEqual({ partnerName: 'Contoso' });
  db.close();
});
