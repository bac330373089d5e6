// The team lead's view: the dashboard as the store last answered it, the claims picked in the
// urgent lists, and assignment. After an assignment the dashboard, the desk's queue and an open
// claim are all read again, so no screen keeps showing who had the claims before.
import { create } from 'zustand';
import type { TeamDashboard } from '../../shared/api/team';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { useClaimStore } from './claimStore';
import { useQueueStore } from './queueStore';

/** The periods the decisions-per-day chart offers, in days (today included). */
export const PERIODS = [7, 14, 30] as const;
export type Period = (typeof PERIODS)[number];

/**
 * What the last assignment did, kept as facts and worded where it is shown (features/team/
 * AssignOutcomeText), so it follows a switch of language; a refusal keeps the service's error.
 */
export type AssignOutcome =
  | { readonly ok: true; readonly changed: number; readonly unchanged: number; readonly to: string | null }
  | { readonly ok: false; readonly error: ApiError };

interface TeamState {
  readonly dashboard: TeamDashboard | null;
  readonly days: Period;
  readonly loading: boolean;
  readonly error: ApiError | null;
  /** Bumped on every load; an answer for an older one is dropped. */
  readonly generation: number;

  /** Claim ids ticked in the urgent lists. */
  readonly selected: ReadonlySet<string>;
  readonly assigning: boolean;
  /** What the last assignment did, or why it was refused; shown beside the lists. */
  readonly outcome: AssignOutcome | null;

  readonly load: () => Promise<void>;
  readonly setDays: (days: Period) => void;
  readonly toggle: (id: string) => void;
  /** Ticks (or unticks) every claim given, e.g. a whole list. */
  readonly setSelected: (ids: readonly string[], on: boolean) => void;
  readonly clearSelection: () => void;
  /** Gives the claims to `to` (null: to nobody); true when the store took it. */
  readonly assign: (ids: readonly string[], to: string | null) => Promise<boolean>;
  readonly dismissOutcome: () => void;
}

export const useTeamStore = create<TeamState>()((set, get) => ({
  dashboard: null,
  days: 14,
  loading: false,
  error: null,
  generation: 0,
  selected: new Set(),
  assigning: false,
  outcome: null,

  async load() {
    const generation = get().generation + 1;
    set({ generation, loading: true });
    try {
      const dashboard = await call('team.dashboard', { days: get().days });
      if (get().generation !== generation) return;
      // Ticks on claims that left the urgent lists would act on claims no longer shown.
      const shown = new Set([...dashboard.breached.claims, ...dashboard.atRisk.claims].map((c) => c.id));
      set((s) => ({ dashboard, loading: false, error: null, selected: new Set([...s.selected].filter((id) => shown.has(id))) }));
    } catch (error) {
      if (get().generation !== generation) return;
      set({ loading: false, error: toApiError(error) });
    }
  },

  setDays(days) {
    set({ days });
    void get().load();
  },

  toggle(id) {
    const selected = new Set(get().selected);
    if (!selected.delete(id)) selected.add(id);
    set({ selected });
  },

  setSelected(ids, on) {
    const selected = new Set(get().selected);
    for (const id of ids) {
      if (on) selected.add(id);
      else selected.delete(id);
    }
    set({ selected });
  },

  clearSelection: () => set({ selected: new Set() }),

  async assign(ids, to) {
    if (ids.length === 0 || get().assigning) return false;
    set({ assigning: true, outcome: null });
    try {
      const result = await call('claim.assignMany', { claimIds: [...ids], to });
      set({ assigning: false, selected: new Set(), outcome: { ok: true, changed: result.changed.length, unchanged: result.unchanged.length, to } });
      useQueueStore.getState().reload();
      const openId = useClaimStore.getState().openId;
      if (openId && ids.includes(openId)) void useClaimStore.getState().reload();
      await get().load();
      return true;
    } catch (error) {
      set({ assigning: false, outcome: { ok: false, error: toApiError(error) } });
      // Nothing changed, but a refusal usually means a claim moved on (closed, say): show it as it is.
      void get().load();
      return false;
    }
  },

  dismissOutcome: () => set({ outcome: null }),
}));
