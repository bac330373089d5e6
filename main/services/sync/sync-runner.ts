// Team sync inside a running app: one round at a time, a round every interval while a hub is set,
// a round on demand, and the status the status bar shows. The review lock is asked here too: online,
// a review another reviewer holds is refused; offline, the review starts and sync reconciles it.
import type { ConflictRecord, ResolveRequest } from '../../../shared/api/hub-sync';
import { DomainError } from '../../../shared/api/result';
import { type ConflictView, REFUSAL_ENTRIES_SHOWN, type RefusalView, type SyncStatus } from '../../../shared/api/sync';
import { pendingCount } from '../../store/outbox-table';
import { openConflictCount, openConflicts } from '../../store/sync-conflicts-table';
import { listRefusals, refusalCount } from '../../store/sync-refusals-table';
import { getMeta, workstationName } from '../../store/sync-state-table';
import type { ServiceContext } from '../context';
import { precheckPending } from '../prechecks';
import { hubApi, HubRefused, HubUnreachable } from './hub-client';
import { recordedRound, type SyncReport } from './sync-round';
import { hubAddress, hubSettings } from './sync-settings';

/** How often a running app syncs by itself. */
export const SYNC_INTERVAL_MS = 30_000;

export class SyncRunner {
  private running: Promise<SyncReport | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private state: SyncStatus['state'] | null = null;
  private prechecking: Promise<unknown> | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  status(): SyncStatus {
    const { db } = this.ctx.store;
    const settings = hubSettings(db, this.ctx.tokenVault);
    const configured = Boolean(settings.url && settings.hasToken);
    return {
      state: !configured ? 'off' : this.running ? 'syncing' : (this.state ?? ((getMeta(db, 'last-error') ?? '') ? 'offline' : 'idle')),
      hubUrl: settings.url,
      hasToken: settings.hasToken,
      workstation: workstationName(db),
      lastSyncAt: getMeta(db, 'last-sync') ?? null,
      lastPulled: Number(getMeta(db, 'last-pulled') ?? '0'),
      lastAttemptAt: getMeta(db, 'last-attempt') ?? null,
      lastError: getMeta(db, 'last-error') || null,
      pending: pendingCount(db),
      conflicts: openConflictCount(db),
      refused: refusalCount(db),
    };
  }

  /** One round now, or the one under way. Never throws: the outcome is in the status. */
  async syncNow(): Promise<SyncStatus> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    await this.running;
    return this.status();
  }

  private async round(): Promise<SyncReport | null> {
    const { db } = this.ctx.store;
    const hub = hubAddress(db, this.ctx.tokenVault);
    if (!hub) return null;
    try {
      const report = await recordedRound({ store: this.ctx.store, calendar: () => this.ctx.calendar, now: this.ctx.now, hub });
      this.state = 'idle';
      // Documents that came with pulled claims get their pre-check, as imported ones do.
      if (report.pulled > 0 && this.timer) {
        this.prechecking ??= precheckPending(this.ctx, { stop: () => this.timer === null })
          .catch((err: unknown) => console.error('cpor: pre-check after sync failed', err))
          .finally(() => {
            this.prechecking = null;
          });
      }
      return report;
    } catch (err) {
      this.state = err instanceof HubRefused ? 'refused' : 'offline';
      if (!(err instanceof HubRefused) && !(err instanceof HubUnreachable)) console.error('cpor: sync round failed', err);
      return null;
    }
  }

  start(intervalMs = SYNC_INTERVAL_MS): void {
    if (this.timer) return;
    const tick = () => {
      if (!this.timer) return;
      try {
        if (hubAddress(this.ctx.store.db, this.ctx.tokenVault)) void this.syncNow();
      } catch (err) {
        console.error('cpor: sync could not start a round', err);
      }
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    setTimeout(tick, 1000).unref();
  }

  /** Stops the loop and waits for the round (and pre-checks) under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([this.running, this.prechecking]);
  }

  /** Takes the review lock before a review starts; offline, the review goes ahead without it. */
  async takeReviewLock(claimId: string): Promise<void> {
    const hub = hubAddress(this.ctx.store.db, this.ctx.tokenVault);
    if (!hub) return;
    try {
      const lease = await hubApi.lease(hub, claimId);
      if (!lease.held) {
        throw new DomainError('conflict', `${lease.holder} is reviewing claim ${claimId} (review lock until ${lease.expiresAt})`, {
          key: 'review-locked',
          params: { claim: claimId, holder: lease.holder, until: lease.expiresAt },
        });
      }
    } catch (err) {
      if (err instanceof HubUnreachable || err instanceof HubRefused) return;
      throw err;
    }
  }

  /** A decision that ends the review gives the lock back; a hub out of reach lets it expire. */
  async releaseReviewLock(claimId: string): Promise<void> {
    const hub = hubAddress(this.ctx.store.db, this.ctx.tokenVault);
    if (!hub) return;
    await hubApi.release(hub, claimId).catch(() => undefined);
  }

  conflicts(): ConflictView[] {
    const side = (s: ConflictRecord['ours']) => ({ author: s.author, entries: [...s.entries] });
    return openConflicts(this.ctx.store.db).map((c) => ({ id: c.id, claimId: c.claimId, openedAt: c.openedAt, ours: side(c.ours), theirs: side(c.theirs) }));
  }

  /** Changes the hub refused, newest first (one claim's with claimId), each with what it did. */
  refusals(claimId?: string): RefusalView[] {
    return listRefusals(this.ctx.store.db, claimId).map((r) => ({
      changeId: r.changeId,
      claimId: r.claimId,
      refusedAt: r.refusedAt,
      code: r.code,
      message: r.message,
      entries: r.entries.slice(-REFUSAL_ENTRIES_SHOWN).map((e) => ({
        kind: e.kind,
        actor: e.actor,
        side: e.side,
        at: e.at,
        action: e.kind === 'decision' && typeof e.detail['action'] === 'string' ? e.detail['action'] : null,
      })),
      entryCount: r.entries.length,
    }));
  }

  /** A person settles a conflict on the hub (online only), then the round brings the claim back. */
  async resolve(input: ResolveRequest & { claimId: string; conflictId: string }): Promise<SyncStatus> {
    const hub = hubAddress(this.ctx.store.db, this.ctx.tokenVault);
    if (!hub) throw new DomainError('invalid-input', 'no team hub is set: conflicts are resolved on the hub', { key: 'hub-refused', params: { detail: 'no hub is set' } });
    try {
      await hubApi.resolve(hub, input);
    } catch (err) {
      if (err instanceof HubUnreachable) throw new DomainError('unavailable', err.message, { key: 'hub-unreachable', params: { detail: err.message } });
      if (err instanceof HubRefused) throw new DomainError(err.status === 403 ? 'forbidden' : 'conflict', err.message, { key: 'hub-refused', params: { detail: err.message } });
      throw err;
    }
    return this.syncNow();
  }
}

const runners = new WeakMap<ServiceContext, SyncRunner>();

/** The one runner of a running app's context. */
export function syncRunnerFor(ctx: ServiceContext): SyncRunner {
  let runner = runners.get(ctx);
  if (!runner) {
    runner = new SyncRunner(ctx);
    runners.set(ctx, runner);
  }
  return runner;
}
