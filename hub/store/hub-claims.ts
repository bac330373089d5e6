// The team's claims in PostgreSQL. A push folds each change into its claim (shared/domain/sync-merge)
// under one database lock, so every hub process applies changes in one order, each claim's update
// number is committed in that order, and a pull reading after a cursor never passes over an update
// that commits later. A change is recorded with its outcome: a retry answers what the first did.
import type pg from 'pg';
import { type HubDb, inLockedTransaction } from './hub-db';
import { type HubChange, HubChangeSchema, type PullResult, type PushAnswer, type PushResult, type ResolveRequest } from '../../shared/api/hub-sync';
import { type ChangeRefusalCode, checkChange, type HubIdentity } from '../../shared/domain/hub-rules';
import { ConflictResolutionError, type HubClaimState, mergeChange, resolveConflict } from '../../shared/domain/sync-merge';
import type { Role } from '../../shared/domain/roles';
import { sha256Hex } from '../hash';

const PUSH_LOCK = 0x43504f52_50555348n; // "CPORPUSH"

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
  author: string;
  reason: { code: string; message: string } | null;
  payload_sha: string | null;
}

interface ClaimStateRow {
  claim_id: string;
  version: number;
  decided_version: number;
  snapshot: HubClaimState['snapshot'];
}

function inPushLock<T>(db: HubDb, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inLockedTransaction(db, PUSH_LOCK, work);
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

/**
 * A push's writes in one statement (one round trip under the push lock): the workstations first
 * seen, the claims in the order they changed, and every change with its outcome.
 */
async function savePush(
  client: pg.PoolClient,
  push: { touched: ReadonlyMap<string, HubClaimState>; recorded: readonly Judged[]; newWorkstations: readonly string[]; author: string; at: string },
): Promise<void> {
  const { touched, recorded, newWorkstations, author, at } = push;
  if (touched.size === 0 && recorded.length === 0 && newWorkstations.length === 0) return;
  const states = [...touched.values()];
  await client.query(
    `WITH workstations AS (
       INSERT INTO hub_workstations (name, author, first_seen_at) SELECT name, $6::text, $12::timestamptz FROM unnest($13::text[]) AS w(name)
     ), claims AS (
       INSERT INTO hub_claims (claim_id, version, decided_version, snapshot, updated_seq)
       SELECT id, v, d, s::jsonb, nextval('hub_claim_updates') FROM unnest($14::text[], $15::int[], $16::int[], $17::text[]) WITH ORDINALITY AS t(id, v, d, s, n) ORDER BY n
       ON CONFLICT (claim_id) DO UPDATE SET version = excluded.version, decided_version = excluded.decided_version,
         snapshot = excluded.snapshot, updated_seq = excluded.updated_seq
     )
     INSERT INTO hub_changes (change_id, claim_id, kind, payload, base_version, created_at, author, outcome, claim_version, reason, payload_sha, received_at)
     SELECT id, claim, kind, payload::jsonb, base, created, $6, outcome, version, reason::jsonb, sha, $12
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $7::timestamptz[], $8::text[], $9::int[], $10::text[], $11::text[])
       AS t(id, claim, kind, payload, base, created, outcome, version, reason, sha)`,
    [
      recorded.map((r) => r.change.changeId),
      recorded.map((r) => r.change.claimId),
      recorded.map((r) => (r.change.create ? ['create', ...r.change.kinds] : r.change.kinds).join(',').slice(0, 200) || 'change'),
      recorded.map((r) => r.payload),
      recorded.map((r) => r.change.baseVersion),
      author,
      recorded.map((r) => r.change.createdAt),
      recorded.map((r) => r.answer.outcome),
      recorded.map((r) => r.answer.version),
      recorded.map((r) => (r.answer.reason ? JSON.stringify(r.answer.reason) : null)),
      recorded.map((r) => r.payloadSha),
      at,
      newWorkstations,
      [...touched.keys()],
      states.map((s) => s.version),
      states.map((s) => s.decidedVersion),
      states.map((s) => JSON.stringify(s.snapshot)),
    ],
  );
}

interface Judged {
  readonly change: HubChange;
  /** The change as received, in JSON: what hub_changes keeps. */
  readonly payload: string;
  readonly answer: PushAnswer;
  readonly payloadSha: string;
}

/** A change id's first part: the workstation that made it. */
const workstationOf = (changeId: string) => changeId.slice(0, changeId.lastIndexOf(':'));

function malformedAnswer(raw: unknown, problem: string): PushAnswer {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 120) : '?');
  return { changeId: text(r['changeId']), claimId: text(r['claimId']), outcome: 'refused', version: 0, duplicate: false, reason: { code: 'malformed', message: problem } };
}

interface PushContext {
  /** The changes of the push the hub has had before (a retry, or an id reused). */
  readonly known: StoredChange[];
  /** Whose each workstation named by the push's change ids is. */
  readonly owners: Map<string, string>;
  readonly states: Map<string, HubClaimState>;
}

