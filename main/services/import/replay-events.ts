// A bundle's past events, replayed in time order through the same appliers as live work, so an
// imported history obeys every rule (a bundle cannot approve a claim that was never reviewed).
// Time transitions due between events are applied as they fall due. Re-importing a bundle skips
// the events already recorded, so a later export only adds what is new.
import type { BundleEvent } from '../../../shared/api/bundle';
import { DomainError } from '../../../shared/api/result';
import type { ClaimRow } from '../../store/claim-row';
import { listHistory } from '../../store/history-table';
import type { Db } from '../../store/open';
import { writeAssignment } from '../assignment';
import { writeChecklistMark } from '../checklist';
import { writeComment } from '../comments';
import type { ServiceContext } from '../context';
import { applyDecision } from '../decisions';
import { catchUpWithTime } from '../tick';
import { BundleRefusedError } from './errors';

export interface ReplayResult {
  readonly row: ClaimRow;
  readonly applied: number;
}

/** What identifies an event in the history: when, who, and what kind of thing was done. */
function eventKey(at: string, actor: string, what: string): string {
  return `${new Date(at).toISOString()}|${actor}|${what}`;
}

function keyOfEvent(e: BundleEvent): string {
  switch (e.kind) {
    case 'decision':
      return eventKey(e.at, e.actor, `decision:${e.action}`);
    case 'comment':
      return eventKey(e.at, e.actor, 'comment');
    case 'checklist':
      return eventKey(e.at, e.actor, `checklist:${e.code}`);
    case 'assigned':
      return eventKey(e.at, e.actor, 'assigned');
  }
}

function recordedKeys(db: Db, claimId: string): { keys: Set<string>; lastMs: number } {
  const keys = new Set<string>();
  let lastMs = 0;
  for (const h of listHistory(db, claimId)) {
    lastMs = Math.max(lastMs, Date.parse(h.at));
    const d = h.detail;
    if (h.kind === 'decision') keys.add(eventKey(h.at, h.actor, `decision:${String(d.action)}`));
    else if (h.kind === 'comment' || h.kind === 'internal-note') keys.add(eventKey(h.at, h.actor, 'comment'));
    else if (h.kind === 'checklist') keys.add(eventKey(h.at, h.actor, `checklist:${String(d.code)}`));
    else if (h.kind === 'assigned' || h.kind === 'reassigned') keys.add(eventKey(h.at, h.actor, 'assigned'));
  }
  return { keys, lastMs };
}

function applyEvent(ctx: ServiceContext, db: Db, row: ClaimRow, e: BundleEvent, at: string): ClaimRow {
  switch (e.kind) {
    case 'decision':
      return applyDecision(ctx, db, row, { claimId: row.id, actor: e.actor, action: e.action, reason: e.reason, deficiencies: e.deficiencies, message: e.message, override: e.override }, at);
    case 'comment':
      writeComment(db, row, { claimId: row.id, author: e.actor, side: e.side, internal: e.internal, text: e.text }, at);
      return row;
    case 'checklist':
      writeChecklistMark(db, row, e.code, e.open, e.actor, at);
      return row;
    case 'assigned':
      return writeAssignment(db, row, e.to, e.actor, at);
  }
}

/** Inside the import's transaction: any refused event refuses the whole bundle. */
export function replayEvents(ctx: ServiceContext, db: Db, start: ClaimRow, events: readonly BundleEvent[], rowNumber: number): ReplayResult {
  const { keys, lastMs } = recordedKeys(db, start.id);
  let row = start;
  let applied = 0;
  events.forEach((event, i) => {
    if (keys.has(keyOfEvent(event))) return;
    const field = `events.${i}`;
    const when = new Date(event.at);
    if (when.getTime() < lastMs) {
      throw new BundleRefusedError([
        { row: rowNumber, claimId: start.id, field: `${field}.at`, problem: `dated before the claim's last recorded change (${new Date(lastMs).toISOString()}); history only grows forward` },
      ]);
    }
    if (when.getTime() > ctx.now().getTime()) {
      throw new BundleRefusedError([{ row: rowNumber, claimId: start.id, field: `${field}.at`, problem: 'dated in the future' }]);
    }
    try {
      row = applyEvent(ctx, db, catchUpWithTime(ctx, db, row, when), event, when.toISOString());
    } catch (err) {
      if (err instanceof DomainError) throw new BundleRefusedError([{ row: rowNumber, claimId: start.id, field, problem: err.message }]);
      throw err;
    }
    applied += 1;
  });
  return { row: applied > 0 ? catchUpWithTime(ctx, db, row, ctx.now()) : row, applied };
}
