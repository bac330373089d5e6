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

/** Latest submission first (the most recent PoE counts), then by id. */
export function bySubmissionDesc(a: ClaimWithProducts, b: ClaimWithProducts): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(b.row.submitted_at, a.row.submitted_at) || cmp(a.row.id, b.row.id);
}
