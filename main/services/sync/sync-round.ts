// One sync round, as `cpor sync` runs it and the app's sync loop repeats it: push every queued change
// (the journal first, batch by batch), then pull the team's settings (team-settings.ts) and every
// claim the hub updated since the cursor. A round that meets an unreachable hub stops where it is;
// the next one carries on from there.
import { existsSync, realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import type { ClaimSnapshot, PushResult } from '../../../shared/api/hub-sync';
import { MAX_PULL } from '../../../shared/api/hub-sync';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import { filePath, putFile, readStoredFile } from '../../store/file-store';
import { sha256Hex } from '../../store/hash';
import type { Db, Store } from '../../store/open';
import { hasPending, markBatchSent, pendingCount, unbatchClaim } from '../../store/outbox-table';
import { type Batch, deleteBatch, pendingBatch } from '../../store/sync-batches-table';
import { openConflictCount } from '../../store/sync-conflicts-table';
import { recordRefusal } from '../../store/sync-refusals-table';
import { forgetSyncClaim, pullCursor, setHubVersion, setMeta, settleHubIdentity, settleWorkstationPlace } from '../../store/sync-state-table';
import { applySnapshot } from './apply-snapshot';
import { buildBatch } from './build-batch';
import { hubApi, type HubAddress, HubRefused } from './hub-client';
import { pullTeamSettings } from './team-settings';

export interface SyncRoundOptions {
  readonly store: Store;
  readonly calendar: () => CalendarConfig;
  readonly now: () => Date;
  readonly hub: HubAddress;
  /** Claims per pull page (the hub serves at most 1,000). */
  readonly pageSize?: number;
  /** Claims per push batch. */
  readonly pushSize?: number;
  /** Told after each batch and page: for progress and for tests that cut the network mid-round. */
  readonly onStep?: (step: { readonly kind: 'pushed' | 'pulled'; readonly count: number }) => void | Promise<void>;
}

export interface RoundRefusal {
  readonly changeId: string;
  readonly claimId: string;
  readonly code: string;
  readonly message: string;
}

export interface SyncReport {
  readonly pushed: number;
  readonly applied: number;
  readonly conflicts: number;
  readonly absorbed: number;
  readonly rejected: number;
  /** Changes the hub's rules refused this round: kept on the store (sync_refusals), never resent. */
  readonly refused: number;
  readonly refusals: readonly RoundRefusal[];
  readonly pulled: number;
  /** Pulled claims left for the next round: they changed here while the round ran. */
  readonly skipped: number;
  readonly cursor: number;
  readonly pending: number;
  readonly openConflicts: number;
  /**
   * The team hub's settings after the round: the version in force here (null: the hub has none,
   * and this store's own apply), whether the round changed them here, and the deadlines that moved.
   */
  readonly teamSettings: { readonly version: number | null; readonly changed: boolean; readonly deadlines: number };
}

async function uploadFiles(opts: SyncRoundOptions, batch: Batch): Promise<void> {
  const docs = batch.request.changes.flatMap((c) => c.create?.documents ?? c.documents ?? []);
  if (docs.length === 0) return;
  const { missing } = await hubApi.missingFiles(opts.hub, docs.map((d) => d.sha256));
  for (const sha of missing) {
    const doc = docs.find((d) => d.sha256 === sha)!;
    await hubApi.putFile(opts.hub, sha, doc.mediaType, readStoredFile(opts.store.filesDir, sha));
  }
}

/**
 * Takes the hub's answers in one transaction. A refused change is kept, with the hub's reason, for
 * the person to see, and the claim goes back to what the hub holds (or, when the hub has none, is
 * handed over whole with its next change); a refusal is never resent.
 */
function recordAnswers(db: Db, batch: Batch, result: PushResult, at: string, calendar: CalendarConfig): void {
  db.transaction(() => {
    const sent = new Map(batch.request.changes.map((c) => [c.changeId, c]));
    for (const a of result.answers) {
      if (a.outcome === 'refused') {
        const change = sent.get(a.changeId);
        recordRefusal(db, {
          changeId: a.changeId,
          claimId: a.claimId,
          refusedAt: at,
          code: a.reason?.code ?? 'refused',
          message: a.reason?.message ?? 'the hub refused this change',
          entries: change?.create?.entries ?? change?.entries ?? [],
        });
        if (a.claim) applySnapshot(db, a.claimId, a.claim.version, a.claim.snapshot, calendar);
        else if (change) forgetSyncClaim(db, a.claimId);
      } else if (a.outcome === 'rejected') {
        // The hub has never had the claim: hand it over whole next time.
        forgetSyncClaim(db, a.claimId);
        unbatchClaim(db, batch.id, a.claimId);
      } else if (a.outcome !== 'conflict') {
        setHubVersion(db, a.claimId, a.version);
      }
    }
    markBatchSent(db, batch.id, at);
    deleteBatch(db, batch.id);
  }).immediate();
}

async function fetchFiles(opts: SyncRoundOptions, claims: readonly { readonly snapshot: Pick<ClaimSnapshot, 'documents'> }[]): Promise<void> {
  for (const claim of claims) {
    for (const d of claim.snapshot.documents) {
      if (existsSync(filePath(opts.store.filesDir, d.sha256))) continue;
      const bytes = await hubApi.getFile(opts.hub, d.sha256);
      if (sha256Hex(bytes) !== d.sha256) throw new HubRefused(502, 'bad-file', `the hub sent file ${d.sha256} with other content`);
      await putFile(opts.store.filesDir, d.sha256, bytes);
    }
  }
}

/**
 * A round whose attempt, success and last error are kept in the store, for the status bar and the
 * CLI alike. A hub out of reach or refusing is recorded and thrown on; nothing is lost either way.
 */
export async function recordedRound(opts: SyncRoundOptions): Promise<SyncReport> {
  setMeta(opts.store.db, 'last-attempt', opts.now().toISOString());
  try {
    const report = await syncOnce(opts);
    setMeta(opts.store.db, 'last-error', '');
    return report;
  } catch (err) {
    setMeta(opts.store.db, 'last-error', (err as Error).message);
    throw err;
  }
}

/** The machine and folder a store lives in: a copy of the store lives elsewhere. */
function placeOf(dataDir: string): string {
  return `${hostname()}:${realpathSync(dataDir)}`;
}

export async function syncOnce(opts: SyncRoundOptions): Promise<SyncReport> {
  const { db } = opts.store;
  settleWorkstationPlace(db, placeOf(opts.store.dataDir));
  // Who the hub takes this store's changes from: the people, roles and rules of the round are its.
  const me = await hubApi.session(opts.hub);
  settleHubIdentity(db, { name: me.name, role: me.role, hubUrl: opts.hub.url });
  const counts = { pushed: 0, applied: 0, conflicts: 0, absorbed: 0, rejected: 0, refused: 0, pulled: 0, skipped: 0 };
  const refusals: RoundRefusal[] = [];
  for (;;) {
    const batch = pendingBatch(db) ?? buildBatch(db, opts.now().toISOString(), opts.pushSize);
    if (!batch) break;
    await uploadFiles(opts, batch);
    const result = await hubApi.push(opts.hub, batch.request);
    const refusedClaims = result.answers.flatMap((a) => (a.outcome === 'refused' && a.claim ? [{ snapshot: a.claim.snapshot }] : []));
    await fetchFiles(opts, refusedClaims);
    recordAnswers(db, batch, result, opts.now().toISOString(), opts.calendar());
    for (const a of result.answers) {
      counts.pushed += 1;
      counts[a.outcome === 'conflict' ? 'conflicts' : a.outcome] += 1;
      if (a.outcome === 'refused') refusals.push({ changeId: a.changeId, claimId: a.claimId, code: a.reason?.code ?? 'refused', message: a.reason?.message ?? '' });
    }
    await opts.onStep?.({ kind: 'pushed', count: result.answers.length });
  }
  // The team's settings first: the claims pulled next get their deadlines in the team's calendar.
  const team = await pullTeamSettings(db, opts.hub);
  let cursor = pullCursor(db);
  for (;;) {
    const page = await hubApi.pull(opts.hub, cursor, Math.min(opts.pageSize ?? MAX_PULL, MAX_PULL));
    await fetchFiles(opts, page.claims);
    const calendar = opts.calendar();
    db.transaction(() => {
      for (const c of page.claims) {
        if (hasPending(db, c.claimId)) {
          counts.skipped += 1;
          continue;
        }
        applySnapshot(db, c.claimId, c.version, c.snapshot, calendar);
        counts.pulled += 1;
      }
      setMeta(db, 'cursor', String(page.next));
    }).immediate();
    cursor = page.next;
    await opts.onStep?.({ kind: 'pulled', count: page.claims.length });
    if (!page.more) break;
  }
  db.transaction(() => {
    setMeta(db, 'last-sync', opts.now().toISOString());
    setMeta(db, 'last-pulled', String(counts.pulled));
  })();
  const teamSettings = { version: team.version, changed: team.changed, deadlines: team.deadlines };
  return { ...counts, refusals, cursor, pending: pendingCount(db), openConflicts: openConflictCount(db), teamSettings };
}
