// Many decisions quickly, for the report figures: claims straight through the store's row writer,
// each with the history and decision rows a live review leaves (imported, start-review, then an
// approve, reject or request for information), over the year before `nowMs`, in one transaction.
import type { Action, Status } from '../../shared/domain/codes';
import { insertClaim, setProducts } from '../../main/store/claims-table';
import { insertDecision } from '../../main/store/decisions-table';
import { appendHistory } from '../../main/store/history-table';
import type { Db } from '../../main/store/open';
import { syntheticClaimRow } from './synthetic-claims';

const PRODUCTS = [['Microsoft Teams'], ['Exchange Online', 'Intune'], ['Dynamics 365 Sales'], ['Power BI Pro', 'Power Apps'], ['SharePoint Online']];
const REVIEWERS = ['Alex Martin', 'Priya Shah', 'Jonas Weber', 'Camille Dubois', 'Sam Okafor', 'Mei Tanaka'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Outcome {
  readonly action: Action;
  readonly to: Status;
  readonly reason?: string;
  readonly deficiencies?: readonly string[];
  readonly message?: string;
}

const OUTCOMES: readonly Outcome[] = [
  { action: 'approve', to: 'approved' },
  { action: 'approve', to: 'approved' },
  { action: 'approve', to: 'approved' },
  { action: 'request-info', to: 'partner-action-required', deficiencies: ['missing-customer-acknowledgment'], message: 'Please add the customer signature.' },
  { action: 'reject', to: 'rejected', reason: 'insufficient-poe', message: 'The PoE does not show the partner\u2019s work.' },
];

/** Seeds claims with two decisions each: `decisions` / 2 claims. */
export function insertSyntheticDecisions(db: Db, decisions: number, nowMs: number): void {
  const claims = Math.ceil(decisions / 2);
  const created = new Date(nowMs).toISOString();
  db.transaction(() => {
    for (let i = 0; i < claims; i++) {
      const id = `R-${String(i).padStart(7, '0')}`;
      const submittedMs = nowMs - 380 * DAY + Math.floor((i / claims) * 360 * DAY);
      const startMs = submittedMs + ((i * 7) % 96) * HOUR + HOUR;
      const decidedMs = startMs + ((i * 13) % 200) * HOUR + HOUR;
      const outcome = OUTCOMES[i % OUTCOMES.length]!;
      const reviewer = REVIEWERS[i % REVIEWERS.length]!;
      const submittedAt = new Date(submittedMs).toISOString();
      const decidedAt = new Date(decidedMs).toISOString();
      insertClaim(
        db,
        syntheticClaimRow(i, {
          id,
          status: outcome.to,
          version: 2,
          tenant: i,
          activity: 'Pre-sales',
          submitted_at: submittedAt,
          status_since: decidedAt,
          assignee: reviewer,
          rejection_reason: outcome.reason ?? null,
          created_at: created,
        }),
      );
      setProducts(db, id, PRODUCTS[i % PRODUCTS.length]!);
      appendHistory(db, id, { at: submittedAt, actor: 'import', side: 'system', kind: 'imported', detail: { status: 'submitted', submittedAt, statusSince: submittedAt } });
      const steps: { at: string; from: Status; outcome: Outcome }[] = [
        { at: new Date(startMs).toISOString(), from: 'submitted', outcome: { action: 'start-review', to: 'under-review' } },
        { at: decidedAt, from: 'under-review', outcome },
      ];
      let since = submittedAt;
      for (const { at, from, outcome: o } of steps) {
        const detail = { action: o.action, from, to: o.to, ...(o.reason ? { reason: o.reason } : {}), ...(o.deficiencies ? { deficiencies: o.deficiencies } : {}) };
        const seq = appendHistory(db, id, { at, actor: reviewer, side: 'reviewer', kind: 'decision', detail });
        insertDecision(db, { claimId: id, action: o.action, fromStatus: from, toStatus: o.to, actor: reviewer, at, historySeq: seq, fromStatusSince: since, reason: o.reason ?? null, deficiencies: [...(o.deficiencies ?? [])], message: o.message ?? null, override: null, checklist: [] });
        since = at;
      }
    }
  }).immediate();
}
