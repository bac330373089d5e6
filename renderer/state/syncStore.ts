// Team sync as the screens see it: the status the top bar shows (asked every few seconds: a local
// call that never reaches the hub), the hub settings, the conflicts the hub keeps open and the
// changes it refused. After anything that may change a claim (a round, a resolution, a refusal,
// which puts the claim back as the hub holds it) the open claim and the queue are read again, so no
// screen keeps showing the claim as it was before the hub's version came in.
import { create } from 'zustand';
import type { ConflictView, RefusalView, SyncConfigure, SyncStatus } from '../../shared/api/sync';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { useClaimStore } from './claimStore';
import { useQueueStore } from './queueStore';

export const SYNC_POLL_MS = 4_000;

interface SyncState {
  readonly status: SyncStatus | null;
  /** The status could not be read (the workstation service itself is away). */
  readonly statusError: ApiError | null;
  readonly running: boolean;
  readonly saving: boolean;
  /** Why the last save of the hub settings was refused. */
  readonly saveError: ApiError | null;
  readonly conflicts: readonly ConflictView[] | null;
  readonly conflictsError: ApiError | null;
  readonly conflictsOpen: boolean;
  /** The conflict being resolved, so only its buttons wait. */
  readonly resolving: string | null;
  readonly resolveError: { readonly conflictId: string; readonly error: ApiError } | null;
  /** Every change the hub refused, newest first (the list the top bar leads to). */
  readonly refusals: readonly RefusalView[] | null;
  readonly refusalsError: ApiError | null;
  readonly refusalsOpen: boolean;
  /** The list shows one claim's refused changes (opened from that claim), or every claim's (null). */
  readonly refusalsClaim: string | null;
  /** The refused changes of the claim on screen. */
  readonly claimRefusals: { readonly claimId: string; readonly list: readonly RefusalView[]; readonly error: ApiError | null } | null;

  readonly refresh: () => Promise<void>;
  readonly runNow: () => Promise<void>;
  /** True when the hub settings were saved. */
  readonly configure: (input: SyncConfigure) => Promise<boolean>;
  readonly openConflicts: () => void;
  readonly closeConflicts: () => void;
  readonly loadConflicts: () => Promise<void>;
  readonly resolve: (conflict: ConflictView, keep: 'applied' | 'ours', note: string) => Promise<boolean>;
  readonly openRefusals: (claimId?: string) => void;
  readonly closeRefusals: () => void;
  readonly loadRefusals: () => Promise<void>;
  /** Reads one claim's refused changes (the claim screen asks when it opens and when the count moves). */
  readonly loadClaimRefusals: (claimId: string) => Promise<void>;
}

/** The claim whose refusals were asked last: an older answer for another claim is dropped. */
let claimRefusalsWanted: string | null = null;

/** What a round or a resolution may have changed on screen. */
function rereadClaims(): void {
  void useQueueStore.getState().refresh();
  if (useClaimStore.getState().openId) void useClaimStore.getState().reload();
}

export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  statusError: null,
  running: false,
  saving: false,
  saveError: null,
  conflicts: null,
  conflictsError: null,
  conflictsOpen: false,
  resolving: null,
  resolveError: null,
  refusals: null,
  refusalsError: null,
  refusalsOpen: false,
  refusalsClaim: null,
  claimRefusals: null,

  async refresh() {
    const before = get().status;
    try {
      const status = await call('sync.status', {});
      set({ status, statusError: null });
      // A round the app ran by itself is not reread after (it runs every half-minute, and a
      // reviewer reading a claim would see it flicker), unless it opened or closed a conflict or
      // the hub refused a change (the claim went back to what the hub holds).
      if (before && (before.conflicts !== status.conflicts || before.refused !== status.refused)) rereadClaims();
      // The list is kept whenever there are conflicts: the claim screen marks a claim that has one.
      if (before?.conflicts !== status.conflicts) void get().loadConflicts();
      if (before && before.refused !== status.refused && get().refusalsOpen) void get().loadRefusals();
    } catch (error) {
      set({ statusError: toApiError(error) });
    }
  },

  async runNow() {
    if (get().running) return;
    const before = get().status;
    set({ running: true, status: before && before.state !== 'off' ? { ...before, state: 'syncing' } : before });
    try {
      const status = await call('sync.run', {});
      set({ status, statusError: null, running: false });
      rereadClaims();
      void get().loadConflicts();
      if (before?.refused !== status.refused && get().refusalsOpen) void get().loadRefusals();
    } catch (error) {
      set({ statusError: toApiError(error), running: false });
    }
  },

  async configure(input) {
    set({ saving: true, saveError: null });
    try {
      const status = await call('sync.configure', input);
      set({ status, saving: false });
      void get().loadConflicts();
      return true;
    } catch (error) {
      set({ saving: false, saveError: toApiError(error) });
      return false;
    }
  },

  openConflicts() {
    set({ conflictsOpen: true, resolveError: null });
    void get().loadConflicts();
  },

  closeConflicts: () => set({ conflictsOpen: false }),

  async loadConflicts() {
    try {
      set({ conflicts: await call('sync.conflicts', {}), conflictsError: null });
    } catch (error) {
      set({ conflictsError: toApiError(error) });
    }
  },

  async resolve(conflict, keep, note) {
    if (get().resolving) return false;
    set({ resolving: conflict.id, resolveError: null });
    try {
      const trimmed = note.trim();
      const status = await call('sync.resolve', { claimId: conflict.claimId, conflictId: conflict.id, keep, ...(trimmed ? { note: trimmed } : {}) });
      set({ status, resolving: null });
      rereadClaims();
      await get().loadConflicts();
      return true;
    } catch (error) {
      set({ resolving: null, resolveError: { conflictId: conflict.id, error: toApiError(error) } });
      return false;
    }
  },

  openRefusals(claimId) {
    set({ refusalsOpen: true, refusalsClaim: claimId ?? null, refusals: null, refusalsError: null });
    void get().loadRefusals();
  },

  closeRefusals: () => set({ refusalsOpen: false }),

  async loadRefusals() {
    try {
      const claimId = get().refusalsClaim;
      const refusals = await call('sync.refusals', claimId ? { claimId } : {});
      if (get().refusalsClaim === claimId) set({ refusals, refusalsError: null });
    } catch (error) {
      set({ refusalsError: toApiError(error) });
    }
  },

  async loadClaimRefusals(claimId) {
    claimRefusalsWanted = claimId;
    try {
      const list = await call('sync.refusals', { claimId });
      if (claimRefusalsWanted === claimId) set({ claimRefusals: { claimId, list, error: null } });
    } catch (error) {
      if (claimRefusalsWanted === claimId) set({ claimRefusals: { claimId, list: [], error: toApiError(error) } });
    }
  },
}));

/** Asks the status now and every few seconds while the window shows; returns the stop. */
export function pollSyncStatus(): () => void {
  void useSyncStore.getState().refresh();
  const timer = setInterval(() => {
    if (document.visibilityState !== 'hidden') void useSyncStore.getState().refresh();
  }, SYNC_POLL_MS);
  return () => clearInterval(timer);
}
