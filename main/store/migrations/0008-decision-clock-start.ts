import type { Migration } from '../migrate';

// The decision report gives each decision its clock: from when the claim entered the status the
// decision was taken from. Reading that from the history at export time was a correlated lookup
// and a JSON parse per row, a quarter of a 100,000-row CSV export; the decision now keeps it, as
// it keeps its claim's submission time. decisions_in_order is the report's order (time, then
// id: SQLite's rowid closes every index), so the export streams without a sort.
//
// Frozen: the decisions already stored get their clock start from their history by the rule as it
// stood when this migration was written, spelled out here in SQL (new decisions are given theirs
// by the code that records them). The last entry before the decision's own that put the claim in
// a status ('imported': detail.status since detail.statusSince; 'decision': detail.to since its
// time; 'time-transition': detail.to since detail.effectiveAt; a time missing or not text: the
// entry's own), when that status is the one the decision was taken from; otherwise none (an
// import that replaced the claim's status without recording it).
export const decisionClockStart: Migration = {
  version: 8,
  name: '0008-decision-clock-start',
  up(db) {
    db.exec(`
      ALTER TABLE decisions ADD COLUMN from_status_since TEXT;
      UPDATE decisions SET from_status_since = (
        SELECT CASE
          WHEN decisions.from_status <> ''
           AND decisions.from_status = CASE
             WHEN json_type(h.detail, CASE h.kind WHEN 'imported' THEN '$.status' ELSE '$.to' END) = 'text'
             THEN json_extract(h.detail, CASE h.kind WHEN 'imported' THEN '$.status' ELSE '$.to' END)
           END
          THEN coalesce(
            CASE h.kind
              WHEN 'imported' THEN CASE WHEN json_type(h.detail, '$.statusSince') = 'text' THEN json_extract(h.detail, '$.statusSince') END
              WHEN 'time-transition' THEN CASE WHEN json_type(h.detail, '$.effectiveAt') = 'text' THEN json_extract(h.detail, '$.effectiveAt') END
            END,
            h.at)
        END
        FROM history h
        WHERE h.claim_id = decisions.claim_id AND h.seq < decisions.history_seq
          AND h.kind IN ('imported', 'decision', 'time-transition')
        ORDER BY h.seq DESC LIMIT 1
      );
      CREATE INDEX decisions_in_order ON decisions (at);
    `);
  },
};
