// The push journal: a batch is written before it is sent and resent word for word until the hub
// answers, so a lost answer never applies twice. The outbox rows a batch covers point at it
// (outbox-table.ts).
import type { PushRequest } from '../../shared/api/hub-sync';
import type { Db } from './db';
import { stmt } from './statements';

export interface Batch {
  readonly id: number;
  readonly request: PushRequest;
}

/** The oldest batch written and not yet answered, if any. */
export function pendingBatch(db: Db): Batch | null {
  const row = stmt<[], { id: number; body: string }>(db, 'SELECT id, body FROM sync_batches ORDER BY id LIMIT 1').get();
  return row ? { id: row.id, request: JSON.parse(row.body) as PushRequest } : null;
}

/** Journals a batch and returns its id. */
export function insertBatch(db: Db, request: PushRequest, at: string): number {
  return Number(stmt(db, 'INSERT INTO sync_batches (body, created_at) VALUES (?, ?)').run(JSON.stringify(request), at).lastInsertRowid);
}

export function deleteBatch(db: Db, id: number): void {
  stmt(db, 'DELETE FROM sync_batches WHERE id = ?').run(id);
}
