import type { Db } from './open';
import { stmt } from './statements';

export interface NewDecision {
  readonly claimId: string;
  readonly action: string;
  readonly fromStatus: string;
  readonly toStatus: string;
  readonly actor: string;
  readonly at: string;
  readonly historySeq: number;
  readonly reason?: string | null;
  readonly deficiencies?: readonly string[];
  readonly message?: string | null;
  readonly override?: string | null;
  readonly checklist?: readonly { code: string; open: boolean }[];
}

// The claim's submission time is copied as it stands: the decision records when its claim was
// submitted, so the time to decide is read from the decision alone.
const INSERT = `
  INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq, claim_submitted_at)
  VALUES (@claimId, @action, @fromStatus, @toStatus, @actor, @at, @reason, @deficiencies, @message, @override, @checklist, @historySeq,
          (SELECT submitted_at FROM claims WHERE id = @claimId))`;

export function insertDecision(db: Db, d: NewDecision): number {
  const info = stmt(db, INSERT).run({
    claimId: d.claimId,
    action: d.action,
    fromStatus: d.fromStatus,
    toStatus: d.toStatus,
    actor: d.actor,
    at: d.at,
    reason: d.reason ?? null,
    deficiencies: JSON.stringify(d.deficiencies ?? []),
    message: d.message ?? null,
    override: d.override ?? null,
    checklist: JSON.stringify(d.checklist ?? []),
    historySeq: d.historySeq,
  });
  return Number(info.lastInsertRowid);
}

export interface DecisionFact {
  readonly at: string;
  readonly action: string;
  readonly actor: string;
  readonly submittedAt: string;
}

// decisions_by_at (at, action, actor, claim_submitted_at) answers it alone. Rows come back as
// arrays (raw): at tens of thousands of decisions, building an object per row is a measurable
// part of the time.
export const DECISIONS_SINCE = `
  SELECT at, action, actor, claim_submitted_at FROM decisions
  WHERE at >= @from AND action IN (SELECT value FROM json_each(@actions))`;

/** Decisions of the given kinds taken at or after `fromIso`, with their claim's submission time then. */
export function decisionsSince(db: Db, fromIso: string, actions: readonly string[]): DecisionFact[] {
  const rows = stmt<[{ from: string; actions: string }], [string, string, string, string]>(db, DECISIONS_SINCE)
    .raw(true)
    .all({ from: fromIso, actions: JSON.stringify(actions) });
  return rows.map(([at, action, actor, submittedAt]) => ({ at, action, actor, submittedAt }));
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
