// Append-only history per claim, each row hashing the previous one (see shared/domain/history-chain).
// A claim may hold several chains (migration 0010 says why): its current chain is its highest one.
// Rows are only ever inserted; the store's triggers refuse an UPDATE or DELETE.
import type { Side } from '../../shared/domain/codes';
import { appendToChain, type ChainEntry, findFirstBreak, type StoredChainEntry } from '../../shared/domain/history-chain';
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
  chain: number;
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
  const last = chainTip(db, claimId);
  const [added] = appendToChain(claimId, last, [entry], sha256Hex);
  insertEntries(db, claimId, last?.chain ?? 0, [added!]);
  return added!.seq;
}

/** The last entry of the claim's current chain, with that chain's number; undefined for a claim with no history. */
function chainTip(db: Db, claimId: string): { chain: number; seq: number; hash: string } | undefined {
  return stmt<[string], { chain: number; seq: number; hash: string }>(db, 'SELECT chain, seq, hash FROM history WHERE claim_id = ? ORDER BY chain DESC, seq DESC LIMIT 1').get(
    claimId,
  );
}

function insertEntries(db: Db, claimId: string, chain: number, entries: readonly ChainEntry[]): void {
  const insert = stmt(db, 'INSERT INTO history (claim_id, chain, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const e of entries) insert.run(claimId, chain, e.seq, e.at, e.actor, e.side, e.kind, JSON.stringify(e.detail), e.prevHash, e.hash);
}

/**
 * Takes the team hub's chain for a claim without rewriting a row. When this store's current chain
 * is a beginning of the hub's (entry for entry, same hashes), the hub's further entries are
 * appended to it. Otherwise the hub ordered this store's provisional entries after a colleague's,
 * or kept them out as a conflict: the hub's chain becomes the claim's next chain, and the old one
 * stays as it was. Returns whether a new chain was started. `firstSight`: the store never had the
 * claim, so there is no chain to look up (a first pull of a whole team's store).
 */
export function adoptHubChain(db: Db, claimId: string, hub: readonly ChainEntry[], firstSight = false): boolean {
  const tip = firstSight ? undefined : chainTip(db, claimId);
  if (!tip) {
    insertEntries(db, claimId, 0, hub);
    return false;
  }
  const local = stmt<[string, number], { seq: number; hash: string }>(db, 'SELECT seq, hash FROM history WHERE claim_id = ? AND chain = ? ORDER BY seq').all(claimId, tip.chain);
  const continues = local.length <= hub.length && local.every((e, i) => hub[i]!.seq === e.seq && hub[i]!.hash === e.hash);
  if (continues) {
    insertEntries(db, claimId, tip.chain, hub.slice(local.length));
    return false;
  }
  insertEntries(db, claimId, tip.chain + 1, hub);
  return true;
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

/** The claim's current chain, oldest entry first. */
export function listHistory(db: Db, claimId: string): HistoryEntry[] {
  return stmt<[{ claim: string }], HistoryRow>(db, 'SELECT * FROM history WHERE claim_id = @claim AND chain = (SELECT max(chain) FROM history WHERE claim_id = @claim) ORDER BY seq')
    .all({ claim: claimId })
    .map(toEntry);
}

export interface ChainBreak {
  readonly claimId: string;
  /** Which of the claim's chains: 0 for the first one. */
  readonly chain: number;
  /** The break is in a chain the hub's has superseded, not in the one the claim shows. */
  readonly superseded: boolean;
  readonly seq: number;
  readonly problem: string;
}

function* storedEntries(rows: Iterable<HistoryRow>): Iterable<StoredChainEntry> {
  for (const row of rows) {
    yield { claimId: row.claim_id, chain: row.chain, seq: row.seq, at: row.at, actor: row.actor, side: row.side, kind: row.kind, detail: row.detail, prevHash: row.prev_hash, hash: row.hash };
  }
}

/** Walks every chain of every claim, superseded ones too (shared/domain/history-chain); returns the first broken entry, or null. */
export function findFirstChainBreak(db: Db): ChainBreak | null {
  const rows = stmt<[], HistoryRow>(db, 'SELECT * FROM history ORDER BY claim_id, chain, seq').iterate();
  const broken = findFirstBreak(storedEntries(rows), sha256Hex);
  if (!broken) return null;
  const current = stmt<[string], number>(db, 'SELECT max(chain) FROM history WHERE claim_id = ?').pluck().get(broken.claimId) ?? 0;
  return { claimId: broken.claimId, chain: broken.chain, superseded: broken.chain < current, seq: broken.seq, problem: broken.problem };
}
