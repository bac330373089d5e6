// How the team hub folds one workstation's change into a claim, as a pure function: the hub runs it
// under its push lock, the tests run it directly. The rule of the issue: a change made on an old
// version of a claim that a person decided meanwhile is never applied silently; it is kept as a
// conflict with both sides until a person resolves it. Comments alone still merge: they cannot
// contradict a decision, and losing the thread of a conversation helps nobody.
import type {
  ChainedEntry,
  ClaimBody,
  ClaimSnapshot,
  ConflictRecord,
  HubChange,
  Outcome,
  ResolveRequest,
  SyncEntry,
} from '../api/hub-sync';
import { appendToChain } from './history-chain';

export interface HubClaimState {
  readonly version: number;
  /** The version a person's decision last produced: changes based before it conflict. */
  readonly decidedVersion: number;
  readonly snapshot: ClaimSnapshot;
}

export interface MergeContext {
  /** The token's name that pushed the change. */
  readonly author: string;
  /** The hub's clock, for conflict records. */
  readonly at: string;
  readonly hash: (text: string) => string;
}

export interface MergeResult {
  readonly outcome: Outcome;
  /** The claim after the change: the same object when nothing changed. */
  readonly state: HubClaimState | null;
  readonly conflict?: ConflictRecord;
}

/** History kinds no person decides: the import itself and the clock. */
const AUTOMATIC_KINDS = new Set(['imported', 'updated', 'time-transition']);

function isDecision(e: { kind: string }): boolean {
  return e.kind === 'decision';
}

/** Appends entries after the hub's own, assigning canonical seqs and hashes; returns the seq map. */
function chain(claimId: string, history: readonly ChainedEntry[], entries: readonly SyncEntry[], hash: MergeContext['hash']) {
  const added = appendToChain(claimId, history.at(-1), entries, hash);
  const seqMap = new Map<number, number>();
  entries.forEach((e, i) => seqMap.set(e.seq, added[i]!.seq));
  return { history: [...history, ...added], seqMap };
}

function sameTransition(a: { kind: string; detail: Record<string, unknown> }, b: { kind: string; detail: Record<string, unknown> }): boolean {
  return a.kind === 'time-transition' && b.kind === 'time-transition' && a.detail['rule'] === b.detail['rule'] && a.detail['effectiveAt'] === b.detail['effectiveAt'];
}

