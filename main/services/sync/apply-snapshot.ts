// A pulled claim replaces the store's copy of its state: columns, products, documents, checklist,
// marks, comments and decisions; its history takes the hub's canonical chain without a row
// rewritten (store/claim-from-hub.ts, store/history-table.ts adoptHubChain). The SLA columns are
// derived here from the store's own calendar. The caller skips claims with local changes the hub
// has not answered yet.
import type { ClaimSnapshot } from '../../../shared/api/hub-sync';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { PolicyId, Status } from '../../../shared/domain/codes';
import { deadlineForStatus } from '../../../shared/domain/sla';
import type { ClaimRow } from '../../store/claim-row';
import { getClaimRow, insertClaim, replaceClaim, SEARCHED_COLUMNS, setProducts, slaColumns, updateClaimExcept } from '../../store/claims-table';
import { replaceClaimFromHub } from '../../store/claim-from-hub';
import { columnsOfFields, imageOfSnapshot } from '../../store/claim-image';
import type { Db } from '../../store/open';
import { replaceConflicts } from '../../store/sync-conflicts-table';
import { putSyncClaim } from '../../store/sync-state-table';

/** The search index is rewritten only when a searched column changed (its trigger fires on the column list, not on the values). */
function updatePulledClaim(db: Db, had: ClaimRow, row: ClaimRow): void {
  if (SEARCHED_COLUMNS.some((c) => had[c] !== row[c])) replaceClaim(db, row);
  else updateClaimExcept(db, row, SEARCHED_COLUMNS);
}

export function applySnapshot(db: Db, claimId: string, version: number, s: ClaimSnapshot, calendar: CalendarConfig): void {
  const had = getClaimRow(db, claimId);
  const c = columnsOfFields(s.claim);
  const status = c.status as Status;
  const policy = c.policy as PolicyId;
  const row = {
    ...c,
    id: claimId,
    version: (had?.version ?? 0) + 1,
    customer_public_sector: Number(c.customer_public_sector ?? 0),
    ...slaColumns(deadlineForStatus(status, policy, String(c.status_since), calendar)),
  } as unknown as ClaimRow;
  if (had) updatePulledClaim(db, had, row);
  else insertClaim(db, row);
  setProducts(db, claimId, s.products);
  replaceClaimFromHub(db, claimId, s, had !== undefined);
  replaceConflicts(db, claimId, s.conflicts);
  putSyncClaim(db, claimId, { hubVersion: version, seq: s.history.length, image: imageOfSnapshot(s) });
}
