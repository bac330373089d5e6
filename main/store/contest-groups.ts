// Competing customers, store-wide, kept as one group per customer (migration 16): the triggers
// mark a customer whose claims or products changed (contest_dirty), and before the groups are read
// those customers' groups are worked out again by the domain rule (shared/domain/competition), so
// the team lead's view costs the customers a write touched, not all of them. A store that cannot
// be written cannot keep them: there every customer with two claims or more is worked out in memory.
import { type CompetitionFacts, competition, COMPETING_STATUSES } from '../../shared/domain/competition';
import type { ClaimRow } from './claim-row';
import { bySubmissionDesc, type CompetingMember } from './competing-claims';
import type { Db } from './db';
import { stmt } from './statements';

// The claims of the customers given that still contest them, with the facts competition() reads.
// Only customers with two claims or more (tenant_tally) can hold a rival. "+" keeps the planner
// off the status indexes, which would mean reading every row.
export const CONTEST_FACTS = `
  SELECT c.id, c.customer_tenant_id, c.partner_mpn_id, c.product_family, c.customer_subscription_id, c.sla_sort_ms, p.name
  FROM json_each(@tenants) AS d
  JOIN tenant_tally t ON t.tenant = d.value AND t.n > 1
  JOIN claims c ON c.customer_tenant_id = t.tenant
  LEFT JOIN claim_products p ON p.claim_id = c.id
  WHERE +c.status IN (SELECT value FROM json_each(@statuses))
  ORDER BY c.customer_tenant_id, c.id, p.position`;

type FactRow = [string, string, string, CompetitionFacts['productFamily'], string | null, number, string | null];

interface Contender {
  readonly facts: CompetitionFacts & { readonly products: string[] };
  readonly due: number;
}

/** A customer's claims that have a rival there; stored as contest_groups.members. */
interface StoredMember {
  readonly id: string;
  /** The claim's own products, as competition() read them. */
  readonly claimProducts: readonly string[];
  /** Products it shares with its rivals on the customer, each once. */
  readonly products: readonly string[];
  readonly sameSubscription: boolean;
}

interface Group {
  readonly tenant: string;
  readonly due: number;
  readonly firstId: string;
  readonly members: readonly StoredMember[];
}

function contendersOf(db: Db, tenants: readonly string[]): Map<string, Contender[]> {
  const byTenant = new Map<string, Contender[]>();
  let last: Contender | undefined;
  const rows = stmt<[{ tenants: string; statuses: string }], FactRow>(db, CONTEST_FACTS)
    .raw(true)
    .all({ tenants: JSON.stringify(tenants), statuses: JSON.stringify(COMPETING_STATUSES) });
  for (const [id, tenantId, mpnId, productFamily, subscriptionId, due, product] of rows) {
    if (last?.facts.id !== id) {
      last = { facts: { id, tenantId, mpnId, productFamily, subscriptionId, products: [] }, due };
      const list = byTenant.get(tenantId) ?? [];
      list.push(last);
      byTenant.set(tenantId, list);
    }
    if (product !== null) last.facts.products.push(product);
  }
  return byTenant;
}

/** The claims on one customer that have a rival there, or null when fewer than two do. */
function groupOf(tenant: string, contenders: readonly Contender[]): Group | null {
  const members = contenders.flatMap(({ facts, due }) => {
    const found = contenders.map((other) => competition(facts, other.facts)).filter((c) => c !== null);
    if (found.length === 0) return [];
    const products = [...new Map(found.flatMap((c) => c.products).map((p) => [p.toLowerCase(), p])).values()];
    return [{ due, member: { id: facts.id, claimProducts: facts.products, products, sameSubscription: found.some((c) => c.sameSubscription) } }];
  });
  if (members.length < 2) return null;
  return { tenant, due: Math.min(...members.map((m) => m.due)), firstId: members[0]!.member.id, members: members.map((m) => m.member) };
}

function groupsOf(db: Db, tenants: readonly string[]): Map<string, Group | null> {
  const contenders = contendersOf(db, tenants);
  return new Map(tenants.map((tenant) => [tenant, groupOf(tenant, contenders.get(tenant) ?? [])]));
}

