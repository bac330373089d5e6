import { create } from 'zustand';
import type { ClaimDetail, DecideInput, QueueRow } from '../../shared/api/schemas';
import type { Action } from '../../shared/domain/codes';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { useQueueStore } from './queueStore';

/**
 * The decisions the desk offers today: those needing no reason, deficiencies or message. The API
 * takes every reviewer decision; the others arrive with their dialogs (request info, reject...).
 */
export const SUPPORTED_ACTIONS = ['start-review', 'approve'] as const satisfies readonly DecideInput['action'][];
export type DecideAction = (typeof SUPPORTED_ACTIONS)[number];

export function isSupportedAction(action: Action): action is DecideAction {
  return (SUPPORTED_ACTIONS as readonly Action[]).includes(action);
}

interface ClaimState {
  readonly openId: string | null;
  readonly claim: ClaimDetail | null;
  readonly loading: boolean;
  /** The claim could not be loaded at all. */
  readonly loadError: ApiError | null;
  /** A decision was refused or failed; shown in a dismissable banner. */
  readonly actionError: ApiError | null;
  readonly pending: DecideAction | null;

  readonly open: (id: string) => void;
  readonly close: () => void;
  readonly reload: () => Promise<void>;
  readonly decide: (action: DecideAction) => Promise<boolean>;
  readonly dismissActionError: () => void;
}

function rowOf(claim: ClaimDetail): QueueRow {
  return {
    id: claim.id,
    status: claim.status,
    assignee: claim.assignee,
    partner: { mpnId: claim.partner.mpnId, name: claim.partner.name },
    customer: { tenantId: claim.customer.tenantId, name: claim.customer.name },
    products: claim.products,
    productFamily: claim.productFamily,
    activity: claim.activity,
    submittedAt: claim.submittedAt,
    sla: claim.sla,
    competing: claim.competing,
  };
}

export const useClaimStore = create<ClaimState>()((set, get) => {
  async function fetchClaim(id: string): Promise<void> {
    set({ loading: true, loadError: null });
    try {
      const claim = await call('claim.get', { id });
      if (get().openId !== id) return;
      set({ claim, loading: false });
      useQueueStore.getState().patchRow(rowOf(claim));
    } catch (error) {
      if (get().openId !== id) return;
      set({ loading: false, loadError: toApiError(error) });
    }
  }

  return {
    openId: null,
    claim: null,
    loading: false,
    loadError: null,
    actionError: null,
    pending: null,

    open(id) {
      set({ openId: id, claim: null, actionError: null, pending: null });
      void fetchClaim(id);
    },

    close() {
      set({ openId: null, claim: null, loading: false, loadError: null, actionError: null, pending: null });
    },

    async reload() {
      const { openId } = get();
      if (openId) await fetchClaim(openId);
    },

    async decide(action) {
      const { claim, pending } = get();
      if (!claim || pending) return false;
      set({ pending: action, actionError: null });
      try {
        const updated = await call('claim.decide', { claimId: claim.id, action, expectedVersion: claim.version });
        if (get().openId !== claim.id) return true;
        set({ claim: updated, pending: null });
        useQueueStore.getState().patchRow(rowOf(updated));
        return true;
      } catch (error) {
        const apiError = toApiError(error);
        if (get().openId !== claim.id) return false;
        set({ pending: null, actionError: apiError });
        // Someone else changed the claim: show what it is now, so the next click is informed.
        if (apiError.code === 'conflict' || apiError.code === 'illegal-transition') void get().reload();
        return false;
      }
    },

    dismissActionError: () => set({ actionError: null }),
  };
});
