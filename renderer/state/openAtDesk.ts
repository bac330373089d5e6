import { useClaimStore } from './claimStore';
import { useScreenStore } from './screenStore';

/** Opens a claim at the desk from another screen, which stays where it was for coming back. */
export function openAtDesk(id: string): void {
  useScreenStore.getState().show('desk');
  useClaimStore.getState().open(id);
}