/** Works out again the groups of the customers marked since the last read. Runs inside the caller's transaction. */
function refreshIn(db: Db): number {
  const dirty = stmt<[], string>(db, 'SELECT tenant FROM contest_dirty').pluck().all();
  if (dirty.length === 0) return 0;
  const upsert = stmt<[string, number, string, string]>(
    db,
    'INSERT INTO contest_groups (tenant, due, first_id, members) VALUES (?, ?, ?, ?) ON CONFLICT (tenant) DO UPDATE SET due = excluded.due, first_id = excluded.first_id, members = excluded.members',
  );
  const remove = stmt<[string]>(db, 'DELETE FROM contest_groups WHERE tenant = ?');
  for (const [tenant, group] of groupsOf(db, dirty)) {
    if (group) upsert.run(tenant, group.due, group.firstId, JSON.stringify(group.members));
    else remove.run(tenant);
  }
  stmt(db, 'DELETE FROM contest_dirty').run();
  return dirty.length;
}

/**
 * Brings the kept groups up to date in a write transaction of their own, before the caller's read:
 * true when they are, false when they cannot be (a read-only store, a disk that refuses the write,
 * another writer holding the store past the busy timeout); the caller then works them out in memory.
 */
export function refreshContestGroups(db: Db): boolean {
  if (db.readonly) return false;
  // Nothing marked: no write lock taken (most reads, and every opening of a quiet store).
  if (!stmt<[], number>(db, 'SELECT 1 FROM contest_dirty LIMIT 1').pluck().get()) return true;
  try {
    db.transaction(() => refreshIn(db)).immediate();
    return true;
  } catch {
    return false;
  }
}

/** The first `limit` groups, most urgent first (soonest deadline, then first claim id), and how many there are. */
function storedGroups(db: Db, limit: number): { total: number; shown: Group[] } {
  const total = stmt<[], number>(db, 'SELECT count(*) FROM contest_groups').pluck().get() ?? 0;
  const shown = stmt<[number], { tenant: string; due: number; first_id: string; members: string }>(
    db,
    'SELECT tenant, due, first_id, members FROM contest_groups ORDER BY due, first_id LIMIT ?',
  )
    .all(limit)
    .map((r) => ({ tenant: r.tenant, due: r.due, firstId: r.first_id, members: JSON.parse(r.members) as StoredMember[] }));
  return { total, shown };
}

/** The same, worked out in memory for every customer with two claims or more (a read-only store). */
function computedGroups(db: Db, limit: number): { total: number; shown: Group[] } {
  const shared = stmt<[], string>(db, 'SELECT tenant FROM tenant_tally WHERE n > 1').pluck().all();
  const found = [...groupsOf(db, shared).values()].filter((g) => g !== null);
  found.sort((a, b) => a.due - b.due || (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0));
  return { total: found.length, shown: found.slice(0, limit) };
}

/**
 * Customers whose claims compete, store-wide, by the queue's rule (COMPETING_STATUSES,
 * shared/domain/competition): the most urgent customer first (the soonest deadline among its
 * competing claims), the first `limit` with their claims, latest submission first (the most
 * recent PoE counts), and how many customers there are in all. `kept`: the stored groups are up
 * to date (refreshContestGroups said so) and are read; otherwise they are worked out in memory.
 */
export function competingGroups(db: Db, limit: number, { kept }: { readonly kept: boolean }): { total: number; groups: CompetingMember[][] } {
  const { total, shown } = kept ? storedGroups(db, limit) : computedGroups(db, limit);
  const ids = shown.flatMap((g) => g.members.map((m) => m.id));
  const rows = new Map(
    stmt<[{ ids: string }], ClaimRow>(db, 'SELECT * FROM claims WHERE id IN (SELECT value FROM json_each(@ids))')
      .all({ ids: JSON.stringify(ids) })
      .map((r) => [r.id, r]),
  );
  const groups = shown.map((g) =>
    g.members
      .flatMap(({ id, claimProducts, products, sameSubscription }): CompetingMember[] => {
        const row = rows.get(id);
        return row ? [{ claim: { row, products: claimProducts }, products, sameSubscription }] : [];
      })
      .sort((a, b) => bySubmissionDesc(a.claim, b.claim)),
  );
  return { total, groups };
}
