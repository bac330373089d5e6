// Append-only history per claim, each row hashing the previous one (see shared/domain/history-chain).
import type { Side } from '../../shared/domain/codes';
import { chainPayload, GENESIS_HASH } from '../../shared/domain/history-chain';
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
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = sha256Hex(chainPayload({ claimId, seq, prevHash, ...entry }));
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

/** Walks every claim's chain in order; returns the first broken entry, or null. */
export function findFirstChainBreak(db: Db): ChainBreak | null {
  let claimId: string | null = null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const rows = stmt<[], HistoryRow>(db, 'SELECT * FROM history ORDER BY claim_id, seq').iterate();
  for (const row of rows) {
    if (row.claim_id !== claimId) {
      claimId = row.claim_id;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
    }
    const at = { claimId: row.claim_id, seq: row.seq };
    if (row.seq !== expectedSeq) return { ...at, problem: `expected entry ${expectedSeq}, found ${row.seq} (an entry is missing)` };
    if (row.prev_hash !== prevHash) return { ...at, problem: 'does not link to the entry before it' };
    let detail: Record<string, unknown>;
    try {
      detail = JSON.parse(row.detail) as Record<string, unknown>;
    } catch {
      return { ...at, problem: 'detail is not valid JSON' };
    }
    const payload = chainPayload({
      claimId: row.claim_id,
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      side: row.side,
      kind: row.kind,
      detail,
      prevHash: row.prev_hash,
    });
    if (sha256Hex(payload) !== row.hash) return { ...at, problem: 'content does not match its hash (altered)' };
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return null;
}
