// A hub database of schema 5 (claim fields in a store's column names) migrated on a real
// PostgreSQL server: every snapshot's claim and every kept conflict's change take the protocol's
// names; history and everything else stay as they were; the changes already recorded bind each
// workstation name to its first author.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HUB_MIGRATIONS, migrateHub } from '../../hub/store/hub-schema';
import { type PgServer, startPostgres } from '../fixtures/postgres';

let server: PgServer;

beforeAll(async () => {
  server = await startPostgres();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

it('renames the claim fields of every snapshot and kept conflict, and keeps the rest', async () => {
  const client = new pg.Client({ connectionString: await server.createDatabase('hub_schema_v5') });
  await client.connect();
  try {
    await migrateHub(client, HUB_MIGRATIONS.filter((m) => m.version <= 5));
    const history = [{ seq: 1, at: '2026-11-02T17:00:00.000Z', actor: 'import', side: 'system', kind: 'imported', detail: { status: 'submitted' }, prevHash: '0'.repeat(64), hash: 'a'.repeat(64) }];
    const change = { changeId: 'ws-a:2', claimId: 'M-1', set: { partner_name: 'Contoso', status_since: '2026-11-03T09:00:00.000Z' } };
    const snapshot = { claim: { id: 'M-1', status: 'submitted', partner_mpn_id: '4412345', customer_public_sector: 1 }, products: ['Teams'], history, conflicts: [{ id: 'ws-a:2', change }] };
    await client.query('INSERT INTO hub_claims (claim_id, version, decided_version, snapshot, updated_seq) VALUES ($1, 2, 0, $2::jsonb, 1)', ['M-1', JSON.stringify(snapshot)]);

    expect((await migrateHub(client)).applied).toEqual(HUB_MIGRATIONS.filter((m) => m.version > 5).map((m) => `${m.version}-${m.name}`));
    const { rows } = await client.query<{ snapshot: typeof snapshot & { conflicts: { change: { set: object } }[] } }>('SELECT snapshot FROM hub_claims');
    const after = rows[0]!.snapshot;
    expect(after.claim).toEqual({ id: 'M-1', status: 'submitted', partnerMpnId: '4412345', customerPublicSector: 1 });
    expect(after.conflicts[0]!.change.set).toEqual({ partnerName: 'Contoso', statusSince: '2026-11-03T09:00:00.000Z' });
    expect(after.history).toEqual(history);
    expect(after.products).toEqual(['Teams']);
  } finally {
    await client.end();
  }
});
