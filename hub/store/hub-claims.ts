// The team's claims in PostgreSQL. A push folds each change into its claim (shared/domain/sync-merge)
// under one database lock, so every hub process applies changes in one order, each claim's update
// number is committed in that order, and a pull reading after a cursor never passes over an update
// that commits later. A change is recorded with its outcome: a retry answers what the first did.
import type pg from 'pg';
import type { HubDb } from './hub-db';
import type { HubChange, PullResult, PushAnswer, PushResult, ResolveRequest } from '../../shared/api/hub-sync';
import { ConflictResolutionError, type HubClaimState, mergeChange, resolveConflict } from '../../shared/domain/sync-merge';
import type { Role } from '../../shared/domain/roles';
import { sha256Hex } from '../hash';

const PUSH_LOCK = 0x43504f52_50555348n; // "CPORPUSH"

export class ChangeIdReusedError extends Error {
  override name = 'ChangeIdReusedError';
}

export class HubRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface StoredChange {
  change_id: string;
  claim_id: string;
  base_version: number;
  outcome: PushAnswer['outcome'];
  claim_version: number;
}

interface ClaimStateRow {
  claim_id: string;
  version: number;
  decided_version: number;
  snapshot: HubClaimState['snapshot'];
}

async function inPushLock<T>(db: HubDb, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK.toString()]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function loadStates(client: pg.PoolClient, claimIds: readonly string[]): Promise<Map<string, HubClaimState>> {
  const { rows } = await client.query<ClaimStateRow>('SELECT claim_id, version, decided_version, snapshot FROM hub_claims WHERE claim_id = ANY($1)', [claimIds]);
  return new Map(rows.map((r) => [r.claim_id, { version: r.version, decidedVersion: r.decided_version, snapshot: r.snapshot }]));
}

/** Writes the claims in the order given, each with the next update number. */
async function saveStates(client: pg.PoolClient, states: ReadonlyMap<string, HubClaimState>): Promise<void> {
  if (states.size === 0) return;
  const ids = [...states.keys()];
  const list = [...states.values()];
  await client.query(
    `INSERT INTO hub_claims (claim_id, version, decided_version, snapshot, updated_seq)
     SELECT id, v, d, s::jsonb, nextval('hub_claim_updates') FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) WITH ORDINALITY AS t(id, v, d, s, n) ORDER BY n
     ON CONFLICT (claim_id) DO UPDATE SET version = excluded.version, decided_version = excluded.decided_version,
       snapshot = excluded.snapshot, updated_seq = excluded.updated_seq`,
    [ids, list.map((s) => s.version), list.map((s) => s.decidedVersion), list.map((s) => JSON.stringify(s.snapshot))],
  );
}

export async function pushChanges(db: HubDb, author: string, changes: readonly HubChange[], now: () => Date): Promise<PushResult> {
  return inPushLock(db, async (client) => {
    const { rows: known } = await client.query<StoredChange>(
      'SELECT change_id, claim_id, base_version, outcome, claim_version FROM hub_changes WHERE change_id = ANY($1)',
      [changes.map((c) => c.changeId)],
    );
    const before = new Map(known.map((k) => [k.change_id, k]));
    const fresh = changes.filter((c) => !before.has(c.changeId));
    const states = await loadStates(client, [...new Set(fresh.map((c) => c.claimId))]);
    const touched = new Map<string, HubClaimState>();
    const answers: PushAnswer[] = [];
    const at = now().toISOString();
    const hash = (text: string) => sha256Hex(text);
    for (const c of changes) {
      const stored = before.get(c.changeId);
      if (stored) {
        // A retry sends the same change; another change under the same id is a workstation's bug.
        if (stored.claim_id !== c.claimId || stored.base_version !== c.baseVersion) {
          throw new ChangeIdReusedError(`change ${c.changeId} was already pushed as another change (on ${stored.claim_id}); nothing of this push was kept`);
        }
        answers.push({ changeId: c.changeId, claimId: c.claimId, outcome: stored.outcome, version: stored.claim_version, duplicate: true });
        continue;
      }
      const result = mergeChange(states.get(c.claimId) ?? null, c, { author, at, hash });
      if (result.state) {
        states.set(c.claimId, result.state);
        // Every claim a change named is pulled again, even when the change was absorbed: the pushing
        // workstation applied it locally and must come back to what the team holds.
        touched.delete(c.claimId);
        touched.set(c.claimId, result.state);
      }
      answers.push({ changeId: c.changeId, claimId: c.claimId, outcome: result.outcome, version: result.state?.version ?? 0, duplicate: false });
      before.set(c.changeId, { change_id: c.changeId, claim_id: c.claimId, base_version: c.baseVersion, outcome: result.outcome, claim_version: result.state?.version ?? 0 });
    }
    await saveStates(client, touched);
    const recorded = answers.filter((a) => !a.duplicate);
    if (recorded.length > 0) {
      const byId = new Map(changes.map((c) => [c.changeId, c]));
      const rows = recorded.map((a) => byId.get(a.changeId)!);
      await client.query(
        `INSERT INTO hub_changes (change_id, claim_id, kind, payload, base_version, created_at, author, outcome, claim_version)
         SELECT id, claim, kind, payload::jsonb, base, created, $6, outcome, version
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $7::timestamptz[], $8::text[], $9::int[]) AS t(id, claim, kind, payload, base, created, outcome, version)`,
        [
          rows.map((c) => c.changeId),
          rows.map((c) => c.claimId),
          rows.map((c) => (c.create ? ['create', ...c.kinds] : c.kinds).join(',').slice(0, 200) || 'change'),
          rows.map((c) => JSON.stringify(c)),
          rows.map((c) => c.baseVersion),
          author,
          rows.map((c) => c.createdAt),
          recorded.map((a) => a.outcome),
          recorded.map((a) => a.version),
        ],
      );
    }
    return { answers };
  });
}

