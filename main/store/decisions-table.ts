import type { DecisionRow } from '../../shared/api/hub-sync';
import type { Db } from './db';
import { stmt } from './statements';

/**
 * A decision to record on a claim: the row sync carries (DecisionRow), but for its claim's
 * submission time, which the insert copies from the claim.
 */
export type NewDecision = Omit<DecisionRow, 'claimSubmittedAt'> & { readonly claimId: string };

// The claim's submission time is copied as it stands, and the caller says when the claim entered
// the status the decision is taken from (its clock's start): the time to decide is read from the
// decision alone.
const INSERT = `
  INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq, claim_submitted_at, from_status_since)
  VALUES (@claimId, @action, @fromStatus, @toStatus, @actor, @at, @reason, @deficiencies, @message, @override, @checklist, @historySeq,
          (SELECT submitted_at FROM claims WHERE id = @claimId), @fromStatusSince)`;

/** How many times the claim was disputed. */
export function disputeCount(db: Db, claimId: string): number {
  return stmt<[string], { n: number }>(db, "SELECT count(*) AS n FROM decisions WHERE claim_id = ? AND action = 'dispute'").get(claimId)?.n ?? 0;
}

export function insertDecision(db: Db, d: NewDecision): number {
  const info = stmt(db, INSERT).run({
    claimId: d.claimId,
    action: d.action,
    fromStatus: d.fromStatus,
    toStatus: d.toStatus,
    actor: d.actor,
    at: d.at,
    reason: d.reason,
    deficiencies: JSON.stringify(d.deficiencies),
    message: d.message,
    override: d.override,
    checklist: JSON.stringify(d.checklist),
    historySeq: d.historySeq,
    fromStatusSince: d.fromStatusSince,
  });
  return Number(info.lastInsertRowid);
}

// One step of decisions_by_actor per distinct actor (a loose index scan), however many decisions.
export const DECISION_ACTORS = `
  WITH RECURSIVE actors (name) AS (
    SELECT min(actor) FROM decisions
    UNION ALL
    SELECT (SELECT min(actor) FROM decisions WHERE actor > name) FROM actors WHERE name IS NOT NULL
  )
  SELECT name FROM actors
  WHERE name IS NOT NULL AND EXISTS (SELECT 1 FROM decisions WHERE actor = name AND action IN (SELECT value FROM json_each(@actions)))`;

/** Everyone who ever took one of the given kinds of decision, in name order. */
export function decisionActors(db: Db, actions: readonly string[]): string[] {
  return stmt<[{ actions: string }], string>(db, DECISION_ACTORS).pluck().all({ actions: JSON.stringify(actions) });
}
