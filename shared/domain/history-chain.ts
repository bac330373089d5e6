// The tamper-evident history: each entry commits to the hash of the one before it, per claim.
// One module for the whole rule: the text that is hashed, how entries are appended, and the walk
// that finds the first break. Every chain in the app goes through it: the workstation's store
// (main/store/history-table.ts, `cpor verify`), the hub's merge and `cpor hub verify`
// (sync-merge.ts, hub/hub-verify.ts) and the desk's recheck of the open claim
// (renderer/features/claim/chainCheck.ts).
//
// The hash function is handed in: Node hashes with node:crypto at once, a browser with WebCrypto
// in a promise. The append and the walk are written once, as generators that yield each text to
// hash and are sent back its hash; `...Sync` and `...Async` entry points drive them with either.
import { canonicalJson } from './canonical-json';
import type { Side } from './codes';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  readonly claimId: string;
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly side: Side;
  readonly kind: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
}

/** The exact text that is hashed; the hash function itself lives where crypto does. */
export function chainPayload(e: ChainFields): string {
  return canonicalJson({
    claimId: e.claimId,
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    side: e.side,
    kind: e.kind,
    detail: e.detail,
    prevHash: e.prevHash,
  });
}

/** SHA-256 as lowercase hex, computed at once (node:crypto). */
export type SyncHash = (text: string) => string;
/** SHA-256 as lowercase hex, at once or in a promise (WebCrypto). */
export type AsyncHash = (text: string) => string | Promise<string>;

/** An entry's hash: a string with a sync hash, a promise with an async one. */
export function entryHash<H extends string | Promise<string>>(fields: ChainFields, hash: (text: string) => H): H {
  return hash(chainPayload(fields));
}

/** What a person or the clock adds to a claim's history; the chain gives it its seq and hashes. */
export interface NewChainEntry {
  readonly at: string;
  readonly actor: string;
  readonly side: Side;
  readonly kind: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** One entry of a claim's chain, as stored and sent. */
export interface ChainEntry extends NewChainEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The last entry of a chain, what an append links to; none for an empty chain. */
export interface ChainTip {
  readonly seq: number;
  readonly hash: string;
}

/** A stored entry of any claim; its detail may still be the stored JSON text, read during the walk. */
export interface StoredChainEntry extends Omit<ChainEntry, 'detail'> {
  readonly claimId: string;
  /** Which of the claim's chains (a store keeps a chain the hub's superseded beside the new one); 0 when there is one. */
  readonly chain?: number;
  readonly detail: Readonly<Record<string, unknown>> | string;
}

export type ChainBreakKind = 'missing' | 'unlinked' | 'unreadable' | 'altered';

/** The first broken entry of a chain: its seq, what is wrong, and the words `cpor verify` prints. */
export type ChainBreak =
  | { readonly claimId: string; readonly chain: number; readonly seq: number; readonly kind: 'missing'; readonly expected: number; readonly problem: string }
  | { readonly claimId: string; readonly chain: number; readonly seq: number; readonly kind: Exclude<ChainBreakKind, 'missing'>; readonly problem: string };

const PROBLEM: Readonly<Record<Exclude<ChainBreakKind, 'missing'>, string>> = {
  unlinked: 'does not link to the entry before it',
  unreadable: 'detail is not valid JSON',
  altered: 'content does not match its hash (altered)',
};

/** A computation that needs hashes: it yields each text to hash and is sent back its hash. */
type Hashing<T> = Generator<string, T, string>;

function runSync<T>(steps: Hashing<T>, hash: SyncHash): T {
  let step = steps.next();
  while (!step.done) step = steps.next(hash(step.value));
  return step.value;
}

async function runAsync<T>(steps: Hashing<T>, hash: AsyncHash): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await hash(step.value));
  return step.value;
}

