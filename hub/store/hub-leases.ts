// The review lock: a reviewer who starts a review online takes the claim for a while, so a colleague
// online is told before starting the same review. One statement takes a free, expired or own lease
// atomically, whichever hub process is asked. Offline work goes on without one; the conflict rules
// reconcile it at the next sync.
import type { HubDb } from './hub-db';
import type { LeaseAnswer } from '../../shared/api/hub-sync';

/** A working day: a review started in the morning is still its reviewer's in the evening. */
export const DEFAULT_LEASE_MINUTES = 8 * 60;

interface LeaseRow {
  claim_id: string;
  holder: string;
  expires_at: Date;
}

const answer = (r: LeaseRow, holder: string): LeaseAnswer => ({ claimId: r.claim_id, held: r.holder === holder, holder: r.holder, expiresAt: r.expires_at.toISOString() });

export async function takeLease(db: HubDb, holder: string, claimId: string, minutes = DEFAULT_LEASE_MINUTES): Promise<LeaseAnswer> {
  const taken = await db.query<LeaseRow>(
    `INSERT INTO hub_leases (claim_id, holder, taken_at, expires_at) VALUES ($1, $2, now(), now() + make_interval(mins => $3))
     ON CONFLICT (claim_id) DO UPDATE SET holder = excluded.holder, taken_at = excluded.taken_at, expires_at = excluded.expires_at
       WHERE hub_leases.expires_at <= now() OR hub_leases.holder = excluded.holder
     RETURNING claim_id, holder, expires_at`,
    [claimId, holder, minutes],
  );
  if (taken.rows[0]) return answer(taken.rows[0], holder);
  const { rows } = await db.query<LeaseRow>('SELECT claim_id, holder, expires_at FROM hub_leases WHERE claim_id = $1', [claimId]);
  // Released between the two statements: ask again.
  return rows[0] ? answer(rows[0], holder) : takeLease(db, holder, claimId, minutes);
}

/** Gives a lease back: its holder, or a team lead. Returns whether one was released. */
export async function releaseLease(db: HubDb, caller: { name: string; role: string }, claimId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM hub_leases WHERE claim_id = $1 AND (holder = $2 OR $3)', [claimId, caller.name, caller.role === 'team-lead']);
  return (rowCount ?? 0) > 0;
}
