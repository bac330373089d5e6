// Pre-checks of a claim's PoE files, stored per document (proposals, never decisions). Run after
// an import, in the background of a running app, and on demand from the claim view.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical-json';
import type { PrecheckClaim, PrecheckResult } from '../../shared/domain/precheck';
import type { ClaimRow } from '../store/claim-row';
import { getClaimRow, productsOf } from '../store/claims-table';
import { listDocuments } from '../store/documents-table';
import { filePath } from '../store/file-store';
import type { Db } from '../store/open';
import { claimsWithUncheckedDocuments, prechecksOfClaim, savePrecheck } from '../store/prechecks-table';
import { saveTextPrint } from '../store/text-prints-table';
import { isTextPrint } from '../../shared/domain/precheck/text-print';
import type { ServiceContext } from './context';
import { KeptPool } from './precheck/kept-pool';
import { PrecheckPool } from './precheck/pool';
import { startProgress } from './precheck/progress';
import { claimNotFound } from './claim-not-found';

/** Bump when the analysers change what they find: every stored result becomes stale. */
export const PRECHECK_ENGINE = 'precheck-1';

export function precheckInput(row: ClaimRow, products: readonly string[]): PrecheckClaim {
  return {
    products,
    submittedAt: row.submitted_at,
    customer: {
      name: row.customer_name,
      tenantId: row.customer_tenant_id,
      ...(row.customer_domain ? { domain: row.customer_domain } : {}),
      ...(row.customer_country ? { country: row.customer_country } : {}),
      publicSector: row.customer_public_sector === 1,
    },
  };
}

function inputHash(input: PrecheckClaim): string {
  return createHash('sha256').update(`${PRECHECK_ENGINE}\n${canonicalJson(input)}`).digest('hex');
}

export interface DocumentPrecheck {
  readonly documentId: string;
  /** Checked against other claim facts (an edit since) or an older engine: run it again. */
  readonly stale: boolean;
  readonly checkedAt: string;
  readonly result: PrecheckResult;
}

export function claimPrechecks(db: Db, row: ClaimRow, products: readonly string[]): DocumentPrecheck[] {
  const hash = inputHash(precheckInput(row, products));
  return prechecksOfClaim(db, row.id).map((p) => ({ documentId: p.documentId, stale: p.inputHash !== hash, checkedAt: p.checkedAt, result: p.result }));
}

/** Runs every document of a claim through the pool and stores the results in one transaction. */
export async function precheckClaim(ctx: ServiceContext, claimId: string, pool: PrecheckPool): Promise<number> {
  const { db } = ctx.store;
  const row = getClaimRow(db, claimId);
  if (!row) throw claimNotFound(claimId);
  const input = precheckInput(row, productsOf(db, [claimId]).get(claimId) ?? []);
  const docs = listDocuments(db, claimId);
  const today = ctx.now().toISOString().slice(0, 10);
  const progress = startProgress(claimId, docs.map((d) => ({ documentId: d.id, name: d.name })));
  try {
    const checked = await Promise.all(
      docs.map(async (d) => {
        const one = await pool.check(
          { path: filePath(ctx.store.filesDir, d.sha256), label: d.name, claim: input, today },
          { onOcrPage: (page, pages) => progress.ocrPage(d.id, page, pages) },
        );
        progress.done(d.id);
        return one;
      }),
    );
    const at = ctx.now().toISOString();
    const hash = inputHash(input);
    db.transaction(() =>
      docs.forEach((d, i) => {
        const { result, textPrint } = checked[i]!;
        savePrecheck(db, d.id, hash, at, result);
        // The print crosses a thread: it is stored only in the shape the index expects.
        saveTextPrint(db, d.sha256, isTextPrint(textPrint) ? textPrint : null);
      }),
    ).immediate();
  } finally {
    // Ended once the results are stored: a screen that sees it end reads them.
    progress.end();
  }
  return docs.length;
}

/** How long the on-demand pool keeps its threads after its last pre-check. */
export const ON_DEMAND_KEPT_MS = 5 * 60_000;

// Its own threads, so that a reviewer's pre-check never waits behind the background's batch.
const onDemand = new KeptPool(() => new PrecheckPool({ size: 2 }), ON_DEMAND_KEPT_MS);

/** Pre-checks on demand, on a pool kept a few minutes after use (precheck/kept-pool.ts). */
export async function precheckClaimNow(ctx: ServiceContext, claimId: string): Promise<void> {
  await onDemand.use((pool) => precheckClaim(ctx, claimId, pool));
}

/** Every document never pre-checked, a batch of claims at a time, until none is left or stop() says so. */
export async function precheckPending(ctx: ServiceContext, opts: { stop?: () => boolean; onClaim?: (done: number) => void } = {}): Promise<number> {
  const pool = new PrecheckPool({});
  let documents = 0;
  try {
    for (;;) {
      if (opts.stop?.()) break;
      const batch = claimsWithUncheckedDocuments(ctx.store.db, 8);
      if (batch.length === 0) break;
      const counts = await Promise.all(batch.map((id) => precheckClaim(ctx, id, pool)));
      documents += counts.reduce((a, b) => a + b, 0);
      opts.onClaim?.(documents);
    }
  } finally {
    await pool.close();
  }
  return documents;
}
