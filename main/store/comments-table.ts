import type { Side } from '../../shared/domain/codes';
import type { ClaimDetail } from '../../shared/api/schemas';
import type { Db } from './db';
import { stmt } from './statements';

export interface NewComment {
  readonly claimId: string;
  readonly at: string;
  readonly author: string;
  readonly side: Side;
  readonly internal: boolean;
  readonly text: string;
  readonly historySeq: number;
}

export function insertComment(db: Db, c: NewComment): void {
  stmt(db, 'INSERT INTO comments (claim_id, at, author, side, internal, text, history_seq) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    c.claimId,
    c.at,
    c.author,
    c.side,
    c.internal ? 1 : 0,
    c.text,
    c.historySeq,
  );
}

export function listComments(db: Db, claimId: string): ClaimDetail['comments'] {
  return stmt<[string], { at: string; author: string; side: Side; internal: number; text: string }>(
    db,
    'SELECT at, author, side, internal, text FROM comments WHERE claim_id = ? ORDER BY id',
  )
    .all(claimId)
    .map((r) => ({ at: r.at, author: r.author, side: r.side, internal: r.internal === 1, text: r.text }));
}
