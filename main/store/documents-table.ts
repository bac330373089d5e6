import type { DocumentInfo } from '../../shared/api/schemas';
import type { Db } from './db';
import { stmt } from './statements';

interface DocumentRow {
  id: string;
  name: string;
  sha256: string;
  media_type: string;
  size: number;
  pages: number | null;
}

export interface NewDocument {
  readonly id: string;
  readonly claimId: string;
  readonly position: number;
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly addedAt: string;
}

export function upsertFile(db: Db, sha256: string, size: number, mediaType: string, at: string): void {
  stmt(db, 'INSERT OR IGNORE INTO files (sha256, size, media_type, stored_at) VALUES (?, ?, ?, ?)').run(
    sha256,
    size,
    mediaType,
    at,
  );
}

export function replaceDocuments(db: Db, claimId: string, docs: readonly NewDocument[]): void {
  stmt(db, 'DELETE FROM documents WHERE claim_id = ?').run(claimId);
  const insert = stmt(db, 
    'INSERT INTO documents (id, claim_id, position, name, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const d of docs) {
    upsertFile(db, d.sha256, d.size, d.mediaType, d.addedAt);
    insert.run(d.id, d.claimId, d.position, d.name, d.sha256, d.addedAt);
  }
}

/** Every PoE file the store holds, by hash, in hash order. */
export function storedFileHashes(db: Db): string[] {
  return stmt<[], string>(db, 'SELECT sha256 FROM files ORDER BY sha256').pluck().all();
}

const SELECT_DOCS = `SELECT d.id, d.name, d.sha256, f.media_type, f.size, d.pages
  FROM documents d JOIN files f ON f.sha256 = d.sha256`;

export function listDocuments(db: Db, claimId: string): DocumentInfo[] {
  return stmt<[string], DocumentRow>(db, `${SELECT_DOCS} WHERE d.claim_id = ? ORDER BY d.position`)
    .all(claimId)
    .map((r) => ({ id: r.id, name: r.name, sha256: r.sha256, mediaType: r.media_type, size: r.size, pages: r.pages }));
}

export function getDocument(db: Db, id: string): DocumentInfo | undefined {
  const r = stmt<[string], DocumentRow>(db, `${SELECT_DOCS} WHERE d.id = ?`).get(id);
  return r && { id: r.id, name: r.name, sha256: r.sha256, mediaType: r.media_type, size: r.size, pages: r.pages };
}
