// Who is calling the hub: the bearer token's hash looked up at every request. Nothing is cached,
// so a revoked or rotated token stops working on every hub process at once.
import type { Role } from '../shared/domain/roles';
import type { HubDb } from './store/hub-db';
import { callerOfToken, noteTokenUse, useIsWorthNoting } from './store/hub-tokens';

export interface HubCaller {
  readonly name: string;
  readonly role: Role;
}

const BEARER = /^Bearer (cpor_[A-Za-z0-9_-]{43})$/;

/**
 * The caller the Authorization header names, or null for a missing, unknown or revoked token.
 * The token's last use is noted on the side: the request neither waits for that write nor fails
 * with it, since when a token was last used is a hint for the team lead, not the answer.
 */
export async function hubCaller(db: HubDb, authorization: string | undefined, now: Date, onError: (err: Error) => void): Promise<HubCaller | null> {
  const token = BEARER.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const found = await callerOfToken(db, token);
  if (!found) return null;
  if (useIsWorthNoting(found.lastUsedAt, now)) noteTokenUse(db, token, now).catch((err: unknown) => onError(err as Error));
  return { name: found.name, role: found.role };
}
