// Decisions for the synthetic claims, so throughput figures have something to read: every claim
// past "submitted" gets the decision that put it where it is, taken when it entered its status.
import type { Action, Status } from '../../shared/domain/codes';
import { insertDecision } from '../../main/store/decisions-table';
import { appendHistory } from '../../main/store/history-table';
import type { Db } from '../../main/store/open';

const DECISION_INTO: Partial<Record<Status, Action>> = {
  'under-review': 'start-review',
  'partner-action-required': 'request-info',
  approved: 'approve',
  rejected: 'reject',
};

/** The status a synthetic claim was imported in: the one before the decision that put it where it is. */
export function statusBefore(status: Status): Status {
  const action = DECISION_INTO[status];
  return !action ? status : action === 'start-review' ? 'submitted' : 'under-review';
}

/** What each decision needs by the rules (docs/domain.md "What each decision needs"), so the hub takes the history. */
const NEEDS: Partial<Record<Action, { reason?: 'insufficient-poe'; deficiencies?: ['missing-products']; message?: string }>> = {
  'request-info': { deficiencies: ['missing-products'], message: 'Please add the products to the PoE.' },
  reject: { reason: 'insufficient-poe', message: 'The PoE does not show the work.' },
};

/** Returns how many decisions were written. */
export function insertSyntheticDecisions(db: Db): number {
  const claims = db.prepare("SELECT id, status, status_since, assignee FROM claims WHERE status <> 'submitted'").all() as {
    id: string;
    status: Status;
    status_since: string;
    assignee: string | null;
  }[];
  let written = 0;
  db.transaction(() => {
    for (const c of claims) {
      const action = DECISION_INTO[c.status];
      if (!action) continue;
      const actor = c.assignee ?? 'bench';
      const needs = NEEDS[action] ?? {};
      const detail = { action, from: statusBefore(c.status), to: c.status, ...needs };
      const historySeq = appendHistory(db, c.id, { at: c.status_since, actor, side: 'reviewer', kind: 'decision', detail });
      // The synthetic history never records the claim entering `from`: no known clock start.
      insertDecision(db, { claimId: c.id, action, fromStatus: detail.from, toStatus: c.status, actor, at: c.status_since, historySeq, fromStatusSince: null, reason: needs.reason ?? null, deficiencies: needs.deficiencies ?? [], message: needs.message ?? null, override: null, checklist: [] });
      written += 1;
    }
  }).immediate();
  return written;
}
