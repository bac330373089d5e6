import { DomainError } from '../../shared/api/result';
import { getDocument } from '../store/documents-table';
import { readStoredFile } from '../store/file-store';
import type { ServiceContext } from './context';

/** PoE bytes are read only from the managed, content-addressed store, never from a path given by a caller. */
export function documentContent(ctx: ServiceContext, id: string): Uint8Array<ArrayBuffer> {
  const doc = getDocument(ctx.store.db, id);
  if (!doc) throw new DomainError('not-found', `no document with id "${id}"`);
  try {
    const bytes = readStoredFile(ctx.store.filesDir, doc.sha256);
    // A fresh ArrayBuffer: Node's pooled Buffer memory must not cross IPC or be transferred.
    return new Uint8Array(bytes);
  } catch {
    throw new DomainError('unavailable', `the file of document "${doc.name}" is missing from the data folder`);
  }
}
