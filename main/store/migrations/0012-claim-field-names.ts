import type { Migration } from '../migrate';

// The team's protocol names a claim's fields in its own words (issue 15: no store's column names on
// the wire): partnerMpnId, not partner_mpn_id. What this store kept in the old words is renamed
// here: each claim's image (what a push diffs against), the push journal (a batch written but not
// yet answered is sent as it stands), and the conflicts mirrored from the hub (replaced at the
// next pull anyway). Frozen: the names as they were when the protocol changed.
const RENAMED: Readonly<Record<string, string>> = {
  partner_mpn_id: 'partnerMpnId',
  partner_name: 'partnerName',
  partner_contact: 'partnerContact',
  customer_tenant_id: 'customerTenantId',
  customer_subscription_id: 'customerSubscriptionId',
  customer_name: 'customerName',
  customer_domain: 'customerDomain',
  customer_country: 'customerCountry',
  customer_public_sector: 'customerPublicSector',
  customer_contact: 'customerContact',
  product_family: 'productFamily',
  submitted_at: 'submittedAt',
  status_since: 'statusSince',
  rejection_reason: 'rejectionReason',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
};

type Json = Record<string, unknown>;

function renamed(fields: unknown): unknown {
  if (!fields || typeof fields !== 'object') return fields;
  return Object.fromEntries(Object.entries(fields as Json).map(([k, v]) => [RENAMED[k] ?? k, v]));
}

function renamedChange(change: Json): Json {
  const create = change['create'] as Json | undefined;
  return {
    ...change,
    ...(change['set'] ? { set: renamed(change['set']) } : {}),
    ...(create ? { create: { ...create, claim: renamed(create['claim']) } } : {}),
  };
}

export const claimFieldNames: Migration = {
  version: 12,
  name: '0012-claim-field-names',
  up(db) {
    const images = db.prepare('SELECT claim_id, image FROM sync_claims').all() as { claim_id: string; image: string }[];
    const image = db.prepare('UPDATE sync_claims SET image = ? WHERE claim_id = ?');
    for (const r of images) {
      const parsed = JSON.parse(r.image) as Json;
      image.run(JSON.stringify({ ...parsed, claim: renamed(parsed['claim']) }), r.claim_id);
    }
    const batches = db.prepare('SELECT id, body FROM sync_batches').all() as { id: number; body: string }[];
    const batch = db.prepare('UPDATE sync_batches SET body = ? WHERE id = ?');
    for (const r of batches) {
      const parsed = JSON.parse(r.body) as { changes: Json[] };
      batch.run(JSON.stringify({ ...parsed, changes: parsed.changes.map(renamedChange) }), r.id);
    }
    const conflicts = db.prepare('SELECT id, body FROM sync_conflicts').all() as { id: string; body: string }[];
    const conflict = db.prepare('UPDATE sync_conflicts SET body = ? WHERE id = ?');
    for (const r of conflicts) {
      const parsed = JSON.parse(r.body) as Json;
      conflict.run(JSON.stringify({ ...parsed, change: renamedChange(parsed['change'] as Json) }), r.id);
    }
  },
};
