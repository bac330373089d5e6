// Import a bundle (a folder or a .zip): validate every row and every file first, then store the
// files, then write all claims in one transaction. Any problem and nothing is imported.
import { putFile } from '../../store/file-store';

const PARALLEL_WRITES = 16;
import type { ServiceContext } from '../context';
import type { BundleSource } from './bundle-source';
import { checkDocuments, type CheckedDocument, sha256 } from './check-documents';
import { BundleRefusedError } from './errors';
import { MAX_DOCUMENT_BYTES } from './limits';
import { openBundle } from './open-bundle';
import { readClaims } from './parse-claims';
import { type ImportSummary, writeClaims } from './write-claims';

export type { ImportSummary } from './write-claims';

/**
 * Files first (content-addressed, so an interrupted import leaves only unreferenced blobs),
 * re-read and re-hashed so a file changed since the check is caught, not stored.
 */
async function storeFiles(ctx: ServiceContext, source: BundleSource, documents: ReadonlyMap<string, readonly CheckedDocument[]>): Promise<void> {
  const queue = [...documents.values()].flat();
  // Reads stay in order (a zip is read sequentially); writes and their fsyncs overlap.
  const writing = new Set<Promise<void>>();
  let failure: unknown = null;
  for (const doc of queue) {
    if (failure) break;
    const read = await source.read(doc.relPath, MAX_DOCUMENT_BYTES);
    if (!read.ok || sha256(read.bytes) !== doc.sha256) {
      failure = new BundleRefusedError([{ row: null, problem: `"${doc.relPath}" changed while it was being imported` }]);
      break;
    }
    const write: Promise<void> = putFile(ctx.store.filesDir, doc.sha256, read.bytes)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= PARALLEL_WRITES) await Promise.race(writing);
  }
  await Promise.all(writing);
  if (failure) throw failure;
}

export async function importBundle(ctx: ServiceContext, bundlePath: string): Promise<ImportSummary> {
  const source = await openBundle(bundlePath);
  try {
    const { claims, rows, problems } = await readClaims(source);
    const documents = await checkDocuments(source, claims, rows, problems);
    if (problems.length) throw new BundleRefusedError(problems);
    await storeFiles(ctx, source, documents);
    return writeClaims(ctx, source.name, claims, documents, rows);
  } finally {
    await source.close();
  }
}
