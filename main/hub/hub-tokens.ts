// Per-reviewer API tokens: created once by whoever runs the hub, shown once, stored as a hash.
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
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

export const tokenSha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createToken(client: pg.ClientBase, name: string, role: Role): Promise<CreatedToken> {
  const token = `cpor_${randomBytes(32).toString('base64url')}`;
  try {
    await client.query('INSERT INTO hub_tokens (name, role, token_sha256) VALUES ($1, $2, $3)', [name, role, tokenSha256(token)]);
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new TokenNameTakenError(`a token named "${name}" already exists`);
    throw err;
  }
  return { name, role, token };
}
