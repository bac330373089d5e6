// Per-reviewer API tokens: made by whoever runs the hub, shown once, stored as a hash. A person has
// one row: rotating, or creating again after a revoke, replaces its hash, so the old secret has
// nothing left to match. Every time written here is the caller's clock, never the database's.
import { randomBytes } from 'node:crypto';
import { tokenSha256 } from '../hash';
import type { HubClient, HubDb } from './hub-db';
import type { Role } from '../../shared/domain/roles';

export class TokenNameTakenError extends Error {
  override name = 'TokenNameTakenError';
}

export class UnknownTokenError extends Error {
  override name = 'UnknownTokenError';
  constructor(readonly tokenName: string) {
    super(`no hub token is named "${tokenName}"`);
  }
}

/** Rotating a revoked token would bring it back unasked: a revoked person comes back by `create`. */
export class TokenRevokedError extends Error {
  override name = 'TokenRevokedError';
  constructor(readonly tokenName: string, readonly role: Role, readonly revokedAt: Date) {
    super(`the token of "${tokenName}" was revoked at ${revokedAt.toISOString()}`);
  }
}

export interface CreatedToken {
  readonly name: string;
  readonly role: Role;
  /** The secret itself: given to the reviewer once, never stored. */
  readonly token: string;
}

export interface RevokedToken {
  readonly name: string;
  readonly role: Role;
  readonly revokedAt: Date;
  /** It was revoked before this call, at revokedAt: nothing changed. */
  readonly alreadyRevoked: boolean;
}

/** What a team lead may see of a token: never its secret or its hash. */
export interface TokenInfo {
  readonly name: string;
  readonly role: Role;
  /** When its current secret was made (create, or the last rotate). */
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** last_used_at is as fine as this: a busy reviewer's requests write it once a minute, not each time. */
const LAST_USED_EVERY_MS = 60_000;

/** Whether a use at `at` is worth a write, for a token last noted at `lastUsedAt`. */
export const useIsWorthNoting = (lastUsedAt: Date | null, at: Date): boolean => lastUsedAt === null || lastUsedAt.getTime() <= at.getTime() - LAST_USED_EVERY_MS;

const newSecret = (): string => `cpor_${randomBytes(32).toString('base64url')}`;

export async function createToken(client: HubClient, name: string, role: Role, now: Date): Promise<CreatedToken> {
  const token = newSecret();
  // A revoked person's row takes the new token, so coming back needs no SQL; a live token keeps its name.
  const { rowCount } = await client.query(
    `INSERT INTO hub_tokens (name, role, token_sha256, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, token_sha256 = EXCLUDED.token_sha256,
       created_at = EXCLUDED.created_at, revoked_at = NULL, last_used_at = NULL
     WHERE hub_tokens.revoked_at IS NOT NULL`,
    [name, role, tokenSha256(token), now],
  );
  if (rowCount === 0) throw new TokenNameTakenError(`a token named "${name}" already exists`);
  return { name, role, token };
}

async function tokenRow(client: HubClient, name: string): Promise<{ role: Role; revokedAt: Date | null }> {
  const { rows } = await client.query<{ role: Role; revoked_at: Date | null }>('SELECT role, revoked_at FROM hub_tokens WHERE name = $1', [name]);
  const row = rows[0];
  if (!row) throw new UnknownTokenError(name);
  return { role: row.role, revokedAt: row.revoked_at };
}

/** Revoked at `now`; a token revoked before keeps the time it was revoked. */
export async function revokeToken(client: HubClient, name: string, now: Date): Promise<RevokedToken> {
  const { rows } = await client.query<{ role: Role }>('UPDATE hub_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING role', [name, now]);
  if (rows[0]) return { name, role: rows[0].role, revokedAt: now, alreadyRevoked: false };
  const { role, revokedAt } = await tokenRow(client, name);
  return { name, role, revokedAt: revokedAt ?? now, alreadyRevoked: true };
}

/** A new secret for the same person and role; the old one matches nothing from this moment. */
export async function rotateToken(client: HubClient, name: string, now: Date): Promise<CreatedToken> {
  const token = newSecret();
  const { rows } = await client.query<{ role: Role }>(
    'UPDATE hub_tokens SET token_sha256 = $2, created_at = $3, last_used_at = NULL WHERE name = $1 AND revoked_at IS NULL RETURNING role',
    [name, tokenSha256(token), now],
  );
  if (rows[0]) return { name, role: rows[0].role, token };
  const { role, revokedAt } = await tokenRow(client, name);
  throw new TokenRevokedError(name, role, revokedAt ?? now);
}

export async function listTokens(client: HubClient): Promise<TokenInfo[]> {
  const { rows } = await client.query<{ name: string; role: Role; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }>(
    'SELECT name, role, created_at, last_used_at, revoked_at FROM hub_tokens ORDER BY name',
  );
  return rows.map((r) => ({ name: r.name, role: r.role, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

/** The person and role a live token names, or null for an unknown or revoked one. */
export async function callerOfToken(db: HubDb, token: string): Promise<{ name: string; role: Role; lastUsedAt: Date | null } | null> {
  const { rows } = await db.query<{ name: string; role: Role; last_used_at: Date | null }>(
    'SELECT name, role, last_used_at FROM hub_tokens WHERE token_sha256 = $1 AND revoked_at IS NULL',
    [tokenSha256(token)],
  );
  const row = rows[0];
  return row ? { name: row.name, role: row.role, lastUsedAt: row.last_used_at } : null;
}

/**
 * Notes a use at `at`, unless one was noted less than a minute before: the guard is in the
 * statement too, because several hub processes may note the same token at once.
 */
export async function noteTokenUse(db: HubDb, token: string, at: Date): Promise<void> {
  await db.query('UPDATE hub_tokens SET last_used_at = $2 WHERE token_sha256 = $1 AND (last_used_at IS NULL OR last_used_at <= $3)', [
    tokenSha256(token),
    at,
    new Date(at.getTime() - LAST_USED_EVERY_MS),
  ]);
}
