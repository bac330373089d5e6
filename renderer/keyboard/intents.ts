// The desk's three decision keys (a, i, r) and buttons mean different actions in different
// statuses: on a disputed claim "approve" overturns the rejection and "reject" upholds it.
import type { Action } from '../../shared/domain/codes';
import type { DialogAction } from '../state/claimStore';

export type DecisionIntent = 'approve' | 'request-info' | 'reject';

const CANDIDATES: Record<DecisionIntent, readonly DialogAction[]> = {
  approve: ['approve', 'overturn-rejection'],
  'request-info': ['request-info'],
  reject: ['reject', 'uphold-rejection'],
};

/** The dialog a decision key opens on a claim, or null when the claim's status allows none. */
export function actionForIntent(intent: DecisionIntent, available: readonly Action[]): DialogAction | null {
  return CANDIDATES[intent].find((action) => available.includes(action)) ?? null;
}

export const INTENT_KEYS: Record<DecisionIntent, string> = { approve: 'a', 'request-info': 'i', reject: 'r' };

/** The key that opens an action's dialog, if one does. */
export function keyForAction(action: Action): string | null {
  for (const [intent, actions] of Object.entries(CANDIDATES) as [DecisionIntent, readonly DialogAction[]][]) {
    if ((actions as readonly Action[]).includes(action)) return INTENT_KEYS[intent];
  }
  return action === 'start-review' ? 's' : null;
}
