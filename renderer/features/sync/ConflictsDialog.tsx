import { ConflictCard } from './ConflictCard';
import { SyncListDialog } from './SyncListDialog';

/** Every conflict the hub keeps open, each with both sides; opened from the top bar or a claim. */
export function ConflictsDialog() {
  return <SyncListDialog name="conflicts">{(c, you, close) => <ConflictCard key={c.id} conflict={c} you={you} onOpenClaim={close} />}</SyncListDialog>;
}
