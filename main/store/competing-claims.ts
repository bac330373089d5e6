// Competing claims read from the store: the tenant index narrows the candidates in ONE query per
// call (a page of queue rows or one claim), and shared/domain/competition decides who competes.
import { STATUSES, type Status } from '../../shared/domain/codes';
import { type Competition, competition, COMPETING_STATUSES, type CompetitionFacts } from '../../shared/domain/competition';
import type { ClaimRow } from './claim-row';
import type { Db } from './db';
import { stmt } from './statements';

export interface ClaimWithProducts {
  readonly row: ClaimRow;
  readonly products: readonly string[];
}

function facts({ row, products }: ClaimWithProducts): CompetitionFacts {
  return {
    id: row.id,
    tenantId: row.customer_tenant_id,
    mpnId: row.partner_mpn_id,
    productFamily: row.product_family,
    subscriptionId: row.customer_subscription_id,
    products,
  };
}

// Candidates share a tenant with a claim given and have another MPN ID (the same partner is never
// a rival), so the claims themselves are not read again. json_each keeps one prepared statement
// whatever the page size; claims_by_tenant answers one lookup per claim given, and only the few
// candidates found pay for their product list. "+" on the status: without statistics (a new
// store) the planner would otherwise walk a status index across every claim (seconds at 100,000).
export const CANDIDATES = `
  SELECT DISTINCT c.*, (SELECT json_group_array(name) FROM (SELECT name FROM claim_products WHERE claim_id = c.id ORDER BY position)) AS products_json
  FROM json_each(@claims) AS given
  JOIN claims c ON c.customer_tenant_id = given.value ->> 0 AND c.partner_mpn_id <> given.value ->> 1
  WHERE +c.status IN (SELECT value FROM json_each(@statuses))`;

function candidatesFor(db: Db, claims: readonly ClaimWithProducts[], statuses: readonly Status[]): ClaimWithProducts[] {
  if (claims.length === 0) return [];
  const given = claims.map(({ row }) => [row.customer_tenant_id, row.partner_mpn_id]);
  return stmt<[{ claims: string; statuses: string }], ClaimRow & { products_json: string }>(db, CANDIDATES)
    .all({ claims: JSON.stringify(given), statuses: JSON.stringify(statuses) })
    .map(({ products_json, ...row }) => ({ row, products: JSON.parse(products_json) as string[] }));
}

/** For each claim given (a queue page), how many rivals still contest it. */
export function competingCounts(db: Db, claims: readonly ClaimWithProducts[]): Map<string, number> {
  const byTenant = new Map<string, CompetitionFacts[]>();
  for (const candidate of candidatesFor(db, claims, COMPETING_STATUSES)) {
    const list = byTenant.get(candidate.row.customer_tenant_id) ?? [];
    list.push(facts(candidate));
    byTenant.set(candidate.row.customer_tenant_id, list);
  }
  return new Map(
    claims.map((claim) => {
      const own = facts(claim);
      const onTenant = byTenant.get(own.tenantId) ?? [];
      return [claim.row.id, onTenant.filter((c) => competition(own, c) !== null).length];
    }),
  );
}

export interface Rival {
  readonly claim: ClaimWithProducts;
  readonly competition: Competition;
}

/** Every rival of one claim, whatever its status, most recent submission first (its PoE counts). */
export function rivalsOf(db: Db, claim: ClaimWithProducts): Rival[] {
  const own = facts(claim);
  const rivals: Rival[] = [];
  for (const candidate of candidatesFor(db, [claim], STATUSES)) {
    const found = competition(own, facts(candidate));
    if (found) rivals.push({ claim: candidate, competition: found });
  }
  return rivals.sort((a, b) => bySubmissionDesc(a.claim, b.claim));
}

export interface CompetingMember {
  readonly claim: ClaimWithProducts;
  /** Products it shares with its rivals on the customer, each once. */
  readonly products: readonly string[];
  readonly sameSubscription: boolean;
}