function* appending(claimId: string, tip: ChainTip | null | undefined, entries: Iterable<NewChainEntry>): Hashing<ChainEntry[]> {
  const out: ChainEntry[] = [];
  let seq = tip?.seq ?? 0;
  let prevHash = tip?.hash ?? GENESIS_HASH;
  for (const e of entries) {
    seq += 1;
    const fields = { seq, at: e.at, actor: e.actor, side: e.side, kind: e.kind, detail: e.detail, prevHash };
    const hash = yield chainPayload({ claimId, ...fields });
    out.push({ ...fields, hash });
    prevHash = hash;
  }
  return out;
}

/** Stored detail text read back; undefined when it is not JSON. */
function readDetail(detail: Readonly<Record<string, unknown>> | string): Readonly<Record<string, unknown>> | undefined {
  if (typeof detail !== 'string') return detail;
  try {
    return JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The one walk: entries in claim order, then chain, then seq, each chain starting at entry 1 on
 * the genesis hash. Checks, in this order: the seq is the next one, the entry links to the hash
 * before it, its detail reads, its content hashes to its hash. Stops at the first break.
 */
function* walking(entries: Iterable<StoredChainEntry>): Hashing<ChainBreak | null> {
  let claimId: string | null = null;
  let chain = 0;
  let expected = 1;
  let prevHash = GENESIS_HASH;
  for (const e of entries) {
    if (e.claimId !== claimId || (e.chain ?? 0) !== chain) {
      claimId = e.claimId;
      chain = e.chain ?? 0;
      expected = 1;
      prevHash = GENESIS_HASH;
    }
    const at = { claimId: e.claimId, chain, seq: e.seq };
    if (e.seq !== expected) return { ...at, kind: 'missing', expected, problem: `expected entry ${expected}, found ${e.seq} (an entry is missing)` };
    if (e.prevHash !== prevHash) return { ...at, kind: 'unlinked', problem: PROBLEM.unlinked };
    const detail = readDetail(e.detail);
    if (detail === undefined) return { ...at, kind: 'unreadable', problem: PROBLEM.unreadable };
    const hash = yield chainPayload({ claimId: e.claimId, seq: e.seq, at: e.at, actor: e.actor, side: e.side, kind: e.kind, detail, prevHash: e.prevHash });
    if (hash !== e.hash) return { ...at, kind: 'altered', problem: PROBLEM.altered };
    prevHash = e.hash;
    expected += 1;
  }
  return null;
}

function* ofClaim(claimId: string, entries: Iterable<ChainEntry>): Iterable<StoredChainEntry> {
  for (const e of entries) yield { ...e, claimId };
}

/** Appends entries after `tip` (null: a new chain): the new entries, seqs and hashes assigned. */
export function appendToChain(claimId: string, tip: ChainTip | null | undefined, entries: Iterable<NewChainEntry>, hash: SyncHash): ChainEntry[] {
  return runSync(appending(claimId, tip, entries), hash);
}

export function appendToChainAsync(claimId: string, tip: ChainTip | null | undefined, entries: Iterable<NewChainEntry>, hash: AsyncHash): Promise<ChainEntry[]> {
  return runAsync(appending(claimId, tip, entries), hash);
}

/** One claim's chain, entries in the order given (seq order expected): its first break, or null. */
export function findChainBreak(claimId: string, entries: Iterable<ChainEntry>, hash: SyncHash): ChainBreak | null {
  return runSync(walking(ofClaim(claimId, entries)), hash);
}

export function findChainBreakAsync(claimId: string, entries: Iterable<ChainEntry>, hash: AsyncHash): Promise<ChainBreak | null> {
  return runAsync(walking(ofClaim(claimId, entries)), hash);
}

/** Many claims' chains in one pass (entries ordered by claim, chain, then seq; read lazily): the first break, or null. */
export function findFirstBreak(entries: Iterable<StoredChainEntry>, hash: SyncHash): ChainBreak | null {
  return runSync(walking(entries), hash);
}