/** What judging a push reads, in one round trip: every round trip under the push lock is the whole team's wait. */
async function loadPushContext(client: pg.PoolClient, changes: readonly HubChange[]): Promise<PushContext> {
  const { rows } = await client.query<{ known: StoredChange[]; owners: { name: string; author: string }[]; states: ClaimStateRow[] }>(
    `SELECT
       (SELECT coalesce(json_agg(c), '[]') FROM (SELECT change_id, claim_id, base_version, outcome, claim_version, author, reason, payload_sha
          FROM hub_changes WHERE change_id = ANY($1)) c) AS known,
       (SELECT coalesce(json_agg(w), '[]') FROM (SELECT name, author FROM hub_workstations WHERE name = ANY($2)) w) AS owners,
       (SELECT coalesce(json_agg(s), '[]') FROM (SELECT claim_id, version, decided_version, snapshot FROM hub_claims WHERE claim_id = ANY($3)) s) AS states`,
    [changes.map((c) => c.changeId), [...new Set(changes.map((c) => workstationOf(c.changeId)))], [...new Set(changes.map((c) => c.claimId))]],
  );
  const { known, owners, states } = rows[0]!;
  return {
    known,
    owners: new Map(owners.map((r) => [r.name, r.author])),
    states: new Map(states.map((r) => [r.claim_id, { version: r.version, decidedVersion: r.decided_version, snapshot: r.snapshot }])),
  };
}

/**
 * Folds a push into the team's claims, change by change. Each change is read with the schema, then
 * judged by the rules under the pusher's identity (shared/domain/hub-rules.ts), then merged. A
 * change refused for any reason is refused alone: the others of the push go on, and the answer
 * names the reason and carries the claim as the hub holds it.
 */
export async function pushChanges(db: HubDb, who: HubIdentity, raws: readonly unknown[], now: () => Date): Promise<PushResult> {
  // Read before the team-wide lock: another push's database work goes on meanwhile.
  const parsed = raws.map((raw) => {
    const result = HubChangeSchema.safeParse(raw);
    if (!result.success) return { answer: malformedAnswer(raw, result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'change'}: ${i.message}`).join('; ')) };
    const payload = JSON.stringify(result.data);
    return { change: result.data, payload, payloadSha: sha256Hex(payload) };
  });
  return inPushLock(db, async (client) => {
    const at = now().toISOString();
    const hash = (text: string) => sha256Hex(text);
    const wellFormed = parsed.flatMap((p) => (p.change ? [p.change] : []));
    const { known, owners, states } = await loadPushContext(client, wellFormed);
    const before = new Map(known.map((k) => [k.change_id, k]));
    const touched = new Map<string, HubClaimState>();
    const answers: PushAnswer[] = [];
    const recorded: Judged[] = [];
    const newWorkstations: string[] = [];
    const refusedWith = (c: HubChange, code: ChangeRefusalCode | 'malformed', message: string): PushAnswer => {
      const state = states.get(c.claimId);
      return { changeId: c.changeId, claimId: c.claimId, outcome: 'refused', version: state?.version ?? 0, duplicate: false, reason: { code, message }, claim: state ? { version: state.version, snapshot: state.snapshot } : null };
    };
    for (const p of parsed) {
      if (!p.change) {
        answers.push(p.answer);
        continue;
      }
      const { change: c, payload, payloadSha } = p;
      const ws = workstationOf(c.changeId);
      const owner = owners.get(ws);
      if (owner !== undefined && owner !== who.name) {
        answers.push(refusedWith(c, 'workstation-of-another', `change ids starting "${ws}:" belong to another person's workstation; this token is ${who.name}'s`));
        continue;
      }
      const stored = before.get(c.changeId);
      if (stored) {
        if (stored.claim_id !== c.claimId || stored.base_version !== c.baseVersion || (stored.payload_sha !== null && stored.payload_sha !== payloadSha)) {
          answers.push(refusedWith(c, 'change-id-reused', `change ${c.changeId} was already pushed as another change (on ${stored.claim_id}); a change id is never reused`));
          continue;
        }
        // A retry of a change the hub has: the answer it had then, the claim as it is now.
        const state = states.get(c.claimId);
        const reason = stored.reason ?? undefined;
        answers.push({
          changeId: c.changeId, claimId: c.claimId, outcome: stored.outcome, version: stored.claim_version, duplicate: true,
          ...(reason ? { reason, claim: state ? { version: state.version, snapshot: state.snapshot } : null } : {}),
        });
        continue;
      }
      if (owner === undefined) {
        owners.set(ws, who.name);
        newWorkstations.push(ws);
      }
      const state = states.get(c.claimId) ?? null;
      const verdict = checkChange(state, c, who, at);
      let answer: PushAnswer;
      if (!verdict.ok) {
        answer = refusedWith(c, verdict.refusal.code, verdict.refusal.message);
      } else {
        const result = mergeChange(state, verdict.change, { author: who.name, at, hash });
        if (result.state) {
          states.set(c.claimId, result.state);
          // Every claim a change named is pulled again, even when the change was absorbed: the pushing
          // workstation applied it locally and must come back to what the team holds.
          touched.delete(c.claimId);
          touched.set(c.claimId, result.state);
        }
        answer = { changeId: c.changeId, claimId: c.claimId, outcome: result.outcome, version: result.state?.version ?? 0, duplicate: false };
      }
      answers.push(answer);
      recorded.push({ change: c, answer, payload, payloadSha });
      before.set(c.changeId, { change_id: c.changeId, claim_id: c.claimId, base_version: c.baseVersion, outcome: answer.outcome, claim_version: answer.version, author: who.name, reason: answer.reason ?? null, payload_sha: payloadSha });
    }
    await savePush(client, { touched, recorded, newWorkstations, author: who.name, at });
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
