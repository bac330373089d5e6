// Who is calling the hub: the bearer token's hash looked up at every request. Nothing is cached,
// so a revoked token stops working on every hub process at once.
import type { Role } from '../shared/domain/roles';
import type { HubDb } from './store/hub-db';
import { callerOfToken } from './store/hub-tokens';

export interface HubCaller {
  readonly name: string;
  readonly role: Role;
}

const BEARER = /^Bearer (cpor_[A-Za-z0-9_-]{43})$/;

/** The caller the Authorization header names, or null for a missing, unknown or revoked token. */
export async function hubCaller(db: HubDb, authorization: string | undefined): Promise<HubCaller | null> {
  const token = BEARER.exec(authorization ?? '')?.[1];
  if (!token) return null;
  return callerOfToken(db, token);
}
