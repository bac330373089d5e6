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

/** Decisions as instants go: every zone's offset, and so every local midnight, is a quarter hour. */
export const QUARTER_HOUR_MS = 900_000;

/** How many decisions of one kind one actor took in one quarter hour, on claims submitted in another. */
export interface DecisionCount {
  /** Quarter hours since 1970 (UTC) of the decision and of its claim's submission. */
  readonly slot: number;
  readonly submittedSlot: number;
  readonly action: string;
  readonly actor: string;
  readonly n: number;
}

// decisions_by_at (at, action, actor, claim_submitted_at) answers it alone, and the store counts
// by quarter hour: the caller never parses a timestamp, and tens of thousands of decisions come
// back as a fraction of the rows (arrays, not objects: building an object per row costs too).
export const DECISION_COUNTS = `
  SELECT unixepoch(at) / 900 AS slot, unixepoch(claim_submitted_at) / 900 AS submitted, action, actor, count(*) AS n
  FROM decisions
  WHERE at >= @from AND action IN (SELECT value FROM json_each(@actions))
  GROUP BY slot, submitted, action, actor`;

/** Decisions of the given kinds taken at or after `fromIso`, counted by quarter hour. */
export function decisionCounts(db: Db, fromIso: string, actions: readonly string[]): DecisionCount[] {
  const rows = stmt<[{ from: string; actions: string }], [number, number, string, string, number]>(db, DECISION_COUNTS)
    .raw(true)
    .all({ from: fromIso, actions: JSON.stringify(actions) });
  return rows.map(([slot, submittedSlot, action, actor, n]) => ({ slot, submittedSlot, action, actor, n }));
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
