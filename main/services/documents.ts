import { documentFileName, extensionFor } from '../../shared/domain/document-file-name';
import { DomainError } from '../../shared/api/result';
import { getDocument } from '../store/documents-table';
import { readStoredFile } from '../store/file-store';
import type { ServiceContext } from './context';

function documentNotFound(id: string): DomainError {
  return new DomainError('not-found', `no document with id "${id}"`, { key: 'document-not-found', params: { document: id } });
}

/** PoE bytes are read only from the managed, content-addressed store, never from a path given by a caller. */
export function documentContent(ctx: ServiceContext, id: string): Uint8Array<ArrayBuffer> {
  const doc = getDocument(ctx.store.db, id);
  if (!doc) throw documentNotFound(id);
  try {
    const bytes = readStoredFile(ctx.store.filesDir, doc.sha256);
    // A fresh ArrayBuffer: Node's pooled Buffer memory must not cross IPC or be transferred.
    return new Uint8Array(bytes);
  } catch {
    throw new DomainError('unavailable', `the file of document "${doc.name}" is missing from the data folder`, {
      key: 'document-file-missing',
      params: { name: doc.name },
    });
  }
}

export interface SystemViewerFile {
  readonly sha256: string;
  /** A plain file name: the document's name, tidied, with the extension its stored type calls for. */
  readonly fileName: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A PoE made ready for the operating system's viewer. The extension comes from the type the
 * store recorded from the bytes, never from the name, so "scan.pdf.exe" cannot become a program.
 */
export function systemViewerFile(ctx: ServiceContext, id: string): SystemViewerFile {
  const doc = getDocument(ctx.store.db, id);
  if (!doc) throw documentNotFound(id);
  // Documents and pictures only: an unknown type might be a program, and opening it would run it.
  if (!extensionFor(doc.mediaType)) {
    throw new DomainError(
      'forbidden',
      `"${doc.name}" is a file of unknown type; the workstation does not hand it to another program, because opening it could run it.`,
      { key: 'document-unknown-type', params: { name: doc.name } },
    );
  }
  return { sha256: doc.sha256, fileName: documentFileName(doc.name, doc.mediaType), bytes: documentContent(ctx, id) };
}
