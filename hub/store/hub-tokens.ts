// Per-reviewer API tokens: created once by whoever runs the hub, shown once, stored as a hash.
import { randomBytes } from 'node:crypto';
import { tokenSha256 } from '../hash';
import type { HubClient, HubDb } from './hub-db';
import type { Role } from '../../shared/domain/roles';

export class TokenNameTakenError extends Error {
  override name = 'TokenNameTakenError';
}

export interface CreatedToken {
  readonly name: string;
  readonly role: Role;
  /** The secret itself: given to the reviewer once, never stored. */
  readonly token: string;
}

export async function createToken(client: HubClient, name: string, role: Role): Promise<CreatedToken> {
  const token = `cpor_${randomBytes(32).toString('base64url')}`;
  try {
    await client.query('INSERT INTO hub_tokens (name, role, token_sha256) VALUES ($1, $2, $3)', [name, role, tokenSha256(token)]);
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new TokenNameTakenError(`a token named "${name}" already exists`);
    throw err;
  }
  return { name, role, token };
}

/** The person and role a live token names, or null for an unknown or revoked one. */
export async function callerOfToken(db: HubDb, token: string): Promise<{ name: string; role: Role } | null> {
  const { rows } = await db.query<{ name: string; role: Role }>('SELECT name, role FROM hub_tokens WHERE token_sha256 = $1 AND revoked_at IS NULL', [tokenSha256(token)]);
  return rows[0] ?? null;
}
