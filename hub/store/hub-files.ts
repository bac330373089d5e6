// PoE files travel with their claims: content-addressed by SHA-256, so a file is stored once however
// many claims or workstations hold it, and what arrives is checked against its name.
import type { HubDb } from './hub-db';
import { sha256Hex } from '../hash';
import { MAX_DOCUMENT_BYTES } from '../../shared/api/bundle';

export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;
const SHA = /^[0-9a-f]{64}$/;

export class FileRefused extends Error {}

export async function missingFiles(db: HubDb, hashes: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(hashes.filter((h) => SHA.test(h)))];
  const { rows } = await db.query<{ sha256: string }>('SELECT sha256 FROM hub_files WHERE sha256 = ANY($1)', [wanted]);
  const have = new Set(rows.map((r) => r.sha256));
  return wanted.filter((h) => !have.has(h));
}

export async function putFile(db: HubDb, sha256: string, mediaType: string, bytes: Buffer): Promise<void> {
  if (!SHA.test(sha256)) throw new FileRefused('a file is named by its SHA-256 in lower-case hex');
  if (sha256Hex(bytes) !== sha256) throw new FileRefused(`the file's content does not hash to ${sha256}`);
  await db.query('INSERT INTO hub_files (sha256, media_type, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha256, mediaType.slice(0, 200), bytes]);
}

export async function getFile(db: HubDb, sha256: string): Promise<{ mediaType: string; bytes: Buffer } | null> {
  if (!SHA.test(sha256)) return null;
  const { rows } = await db.query<{ media_type: string; bytes: Buffer }>('SELECT media_type, bytes FROM hub_files WHERE sha256 = $1', [sha256]);
  return rows[0] ? { mediaType: rows[0].media_type, bytes: rows[0].bytes } : null;
}
