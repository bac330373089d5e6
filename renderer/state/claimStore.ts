// The open claim and everything a reviewer does to it: checklist ticks (saved as they are made),
// decisions through their dialogs, comments, "next claim", and the history chain check.
import { create } from 'zustand';
import { type ClaimDetail, type DecideInput, type QueueRow, REVIEWER_ACTIONS, type VerifyReport } from '../../shared/api/schemas';
import type { Deficiency } from '../../shared/domain/codes';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { errorLine } from '../api/error-text';
import { currentLanguage, i18n } from '../i18n/i18n';
import { useQueueStore } from './queueStore';

/** Every decision a reviewer takes at the desk (DecideInputSchema's actions). */
export type ReviewerAction = DecideInput['action'];

/** The decisions that need a dialog (a reason, a message, an override or a confirmation): all but starting a review. */
export type DialogAction = Exclude<ReviewerAction, 'start-review'>;
export const DIALOG_ACTIONS: readonly DialogAction[] = REVIEWER_ACTIONS.filter((a): a is DialogAction => a !== 'start-review');

/** What the reviewer sends with a decision; the claim id and version are the store's business. */
export type DecisionFields = Omit<DecideInput, 'claimId' | 'expectedVersion'>;

/** A message being written in a dialog or the comment box; kept until it is sent. */
export interface Draft {
  /** null while the text follows its template (nothing typed yet). */
  readonly text: string | null;
}

/** The side panel's tabs under the checklist. */
export type SideTab = 'details' | 'comments' | 'history';

export interface StoreCheck {
  readonly state: 'running' | 'done' | 'failed';
  readonly report: VerifyReport | null;
  readonly error: ApiError | null;
  readonly at: number;
}

interface ClaimState {
  readonly openId: string | null;
  readonly claim: ClaimDetail | null;
  readonly loading: boolean;
  /** The claim could not be loaded at all. */
  readonly loadError: ApiError | null;
  /** A change outside a dialog (start review, a tick) was refused; shown in a dismissable banner. */
  readonly actionError: ApiError | null;
  readonly pending: ReviewerAction | null;

  /** The decision dialog on screen, if any. */
  readonly dialog: DialogAction | null;
  /** The last refusal inside the dialog; the dialog and its text stay. */
  readonly dialogError: ApiError | null;
  /** Texts being written, by `draftKey(claimId, field)`; survive closing a dialog or switching tabs. */
  readonly drafts: Readonly<Record<string, Draft>>;
  /** The language last chosen for a message to the partner; at first the UI's. */
  readonly language: 'en' | 'fr';
  /** The decision just recorded on the open claim: the desk offers the next claim. */
  readonly decided: { readonly claimId: string; readonly action: ReviewerAction } | null;

  /** Checklist ticks sent and not yet answered. */
  readonly ticksSaving: number;

  readonly commentPending: boolean;
  readonly commentError: ApiError | null;

  /** "Next claim" is on its way. */
  readonly takingNext: boolean;
  /** A short message that needs no answer ("no claim is waiting"); fades by itself. */
  readonly notice: { readonly id: number; readonly text: string } | null;
  /** The last whole-store verification (store.verify), run on demand. */
  readonly storeCheck: StoreCheck | null;
  /** The reviewer's tab stays chosen from one claim to the next. */
  readonly sideTab: SideTab;

  readonly open: (id: string) => void;
  readonly close: () => void;
  readonly reload: () => Promise<void>;
  readonly startReview: () => Promise<boolean>;
  readonly decide: (fields: DecisionFields) => Promise<boolean>;
  readonly setDeficiency: (code: Deficiency, open: boolean) => void;
  readonly toggleDeficiency: (code: Deficiency) => void;
  /** Marks whether the PoE supports one claimed product (null clears); saved as it is made. */
  readonly setProductSupport: (product: string, supported: boolean | null) => void;
  readonly openDialog: (action: DialogAction) => void;
  /**
   * Closes the dialog of `action`, if it is still the one open. A native <dialog> announces its
   * close a task after Escape; a key pressed in between may already have opened the next one.
   */
  readonly closeDialog: (action: DialogAction) => void;
  readonly setDraft: (key: string, text: string | null) => void;
  readonly setLanguage: (language: 'en' | 'fr') => void;
  readonly addComment: (text: string, internal: boolean) => Promise<boolean>;
  readonly takeNext: () => Promise<void>;
  readonly verifyStore: () => Promise<void>;
  readonly showNotice: (text: string) => void;
  readonly dismissNotice: () => void;
  readonly dismissActionError: () => void;
  readonly setSideTab: (tab: SideTab) => void;
}