/** Later wins, key by key; an equal time keeps the incoming row (it was made on what the hub had). */
function upsertByKey<T extends { updatedAt: string }>(rows: readonly T[], incoming: readonly T[], key: (r: T) => string): T[] {
  const byKey = new Map(rows.map((r) => [key(r), r]));
  for (const r of incoming) {
    const had = byKey.get(key(r));
    if (!had || had.updatedAt <= r.updatedAt) byKey.set(key(r), r);
  }
  return [...byKey.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The effect of a change's body on a snapshot, its entries chained after the hub's. */
function applyBody(claimId: string, snapshot: ClaimSnapshot, change: HubChange, entries: readonly SyncEntry[], hash: MergeContext['hash']): ClaimSnapshot {
  const { history, seqMap } = chain(claimId, snapshot.history, entries, hash);
  const remap = <T extends { historySeq: number }>(rows: readonly T[] | undefined): T[] =>
    (rows ?? []).flatMap((r) => {
      const seq = seqMap.get(r.historySeq);
      return seq === undefined ? [] : [{ ...r, historySeq: seq }];
    });
  return {
    ...snapshot,
    claim: { ...snapshot.claim, ...(change.set ?? {}) },
    products: change.products ?? snapshot.products,
    documents: change.documents ?? snapshot.documents,
    checklist: upsertByKey(snapshot.checklist, change.checklist ?? [], (r) => r.code),
    productSupport: upsertByKey(snapshot.productSupport, change.productSupport ?? [], (r) => r.product),
    comments: [...snapshot.comments, ...remap(change.comments)],
    decisions: [...snapshot.decisions, ...remap(change.decisions)],
    history,
  };
}

function snapshotFromBody(claimId: string, body: ClaimBody, hash: MergeContext['hash']): ClaimSnapshot {
  const empty: ClaimSnapshot = {
    claim: { ...body.claim, id: claimId },
    products: body.products,
    documents: body.documents,
    checklist: [],
    productSupport: [],
    comments: [],
    decisions: [],
    history: [],
    conflicts: [],
  };
  return applyBody(
    claimId,
    empty,
    { changeId: 'x:0', claimId, baseVersion: 0, baseSeq: 0, createdAt: '', kinds: [], checklist: body.checklist, productSupport: body.productSupport, comments: body.comments, decisions: body.decisions },
    body.entries,
    hash,
  );
}

function conflictOf(state: HubClaimState, change: HubChange, ctx: MergeContext, ours: readonly SyncEntry[]): ConflictRecord {
  const theirs = state.snapshot.history.filter((e) => e.seq > change.baseSeq).map(({ prevHash: _p, hash: _h, ...e }) => e);
  return {
    id: change.changeId,
    claimId: change.claimId,
    openedAt: ctx.at,
    change,
    ours: { author: ctx.author, entries: ours },
    theirs: { author: [...new Set(theirs.filter((e) => !AUTOMATIC_KINDS.has(e.kind)).map((e) => e.actor))].join(', '), entries: theirs },
    resolved: null,
  };
}

function withConflict(state: HubClaimState, conflict: ConflictRecord): HubClaimState {
  return { ...state, snapshot: { ...state.snapshot, conflicts: [...state.snapshot.conflicts, conflict] } };
}

export function mergeChange(state: HubClaimState | null, change: HubChange, ctx: MergeContext): MergeResult {
  if (change.create) {
    if (!state) {
      const snapshot = snapshotFromBody(change.claimId, change.create, ctx.hash);
      return { outcome: 'applied', state: { version: 1, decidedVersion: snapshot.history.some(isDecision) ? 1 : 0, snapshot } };
    }
    // Two workstations brought the same claim: the hub's stands. Work done on it before the first
    // sync is not dropped: it is kept as a conflict for a person to look at.
    const worked = change.create.entries.filter((e) => !AUTOMATIC_KINDS.has(e.kind));
    if (worked.length === 0) return { outcome: 'absorbed', state };
    const conflict = conflictOf(state, { ...change, baseSeq: state.snapshot.history.length }, ctx, worked);
    return { outcome: 'conflict', state: withConflict(state, conflict), conflict };
  }
  if (!state) return { outcome: 'rejected', state: null };

  // A clock transition the hub already has is not appended twice.
  const entries = (change.entries ?? []).filter((e) => !state.snapshot.history.some((h) => sameTransition(h, e)));
  const decidedMeanwhile = state.decidedVersion > change.baseVersion;
  if (decidedMeanwhile) {
    const meaningful = entries.filter((e) => e.kind !== 'comment');
    if (meaningful.length > 0) {
      if (meaningful.every((e) => AUTOMATIC_KINDS.has(e.kind))) return { outcome: 'absorbed', state };
      const conflict = conflictOf(state, change, ctx, entries);
      return { outcome: 'conflict', state: withConflict(state, conflict), conflict };
    }
    // Comments only: they join the thread; nothing else of the change is taken.
    const comments: HubChange = { ...change, set: undefined, products: undefined, checklist: undefined, productSupport: undefined, decisions: undefined };
    const snapshot = applyBody(change.claimId, state.snapshot, comments, entries, ctx.hash);
    return { outcome: 'applied', state: { ...state, version: state.version + 1, snapshot } };
  }
  // Every act on a workstation leaves a history entry: a change whose entries the hub all has
  // already (a clock transition both workstations made) brings nothing new.
  const dropped = (change.entries?.length ?? 0) > 0 && entries.length === 0;
  if (dropped || (entries.length === 0 && !change.set && !change.products && !change.checklist?.length && !change.productSupport?.length)) {
    return { outcome: 'absorbed', state };
  }
  const snapshot = applyBody(change.claimId, state.snapshot, change, entries, ctx.hash);
  const version = state.version + 1;
  return { outcome: 'applied', state: { version, decidedVersion: entries.some(isDecision) ? version : state.decidedVersion, snapshot } };
}

export class ConflictResolutionError extends Error {
  override name = 'ConflictResolutionError';
}

/**
 * A person settles a conflict: keep what the hub applied, or apply the kept change instead (its
 * columns, marks and entries on top of the claim as it now is). Either way the history records
 * who chose what, so the chain shows the conflict was seen and settled.
 */
export function resolveConflict(state: HubClaimState, conflictId: string, req: ResolveRequest, by: string, at: string, hash: MergeContext['hash']): HubClaimState {
  const conflict = state.snapshot.conflicts.find((c) => c.id === conflictId);
  if (!conflict) throw new ConflictResolutionError(`claim ${state.snapshot.claim.id ?? '?'} has no conflict ${conflictId}`);
  if (conflict.resolved) throw new ConflictResolutionError(`conflict ${conflictId} was already resolved by ${conflict.resolved.by} at ${conflict.resolved.at}`);
  const note = req.note?.trim() || null;
  const claimId = conflict.claimId;
  const record: SyncEntry = {
    seq: Number.MAX_SAFE_INTEGER,
    at,
    actor: by,
    side: 'reviewer',
    kind: 'conflict-resolved',
    detail: { change: conflict.id, author: conflict.ours.author, kept: req.keep, ...(note ? { note } : {}) },
  };
  const conflicts = state.snapshot.conflicts.map((c) => (c.id === conflictId ? { ...c, resolved: { by, at, kept: req.keep, note } } : c));
  const base: ClaimSnapshot = { ...state.snapshot, conflicts };
  const version = state.version + 1;
  if (req.keep === 'applied') {
    const { history } = chain(claimId, base.history, [record], hash);
    return { ...state, version, snapshot: { ...base, history } };
  }
  const ours = conflict.change.create
    ? { ...conflict.change, create: undefined, entries: [...conflict.ours.entries], comments: conflict.change.create.comments, decisions: conflict.change.create.decisions, checklist: conflict.change.create.checklist, productSupport: conflict.change.create.productSupport }
    : conflict.change;
  const { history } = chain(claimId, base.history, [record], hash);
  const snapshot = applyBody(claimId, { ...base, history }, ours, conflict.ours.entries, hash);
  return { version, decidedVersion: conflict.ours.entries.some(isDecision) ? version : state.decidedVersion, snapshot };
}
