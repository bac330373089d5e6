import type { Migration } from '../migrate';
import { statusSinceBefore } from '../decisions-table';

// The decision report gives each decision its clock: from when the claim entered the status the
// decision was taken from. Reading that from the history at export time was a correlated lookup
// and a JSON parse per row, a quarter of a 100,000-row CSV export; the decision now keeps it, as
// it keeps its claim's submission time. decisions_in_order is the report's order (time, then
// id: SQLite's rowid closes every index), so the export streams without a sort.
export const decisionClockStart: Migration = {
  version: 8,
  name: '0008-decision-clock-start',
  up(db) {
    db.exec('ALTER TABLE decisions ADD COLUMN from_status_since TEXT');
    const decisions = db.prepare('SELECT id, claim_id, history_seq, from_status FROM decisions').raw(true).all() as [number, string, number, string][];
    const set = db.prepare('UPDATE decisions SET from_status_since = ? WHERE id = ?');
    for (const [id, claimId, seq, fromStatus] of decisions) {
      const since = statusSinceBefore(db, claimId, seq, fromStatus);
      if (since !== null) set.run(since, id);
    }
    db.exec('CREATE INDEX decisions_in_order ON decisions (at)');
  },
};
