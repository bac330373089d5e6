// A comment is a history entry (append-only) and a row of the claim's comments; it goes to the hub
// through the outbox.
// A comment does not change the claim's version: it never conflicts with a decision.
import { DomainError } from '../../shared/api/result';
import type { Side } from '../../shared/domain/codes';
import type { ClaimRow } from '../store/claim-row';
import { getClaimRow } from '../store/claims-table';
import { insertComment } from '../store/comments-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';
import { claimNotFound } from './claim-not-found';

export const MAX_COMMENT_LENGTH = 10_000;

export interface CommentRequest {
  readonly claimId: string;
  readonly author: string;
  readonly text: string;
  readonly side: Side;
  readonly internal: boolean;
}

function checkedText(req: CommentRequest): string {
  const text = req.text.trim();
  if (!text) throw new DomainError('invalid-input', 'a comment needs text', { key: 'comment-empty', params: {} });
  if (text.length > MAX_COMMENT_LENGTH) {
    throw new DomainError('invalid-input', `a comment is at most ${MAX_COMMENT_LENGTH} characters`, { key: 'comment-too-long', params: { max: MAX_COMMENT_LENGTH } });
  }
  if (req.internal && req.side !== 'reviewer') {
    throw new DomainError('invalid-input', 'internal notes are written by reviewers', { key: 'internal-note-by-reviewers', params: {} });
  }
  return text;
}

/** Writes one comment inside the caller's transaction (live comments and replayed bundle events). */
export function writeComment(db: Db, row: ClaimRow, req: CommentRequest, at: string): void {
  const text = checkedText(req);
  const seq = appendHistory(db, row.id, {
    at,
    actor: req.author,
    side: req.side,
    kind: req.internal ? 'internal-note' : 'comment',
    detail: { text },
  });
  insertComment(db, { claimId: row.id, at, author: req.author, side: req.side, internal: req.internal, text, historySeq: seq });
  enqueueOutbox(db, row.id, 'comment', { author: req.author, side: req.side, internal: req.internal, text, at }, row.version, at);
}

export function addComment(ctx: ServiceContext, req: CommentRequest): void {
  checkedText(req);
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = getClaimRow(db, req.claimId);
    if (!row) throw claimNotFound(req.claimId);
    writeComment(db, row, req, at);
  }).immediate();
}
