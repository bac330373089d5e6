// Binds the desk's shortcuts to the window and runs them. Which key means what is decided in
// dispatch.ts; this file only reads the screen's state and calls the stores' public actions.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Status } from '../../shared/domain/codes';
import { actionForIntent, type DecisionIntent } from './intents';
import { i18n } from '../i18n/i18n';
import { useClaimStore } from '../state/claimStore';
import { refusalNow } from '../state/permissions';
import { currentRowAt, PAGE_SIZE, useQueueStore } from '../state/queueStore';
import { actionLabel, statusLabel } from '../i18n/labels';
import { commandFor, type DeskCommand, isTextEntry } from './dispatch';
import { neighbourIndex, queueIndexOf } from './queueOrder';

interface HelpState {
  readonly helpOpen: boolean;
  readonly setHelpOpen: (open: boolean) => void;
}

/** Whether the shortcut overlay (?) is on screen. */
export const useShortcutHelp = create<HelpState>()((set) => ({
  helpOpen: false,
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}));

const PAGE_WAIT_MS = 5_000;

/** The queue row at an index, fetching its page first when it is not loaded yet. */
function rowWhenLoaded(index: number) {
  const queue = useQueueStore.getState();
  const row = currentRowAt(queue, index);
  if (row) return Promise.resolve(row);
  queue.ensureRange(index, index);
  return new Promise<ReturnType<typeof currentRowAt>>((resolve) => {
    const page = Math.floor(index / PAGE_SIZE);
    const stop = useQueueStore.subscribe((s) => {
      const found = currentRowAt(s, index);
      if (found || s.pageStates[page] === 'failed') finish(found);
    });
    const timer = setTimeout(() => finish(undefined), PAGE_WAIT_MS);
    function finish(found: ReturnType<typeof currentRowAt>) {
      clearTimeout(timer);
      stop();
      resolve(found);
    }
  });
}

async function openNeighbour(delta: 1 | -1): Promise<void> {
  const claims = useClaimStore.getState();
  const queue = useQueueStore.getState();
  if (!claims.openId) return;
  const index = queueIndexOf({ ...queue, pageSize: PAGE_SIZE }, claims.openId);
  if (index === null) {
    claims.showNotice(i18n.t('keyboard.notice.notInQueue'));
    return;
  }
  const next = neighbourIndex({ ...queue, pageSize: PAGE_SIZE }, index, delta);
  if (next === null) {
    claims.showNotice(delta > 0 ? i18n.t('keyboard.notice.last') : i18n.t('keyboard.notice.first'));
    return;
  }
  const row = await rowWhenLoaded(next);
  if (!row) {
    claims.showNotice(i18n.t('keyboard.notice.tooFar'));
    return;
  }
  useQueueStore.getState().select(next);
  useClaimStore.getState().open(row.id);
}

/** "Approve is not possible: the claim is Submitted." */
function notPossible(action: DecisionIntent | 'start-review', status: Status): string {
  return i18n.t('keyboard.notice.notPossible', { action: actionLabel(action), status: statusLabel(status) });
}

function openDecision(intent: DecisionIntent): void {
  const { claim, openDialog, showNotice } = useClaimStore.getState();
  if (!claim) return;
  const action = actionForIntent(intent, claim.availableActions);
  if (action) openDialog(action);
  else showNotice(notPossible(intent, claim.status));
}

/** Back to the queue with the cursor in its search box. */
function focusQueueSearch(): void {
  useClaimStore.getState().close();
  let tries = 0;
  const attempt = () => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) {
      input.focus();
      input.select();
    } else if (++tries < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The API method a command would call, where the acting role may be refused it. */
const METHOD_OF: Partial<Record<DeskCommand['type'], string>> = {
  'next-claim': 'queue.next',
  'toggle-deficiency': 'claim.checklist',
  'start-review': 'claim.decide',
  approve: 'claim.decide',
  'request-info': 'claim.decide',
  reject: 'claim.decide',
};

export function runDeskCommand(command: DeskCommand): void {
  const claims = useClaimStore.getState();
  const method = METHOD_OF[command.type];
  const refusal = method ? refusalNow(method) : null;
  if (refusal) {
    claims.showNotice(refusal);
    return;
  }
  switch (command.type) {
    case 'next-claim':
      void claims.takeNext();
      return;
    case 'move':
      void openNeighbour(command.delta);
      return;
    case 'toggle-deficiency':
      claims.toggleDeficiency(command.code);
      return;
    case 'start-review':
      if (claims.claim?.availableActions.includes('start-review')) void claims.startReview();
      else if (claims.claim) claims.showNotice(notPossible('start-review', claims.claim.status));
      return;
    case 'approve':
    case 'request-info':
    case 'reject':
      openDecision(command.type);
      return;
    case 'search':
      focusQueueSearch();
      return;
    case 'help':
      useShortcutHelp.getState().setHelpOpen(true);
      return;
    case 'back':
      claims.close();
      return;
  }
}

/** Only moving through the queue repeats while a key is held; a held "1" must not flicker a tick. */
const REPEATABLE = new Set<DeskCommand['type']>(['move']);

/** 'off' on the other screens (team, reports, settings): the desk's keys are the desk's. */
export function useDeskKeys(view: 'queue' | 'claim' | 'off'): void {
  useEffect(() => {
    if (view === 'off') return;
    const deskView = view;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const command = commandFor(e, {
        view: deskView,
        typing: isTextEntry(target && { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable }),
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (!command) return;
      e.preventDefault();
      if (e.repeat && !REPEATABLE.has(command.type)) return;
      runDeskCommand(command);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view]);
}