// Tenants with two claims or more that still contest the customer: the only places a rival can
// be (competition() then drops the same partner's duplicates). Read from claims_by_tenant in
// tenant order, so the grouping needs no sort; "+" keeps the planner off the status indexes,
// which would mean reading every row. Only the facts competition() needs are read for them;
// whole rows only for the groups shown.
export const CONTESTED_FACTS = `
  WITH contested AS (
    SELECT customer_tenant_id AS tenant FROM claims
    WHERE +status IN (SELECT value FROM json_each(@statuses))
    GROUP BY customer_tenant_id HAVING count(*) > 1
  )
  SELECT c.id, c.customer_tenant_id, c.partner_mpn_id, c.product_family, c.customer_subscription_id, c.sla_sort_ms, p.name
  FROM contested JOIN claims c ON c.customer_tenant_id = contested.tenant
  LEFT JOIN claim_products p ON p.claim_id = c.id
  WHERE +c.status IN (SELECT value FROM json_each(@statuses))
  ORDER BY c.customer_tenant_id, c.id, p.position`;

type FactRow = [string, string, string, CompetitionFacts['productFamily'], string | null, number, string | null];

interface Contender {
  readonly facts: CompetitionFacts;
  readonly due: number;
}

interface FoundGroup {
  readonly due: number;
  readonly members: readonly { readonly contender: Contender; readonly products: readonly string[]; readonly sameSubscription: boolean }[];
}

function contendersByTenant(db: Db): Map<string, Contender[]> {
  const byTenant = new Map<string, Contender[]>();
  let last: { facts: CompetitionFacts & { products: string[] }; due: number } | undefined;
  for (const [id, tenantId, mpnId, productFamily, subscriptionId, due, product] of stmt<[{ statuses: string }], FactRow>(db, CONTESTED_FACTS)
    .raw(true)
    .all({ statuses: JSON.stringify(COMPETING_STATUSES) })) {
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
function groupOf(contenders: readonly Contender[]): FoundGroup | null {
  const members = contenders.flatMap((contender) => {
    const found = contenders.map((other) => competition(contender.facts, other.facts)).filter((c) => c !== null);
    if (found.length === 0) return [];
    const products = [...new Map(found.flatMap((c) => c.products).map((p) => [p.toLowerCase(), p])).values()];
    return [{ contender, products, sameSubscription: found.some((c) => c.sameSubscription) }];
  });
  return members.length > 1 ? { due: Math.min(...members.map((m) => m.contender.due)), members } : null;
}

/**
 * Customers whose claims compete, store-wide, by the queue's rule (COMPETING_STATUSES,
 * shared/domain/competition): the most urgent customer first (the soonest deadline among its
 * competing claims), the first `limit` with their claims, latest submission first (the most
 * recent PoE counts), and how many customers there are in all.
 */
export function competingGroups(db: Db, limit: number): { total: number; groups: CompetingMember[][] } {
  const found = [...contendersByTenant(db).values()].map(groupOf).filter((g) => g !== null);
  const firstId = (g: FoundGroup) => g.members[0]?.contender.facts.id ?? '';
  found.sort((a, b) => a.due - b.due || firstId(a).localeCompare(firstId(b)));
  const shown = found.slice(0, limit);
  const ids = shown.flatMap((g) => g.members.map((m) => m.contender.facts.id));
  const rows = new Map(
    stmt<[{ ids: string }], ClaimRow>(db, 'SELECT * FROM claims WHERE id IN (SELECT value FROM json_each(@ids))')
      .all({ ids: JSON.stringify(ids) })
      .map((r) => [r.id, r]),
  );
  const groups = shown.map((g) =>
    g.members
      .flatMap(({ contender: { facts }, products, sameSubscription }): CompetingMember[] => {
        const row = rows.get(facts.id);
        return row ? [{ claim: { row, products: facts.products }, products, sameSubscription }] : [];
      })
      .sort((a, b) => bySubmissionDesc(a.claim, b.claim)),
  );
  return { total: found.length, groups };
}

function bySubmissionDesc(a: ClaimWithProducts, b: ClaimWithProducts): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(b.row.submitted_at, a.row.submitted_at) || cmp(a.row.id, b.row.id);
}
