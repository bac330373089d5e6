import { useClaimStore } from '../../state/claimStore';
import { useScreenStore } from '../../state/screenStore';

/** Opens a claim at the desk, leaving the team view where it was. */
export function openAtDesk(id: string): void {
  useScreenStore.getState().show('desk');
  useClaimStore.getState().open(id);
}
