// History is append-only, pulls from the team hub included: a pulled chain that orders this store's
// provisional entries after a colleague's becomes the claim's next chain, and the old one stays as
// it was. The store refuses to change or delete a row, and a store from before chains keeps its rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { addComment } from '../../main/services/comments';
import { importBundle } from '../../main/services/import/import-bundle';
import { applySnapshot } from '../../main/services/sync/apply-snapshot';
import { verifyStore } from '../../main/services/verify';
import { readBody } from '../../main/store/claim-image';
import { sha256Hex } from '../../main/store/hash';
import { findFirstChainBreak, listHistory } from '../../main/store/history-table';
import { migrate } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';
import { openDatabase } from '../../main/store/open';
import type { ClaimSnapshot, CommentRow } from '../../shared/api/hub-sync';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { appendToChain, type ChainEntry, type NewChainEntry } from '../../shared/domain/history-chain';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

const stores: TempStore[] = [];
const dirs: string[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.dispose());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const CLAIM = 'HC-1';
const at = (minute: number) => `2026-11-24T18:${String(minute).padStart(2, '0')}:00.000Z`;

/** A hub's snapshot of the claim as store `from` holds it, with its chain. */
function snapshotOf(from: TempStore): ClaimSnapshot {
  const { entries: _entries, ...body } = readBody(from.store.db, CLAIM);
  return { ...body, history: listHistory(from.store.db, CLAIM), conflicts: [] };
}

/** The hub's chain after `entries` are folded in at its tip, with the comments they carry. */
function hubAppends(s: ClaimSnapshot, entries: readonly (Omit<NewChainEntry, 'detail'> & { text: string })[]): ClaimSnapshot {
  const tip = s.history.at(-1);
  const added = appendToChain(CLAIM, tip, entries.map(({ text, ...e }) => ({ ...e, detail: { text } })), sha256Hex);
  const comments: CommentRow[] = added.map((e, i) => ({ at: e.at, author: e.actor, side: e.side, internal: false, text: entries[i]!.text, historySeq: e.seq }));
  return { ...s, history: [...s.history, ...added], comments: [...s.comments, ...comments] };
}

const allRows = (t: TempStore) => t.store.db.prepare('SELECT * FROM history ORDER BY claim_id, chain, seq').all() as { chain: number; seq: number; hash: string }[];
const plain = (h: readonly ChainEntry[]) => h.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, side: e.side, kind: e.kind, detail: e.detail, hash: e.hash, prevHash: e.prevHash }));

async function hubAndWorkstation(): Promise<{ hub: ClaimSnapshot; ws: TempStore }> {
  const origin = tempStore();
  const ws = tempStore();
  stores.push(origin, ws);
  await importBundle(origin.ctx(), await writeBundle([claimRow({ id: CLAIM, documents: [] })]));
  const hub = snapshotOf(origin);
  applySnapshot(ws.store.db, CLAIM, 1, hub, DEFAULT_CALENDAR);
  return { hub, ws };
}

