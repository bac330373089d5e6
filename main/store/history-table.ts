// Append-only history per claim, each row hashing the previous one (see shared/domain/history-chain).
import type { Side } from '../../shared/domain/codes';
import { appendToChain, findFirstBreak, type StoredChainEntry } from '../../shared/domain/history-chain';
import type { HistoryEntry } from '../../shared/api/schemas';
import { sha256Hex } from './hash';
import type { Db } from './open';
import { stmt } from './statements';

export interface NewHistoryEntry {
  readonly at: string;
  readonly actor: string;
  readonly side: Side;
  readonly kind: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

interface HistoryRow {
  claim_id: string;
  seq: number;
  at: string;
  actor: string;
  side: Side;
  kind: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** Appends one entry and returns its seq. Call inside the caller's transaction. */
export function appendHistory(db: Db, claimId: string, entry: NewHistoryEntry): number {
  const last = stmt<[string], { seq: number; hash: string }>(db, 
      'SELECT seq, hash FROM history WHERE claim_id = ? ORDER BY seq DESC LIMIT 1',
    )
    .get(claimId);
  const [added] = appendToChain(claimId, last, [entry], sha256Hex);
  const { seq, prevHash, hash } = added!;
  stmt(db, 
    `INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(claimId, seq, entry.at, entry.actor, entry.side, entry.kind, JSON.stringify(entry.detail), prevHash, hash);
  return seq;
}

function toEntry(row: HistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    side: row.side,
    kind: row.kind,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

export function listHistory(db: Db, claimId: string): HistoryEntry[] {
  return stmt<[string], HistoryRow>(db, 'SELECT * FROM history WHERE claim_id = ? ORDER BY seq')
    .all(claimId)
    .map(toEntry);
}

export interface ChainBreak {
  readonly claimId: string;
  readonly seq: number;
  readonly problem: string;
}

function* storedEntries(rows: Iterable<HistoryRow>): Iterable<StoredChainEntry> {
  for (const row of rows) {
    yield { claimId: row.claim_id, seq: row.seq, at: row.at, actor: row.actor, side: row.side, kind: row.kind, detail: row.detail, prevHash: row.prev_hash, hash: row.hash };
  }
}

/** Walks every claim's chain in order (shared/domain/history-chain); returns the first broken entry, or null. */
export function findFirstChainBreak(db: Db): ChainBreak | null {
  const rows = stmt<[], HistoryRow>(db, 'SELECT * FROM history ORDER BY claim_id, seq').iterate();
  const broken = findFirstBreak(storedEntries(rows), sha256Hex);
  return broken && { claimId: broken.claimId, seq: broken.seq, problem: broken.problem };
}