/**
 * Claims updated after the cursor, as the hub holds them. The snapshots leave PostgreSQL as text
 * and go out as they are: a page of a thousand claims is never parsed and written again.
 */
export async function pullClaimsJson(db: HubDb, after: number, limit: number): Promise<string> {
  const { rows } = await db.query<{ claim_id: string; version: number; updated_seq: string; snapshot: string }>(
    'SELECT claim_id, version, updated_seq, snapshot::text AS snapshot FROM hub_claims WHERE updated_seq > $1 ORDER BY updated_seq LIMIT $2',
    [after, limit + 1],
  );
  const page = rows.slice(0, limit);
  const claims = page.map((r) => `{"claimId":${JSON.stringify(r.claim_id)},"version":${r.version},"updatedSeq":${r.updated_seq},"snapshot":${r.snapshot}}`);
  const next = page.at(-1)?.updated_seq ?? String(after);
  return `{"ok":true,"value":{"claims":[${claims.join(',')}],"next":${next},"more":${rows.length > limit}}}`;
}

export async function pullClaims(db: HubDb, after: number, limit: number): Promise<PullResult> {
  return (JSON.parse(await pullClaimsJson(db, after, limit)) as { value: PullResult }).value;
}

export interface ResolveInput extends ResolveRequest {
  readonly claimId: string;
  readonly conflictId: string;
}

/** A person settles a conflict: the team lead, or whoever pushed the change that was kept aside. */
export async function resolveOnHub(db: HubDb, caller: { name: string; role: Role }, input: ResolveInput, now: () => Date): Promise<{ claimId: string; version: number }> {
  return inPushLock(db, async (client) => {
    const state = (await loadStates(client, [input.claimId])).get(input.claimId);
    if (!state) throw new HubRefusal(404, 'not-found', `the hub has no claim ${input.claimId}`);
    const conflict = state.snapshot.conflicts.find((c) => c.id === input.conflictId);
    if (conflict && caller.role !== 'team-lead' && conflict.ours.author !== caller.name) {
      throw new HubRefusal(403, 'forbidden', `only a team lead or ${conflict.ours.author}, who made the change, may resolve this conflict`);
    }
    let next: HubClaimState;
    try {
      next = resolveConflict(state, input.conflictId, input, caller.name, now().toISOString(), (t) => sha256Hex(t));
    } catch (err) {
      if (err instanceof ConflictResolutionError) throw new HubRefusal(409, 'conflict', err.message);
      throw err;
    }
    await saveStates(client, new Map([[input.claimId, next]]));
    return { claimId: input.claimId, version: next.version };
  });
}

/** A page of the hub's claims in id order after `after`, for the walk of every chain (hub-verify). */
export async function claimSnapshotsAfter(db: HubDb, after: string, limit: number): Promise<{ claimId: string; snapshot: HubClaimState['snapshot'] }[]> {
  const { rows } = await db.query<{ claim_id: string; snapshot: HubClaimState['snapshot'] }>(
    'SELECT claim_id, snapshot FROM hub_claims WHERE claim_id > $1 ORDER BY claim_id LIMIT $2',
    [after, limit],
  );
  return rows.map((r) => ({ claimId: r.claim_id, snapshot: r.snapshot }));
}
