// The team's change log: pushes append, pulls read after a cursor. Pushes take one lock for their
// transaction, so seq numbers are committed in order and a pull never passes over a change that
// commits later with a smaller seq. Every hub process serialises on the same database lock.
import type pg from 'pg';
import type { HubChange, PulledChange, PullResult, PushResult } from '../../shared/api/hub-sync';

const PUSH_LOCK = 0x43504f52_50555348n; // "CPORPUSH"

export class ChangeIdReusedError extends Error {
  override name = 'ChangeIdReusedError';
}

interface StoredChange {
  seq: string;
  change_id: string;
  claim_id: string;
  kind: string;
  base_version: number;
}

export async function pushChanges(db: pg.Pool, author: string, changes: readonly HubChange[]): Promise<PushResult> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK.toString()]);
    const accepted: PushResult['accepted'][number][] = [];
    for (const c of changes) {
      const inserted = await client.query<{ seq: string }>(
        `INSERT INTO hub_changes (change_id, claim_id, kind, payload, base_version, created_at, author)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (change_id) DO NOTHING RETURNING seq`,
        [c.changeId, c.claimId, c.kind, JSON.stringify(c.payload), c.baseVersion, c.createdAt, author],
      );
      if (inserted.rows[0]) {
        accepted.push({ changeId: c.changeId, seq: Number(inserted.rows[0].seq), duplicate: false });
        continue;
      }
      const { rows } = await client.query<StoredChange>('SELECT seq, change_id, claim_id, kind, base_version FROM hub_changes WHERE change_id = $1', [c.changeId]);
      const stored = rows[0]!;
      // A retry sends the same change; another change under the same id is a workstation's bug.
      if (stored.claim_id !== c.claimId || stored.kind !== c.kind || stored.base_version !== c.baseVersion) {
        throw new ChangeIdReusedError(`change ${c.changeId} was already pushed as another change (${stored.kind} on ${stored.claim_id}); nothing of this push was kept`);
      }
      accepted.push({ changeId: c.changeId, seq: Number(stored.seq), duplicate: true });
    }
    await client.query('COMMIT');
    return { accepted };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

interface ChangeRow {
  seq: string;
  change_id: string;
  claim_id: string;
  kind: HubChange['kind'];
  payload: Record<string, unknown>;
  base_version: number;
  created_at: Date;
  author: string;
  received_at: Date;
}

export async function pullChanges(db: pg.Pool, after: number, limit: number): Promise<PullResult> {
  const { rows } = await db.query<ChangeRow>(
    `SELECT seq, change_id, claim_id, kind, payload, base_version, created_at, author, received_at
     FROM hub_changes WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [after, limit + 1],
  );
  const page = rows.slice(0, limit);
  const changes: PulledChange[] = page.map((r) => ({
    seq: Number(r.seq),
    changeId: r.change_id,
    claimId: r.claim_id,
    kind: r.kind,
    payload: r.payload,
    baseVersion: r.base_version,
    createdAt: r.created_at.toISOString(),
    author: r.author,
    receivedAt: r.received_at.toISOString(),
  }));
  return { changes, next: changes.at(-1)?.seq ?? after, more: rows.length > limit };
}