export function draftKey(claimId: string, field: string): string {
  return `${claimId}|${field}`;
}

/** A product's mark shares the unsaved-ticks map with the deficiencies, under its own prefix. */
function productKey(product: string): string {
  return `product:${product}`;
}

export function isTerminal(claim: Pick<ClaimDetail, 'status'>): boolean {
  return TERMINAL_STATUSES.includes(claim.status);
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
    duplicatePoe: claim.duplicatePoe,
  };
}

/** Fresh state for a newly opened claim. */
const CLAIM_RESET = {
  loadError: null,
  actionError: null,
  pending: null,
  dialog: null,
  dialogError: null,
  decided: null,
  commentError: null,
  // A notice speaks of the claim it was about; it goes when another claim opens.
  notice: null,
} as const;

export const useClaimStore = create<ClaimState>()((set, get) => {
  // Ticks are saved one after the other, and a decision waits for them, so the store always
  // decides on the checklist the reviewer sees. Marks not yet saved stay visible over any answer.
  let saving: Promise<void> = Promise.resolve();
  const unsaved = new Map<string, boolean | null>();
  let noticeId = 0;

  function withUnsaved(claim: ClaimDetail): ClaimDetail {
    if (![...unsaved.keys()].some((k) => k.startsWith(`${claim.id}|`))) return claim;
    return {
      ...claim,
      checklist: claim.checklist.map((item) => {
        const mark = unsaved.get(draftKey(claim.id, item.code));
        return mark === undefined || mark === null ? item : { ...item, open: mark };
      }),
      productSupport: claim.productSupport.map((entry) => {
        const key = draftKey(claim.id, productKey(entry.product));
        return unsaved.has(key) ? { ...entry, supported: unsaved.get(key) ?? null } : entry;
      }),
    };
  }

  /**
   * Shows checklist marks at once and saves them in order; a refusal reloads the claim as stored.
   * `marks` are keyed as the unsaved map is (a deficiency code, or productKey(product)).
   */
  function saveMark(marks: Readonly<Record<string, boolean | null>>, request: (claimId: string) => Promise<ClaimDetail>): void {
    const { claim } = get();
    if (!claim) return;
    if (isTerminal(claim)) {
      get().showNotice(i18n.t('checklist.closedNotice'));
      return;
    }
    const claimId = claim.id;
    const entries = Object.entries(marks).map(([field, value]) => [draftKey(claimId, field), value] as const);
    for (const [key, value] of entries) unsaved.set(key, value);
    set((s) => ({ claim: withUnsaved(claim), actionError: null, ticksSaving: s.ticksSaving + 1 }));
    const settle = () => {
      for (const [key, value] of entries) if (unsaved.get(key) === value) unsaved.delete(key);
    };
    saving = saving.then(async () => {
      try {
        const updated = await request(claimId);
        settle();
        show(updated);
      } catch (error) {
        settle();
        if (get().openId === claimId) {
          set({ actionError: toApiError(error) });
          await fetchClaim(claimId);
        }
      } finally {
        set((s) => ({ ticksSaving: s.ticksSaving - 1 }));
      }
    });
  }

  /** Shows a claim the backend just returned, if it is still the open one. */
  function show(claim: ClaimDetail): void {
    if (get().openId !== claim.id) return;
    set({ claim: withUnsaved(claim), loading: false });
    useQueueStore.getState().patchRow(rowOf(claim));
  }

  async function fetchClaim(id: string): Promise<void> {
    set({ loading: true, loadError: null });
    try {
      show(await call('claim.get', { id }));
    } catch (error) {
      if (get().openId !== id) return;
      set({ loading: false, loadError: toApiError(error) });
    }
  }

  /** Runs a decision; the refusal goes where the reviewer is looking (dialog or banner). */
  async function runDecision(fields: DecisionFields, inDialog: boolean): Promise<boolean> {
    const { claim, pending } = get();
    if (!claim || pending) return false;
    set({ pending: fields.action, actionError: null, dialogError: null });
    await saving;
    const current = get().claim ?? claim;
    try {
      const updated = await call('claim.decide', { ...fields, claimId: current.id, expectedVersion: current.version });
      if (get().openId !== current.id) return true;
      set({ pending: null, decided: { claimId: current.id, action: fields.action }, ...(inDialog ? { dialog: null } : {}) });
      show(updated);
      // The decision moves the claim in the queue (a paused clock sorts below a breached one).
      void useQueueStore.getState().refresh();
      return true;
    } catch (error) {
      const apiError = toApiError(error);
      if (get().openId !== current.id) return false;
      set(inDialog ? { pending: null, dialogError: apiError } : { pending: null, actionError: apiError });
      // Someone else changed the claim: show what it is now, so the next step is informed.
      if (apiError.code === 'conflict' || apiError.code === 'illegal-transition') void fetchClaim(current.id);
      return false;
    }
  }

  return {
    openId: null,
    claim: null,
    loading: false,
    ...CLAIM_RESET,
    drafts: {},
    language: currentLanguage(),
    ticksSaving: 0,
    commentPending: false,
    takingNext: false,
    notice: null,
    storeCheck: null,
    sideTab: 'details',

    open(id) {
      set({ openId: id, claim: null, ...CLAIM_RESET });
      void fetchClaim(id);
    },

    close() {
      set({ openId: null, claim: null, loading: false, ...CLAIM_RESET });
    },

    async reload() {
      const { openId } = get();
      if (openId) await fetchClaim(openId);
    },

    startReview: () => runDecision({ action: 'start-review' }, false),

    async decide(fields) {
      const ok = await runDecision(fields, true);
      const { claim } = get();
      if (ok && claim) {
        // The words were sent: their drafts are done with.
        const prefix = draftKey(claim.id, '');
        set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => !k.startsWith(prefix) || k.endsWith('|comment'))) }));
      }
      return ok;
    },

    setDeficiency(code, open) {
      saveMark({ [code]: open }, (claimId) => call('claim.checklist', { claimId, code, open }));
    },

    setProductSupport(product, supported) {
      // Marking a product unsupported opens "missing products" on the store's side too.
      const marks = { [productKey(product)]: supported, ...(supported === false ? { 'missing-products': true } : {}) };
      saveMark(marks, (claimId) => call('claim.productSupport', { claimId, product, supported }));
    },

    toggleDeficiency(code) {
      const item = get().claim?.checklist.find((c) => c.code === code);
      if (item) get().setDeficiency(code, !item.open);
    },

    openDialog(action) {
      const { claim, pending } = get();
      if (!claim || pending) return;
      set({ dialog: action, dialogError: null });
    },

    closeDialog: (action) => set((s) => (s.dialog === action ? { dialog: null, dialogError: null } : s)),

    setDraft(key, text) {
      set((s) => {
        const drafts = { ...s.drafts };
        if (text === null) delete drafts[key];
        else drafts[key] = { text };
        return { drafts };
      });
    },

    setLanguage: (language) => set({ language }),

    async addComment(text, internal) {
      const { claim, commentPending } = get();
      if (!claim || commentPending) return false;
      set({ commentPending: true, commentError: null });
      try {
        const updated = await call('claim.comment', { claimId: claim.id, text, internal });
        set({ commentPending: false });
        get().setDraft(draftKey(claim.id, 'comment'), null);
        show(updated);
        return true;
      } catch (error) {
        if (get().openId === claim.id) set({ commentPending: false, commentError: toApiError(error) });
        return false;
      }
    },

    async takeNext() {
      if (get().takingNext) return;
      set({ takingNext: true });
      try {
        const next = await call('queue.next', {});
        set({ takingNext: false });
        if (!next) {
          get().showNotice(i18n.t('keyboard.notice.noClaimWaiting'));
          return;
        }
        set({ openId: next.id, claim: null, ...CLAIM_RESET });
        show(next);
      } catch (error) {
        set({ takingNext: false });
        get().showNotice(i18n.t('keyboard.notice.nextFailed', { message: errorLine(toApiError(error)) }));
      }
    },

    async verifyStore() {
      if (get().storeCheck?.state === 'running') return;
      set({ storeCheck: { state: 'running', report: null, error: null, at: Date.now() } });
      try {
        const report = await call('store.verify', {});
        set({ storeCheck: { state: 'done', report, error: null, at: Date.now() } });
      } catch (error) {
        set({ storeCheck: { state: 'failed', report: null, error: toApiError(error), at: Date.now() } });
      }
    },

    showNotice: (text) => set({ notice: { id: ++noticeId, text } }),
    dismissNotice: () => set({ notice: null }),
    dismissActionError: () => set({ actionError: null }),
    setSideTab: (sideTab) => set({ sideTab }),
  };
});
