// The hub's hashes: a file's and a history entry's SHA-256, and a token's, as lowercase hex.
import { createHash } from 'node:crypto';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** What the hub keeps of a token: never the token itself. */
export const tokenSha256 = (token: string): string => sha256Hex(token);