describe('history is append-only', () => {
  it('refuses to change or delete an entry, whoever asks', async () => {
    const { ws } = await hubAndWorkstation();
    expect(() => ws.store.db.prepare('UPDATE history SET actor = ? WHERE claim_id = ?').run('Mallory', CLAIM)).toThrow(/append-only: an entry is never changed/);
    expect(() => ws.store.db.prepare('DELETE FROM history WHERE claim_id = ?').run(CLAIM)).toThrow(/append-only: an entry is never deleted/);
    expect(listHistory(ws.store.db, CLAIM).length).toBeGreaterThan(0);
  });

  it('appends what the hub added when its chain continues this store\'s', async () => {
    const { hub, ws } = await hubAndWorkstation();
    addComment(ws.ctx({ now: at(10) }), { claimId: CLAIM, author: 'Blake Ruiz', text: 'mine', side: 'reviewer', internal: false });
    const mine = listHistory(ws.store.db, CLAIM).at(-1)!;
    // The hub took this store's comment as it was, then a colleague's after it.
    const confirmed = hubAppends(hub, [{ at: mine.at, actor: mine.actor, side: mine.side, kind: 'comment', text: 'mine' }]);
    expect(confirmed.history.at(-1)!.hash).toBe(mine.hash);
    const next = hubAppends(confirmed, [{ at: at(12), actor: 'Casey Lee', side: 'reviewer', kind: 'comment', text: 'theirs' }]);
    const before = allRows(ws);
    applySnapshot(ws.store.db, CLAIM, 3, next, DEFAULT_CALENDAR);
    const after = allRows(ws);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(new Set(after.map((r) => r.chain))).toEqual(new Set([0]));
    expect(listHistory(ws.store.db, CLAIM)).toEqual(plain(next.history));
  });

  it('keeps a provisional chain the hub re-ordered beside the hub\'s, and goes on from the hub\'s', async () => {
    const { hub, ws } = await hubAndWorkstation();
    addComment(ws.ctx({ now: at(10) }), { claimId: CLAIM, author: 'Blake Ruiz', text: 'mine', side: 'reviewer', internal: false });
    const provisional = allRows(ws);
    const mine = listHistory(ws.store.db, CLAIM).at(-1)!;

    // A colleague's comment reached the hub first: this store's comes after it, with another seq and hash.
    const canonical = hubAppends(hub, [
      { at: at(9), actor: 'Casey Lee', side: 'reviewer', kind: 'comment', text: 'theirs' },
      { at: mine.at, actor: mine.actor, side: mine.side, kind: 'comment', text: 'mine' },
    ]);
    applySnapshot(ws.store.db, CLAIM, 3, canonical, DEFAULT_CALENDAR);

    const rows = allRows(ws);
    expect(rows.filter((r) => r.chain === 0)).toEqual(provisional);
    expect(rows.filter((r) => r.chain === 1).map((r) => r.hash)).toEqual(canonical.history.map((e) => e.hash));
    expect(listHistory(ws.store.db, CLAIM)).toEqual(plain(canonical.history));
    expect(getClaim(ws.ctx(), { id: CLAIM }).comments.map((c) => c.text)).toEqual(['theirs', 'mine']);
    expect(findFirstChainBreak(ws.store.db)).toBeNull();
    expect(verifyStore(ws.store)).toMatchObject({ ok: true, unlinkedRecords: 0, historyEntries: rows.length });

    // The next local act links to the hub's chain, not to the superseded one.
    addComment(ws.ctx({ now: at(20) }), { claimId: CLAIM, author: 'Blake Ruiz', text: 'after', side: 'reviewer', internal: false });
    const current = listHistory(ws.store.db, CLAIM);
    expect(current.at(-1)).toMatchObject({ seq: canonical.history.length + 1, prevHash: canonical.history.at(-1)!.hash });
    expect(allRows(ws).filter((r) => r.chain === 0)).toEqual(provisional);
    expect(verifyStore(ws.store).ok).toBe(true);
  });

  it('names the chain of a break in a superseded chain', async () => {
    const { hub, ws } = await hubAndWorkstation();
    addComment(ws.ctx({ now: at(10) }), { claimId: CLAIM, author: 'Blake Ruiz', text: 'mine', side: 'reviewer', internal: false });
    const canonical = hubAppends(hub, [{ at: at(9), actor: 'Casey Lee', side: 'reviewer', kind: 'comment', text: 'theirs' }]);
    applySnapshot(ws.store.db, CLAIM, 3, canonical, DEFAULT_CALENDAR);
    ws.store.db.exec('DROP TRIGGER history_never_changes');
    const last = ws.store.db.prepare('SELECT max(seq) FROM history WHERE claim_id = ? AND chain = 0').pluck().get(CLAIM) as number;
    ws.store.db.prepare("UPDATE history SET detail = '{\"text\":\"forged\"}' WHERE claim_id = ? AND chain = 0 AND seq = ?").run(CLAIM, last);
    expect(findFirstChainBreak(ws.store.db)).toMatchObject({ claimId: CLAIM, chain: 0, superseded: true, seq: last, problem: expect.stringMatching(/altered/) });
  });

  it('finds a comment that points at no entry of the current chain', async () => {
    const { ws } = await hubAndWorkstation();
    ws.store.db.prepare("INSERT INTO comments (claim_id, at, author, side, internal, text, history_seq) VALUES (?, ?, 'X', 'reviewer', 0, 'stray', 999)").run(CLAIM, at(1));
    expect(verifyStore(ws.store)).toMatchObject({ ok: false, unlinkedRecords: 1 });
  });

  it('moves a store from before chains over with every row, comment and decision kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpor-chains-'));
    dirs.push(dir);
    const file = join(dir, 'cpor.db');
    const raw = new Database(file);
    migrate(raw, MIGRATIONS, 9);
    raw.exec(`
      INSERT INTO claims (id, status, policy, partner_mpn_id, partner_name, customer_tenant_id, customer_name, activity, product_family,
                          submitted_at, status_since, sla_sort_ms, created_at, updated_at)
      VALUES ('M9', 'approved', '2020', '1234567', 'P', 't', 'C', 'Pre-sales', 'microsoft-365',
              '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z', 0, '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z');
      INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES
        ('M9', 1, '2026-11-03T09:00:00.000Z', 'A', 'reviewer', 'comment', '{}', 'p1', 'h1'),
        ('M9', 2, '2026-11-10T18:00:00.000Z', 'A', 'reviewer', 'decision', '{}', 'h1', 'h2');
      INSERT INTO comments (claim_id, at, author, side, internal, text, history_seq) VALUES ('M9', '2026-11-03T09:00:00.000Z', 'A', 'reviewer', 0, 'hello', 1);
      INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, history_seq, checklist, claim_submitted_at, from_status_since)
        VALUES ('M9', 'approve', 'under-review', 'approved', 'A', '2026-11-10T18:00:00.000Z', 2, '[]', '2026-11-02T17:00:00.000Z', '2026-11-03T09:00:00.000Z');
    `);
    const decisionsBefore = raw.prepare('SELECT * FROM decisions').all();
    const commentsBefore = raw.prepare('SELECT * FROM comments').all();
    raw.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT chain, seq, prev_hash, hash FROM history ORDER BY seq').all()).toEqual([
      { chain: 0, seq: 1, prev_hash: 'p1', hash: 'h1' },
      { chain: 0, seq: 2, prev_hash: 'h1', hash: 'h2' },
    ]);
    expect(db.prepare('SELECT * FROM decisions').all()).toEqual(decisionsBefore);
    expect(db.prepare('SELECT * FROM comments').all()).toEqual(commentsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('decisions', 'comments') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['comments_by_claim', 'decisions_by_actor', 'decisions_by_at', 'decisions_by_claim', 'decisions_in_order']);
    expect(() => db.prepare("DELETE FROM history WHERE claim_id = 'M9'").run()).toThrow(/append-only/);
    db.close();
  });
});
