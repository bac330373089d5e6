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

export function insertDecision(db: Db, d: NewDecision): number {
  const info = stmt(
    db,
      `INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.claimId,
      d.action,
      d.fromStatus,
      d.toStatus,
      d.actor,
      d.at,
      d.reason ?? null,
      JSON.stringify(d.deficiencies ?? []),
      d.message ?? null,
      d.override ?? null,
      JSON.stringify(d.checklist ?? []),
      d.historySeq,
    );
  return Number(info.lastInsertRowid);
}

export interface DecisionFact {
  readonly at: string;
  readonly action: string;
  readonly actor: string;
  readonly submittedAt: string;
}

// decisions_by_at (at, action, actor, claim_id) serves the range and the filter; each decision
// then costs one step of claims_submission_by_id (the planner would take the primary key's index
// and then read the row: twice the time at tens of thousands of decisions). Rows come back as
// arrays (raw): building an object per row is a measurable part of the time too.
export const DECISIONS_SINCE = `
  SELECT d.at, d.action, d.actor, c.submitted_at
  FROM decisions d JOIN claims c INDEXED BY claims_submission_by_id ON c.id = d.claim_id
  WHERE d.at >= @from AND d.action IN (SELECT value FROM json_each(@actions))`;

/** Decisions of the given kinds taken at or after `fromIso`, with their claim's submission time. */
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
