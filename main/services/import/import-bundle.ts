// Import a bundle (a folder or a .zip): validate every row and every file first, then write the
// files to a staging folder, then move them in and write all claims in one transaction. Any problem
// (a refusal by the rules, a full disk) and nothing is imported, and no file is left behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { moveStagedFiles, putFile, removeStoredFiles } from '../../store/file-store';
import { storedFileHashes } from '../../store/documents-table';
import type { ServiceContext } from '../context';
import type { BundleSource } from './bundle-source';
import { checkDocuments, type CheckedDocument, sha256 } from './check-documents';
import { BundleRefusedError } from './errors';
import { MAX_DOCUMENT_BYTES } from './limits';
import { openBundle } from './open-bundle';
import { readClaims } from './parse-claims';
import { type ImportSummary, writeClaims } from './write-claims';
import { FREE_SPACE_MARGIN_BYTES, freeBytes } from '../disk-space';

const PARALLEL_WRITES = 16;
/** Where an import stages its files, inside the data folder so each moves in by one rename. */
export const IMPORT_STAGING_PREFIX = '.importing-';

export type { ImportSummary } from './write-claims';

/** Files first, into staging: re-read and re-hashed so a file changed since the check is caught, not stored. */
async function stageFiles(staging: string, source: BundleSource, documents: ReadonlyMap<string, readonly CheckedDocument[]>): Promise<void> {
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
    const write: Promise<void> = putFile(staging, doc.sha256, read.bytes)
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
    refuseWithoutSpace(ctx.store.dataDir, documents);
    const staging = mkdtempSync(join(ctx.store.dataDir, IMPORT_STAGING_PREFIX));
    try {
      await stageFiles(staging, source, documents);
      return commit(ctx, staging, () => writeClaims(ctx, source.name, claims, documents, rows));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    await source.close();
  }
}

/** The disk must take every PoE file (each once) with room to spare, checked before one is written. */
function refuseWithoutSpace(dataDir: string, documents: ReadonlyMap<string, readonly CheckedDocument[]>): void {
  const sizes = new Map([...documents.values()].flat().map((d) => [d.sha256, d.size]));
  const needed = [...sizes.values()].reduce((a, b) => a + b, 0);
  const free = freeBytes(dataDir);
  if (needed + FREE_SPACE_MARGIN_BYTES > free) {
    const mb = (n: number) => Math.ceil(n / 100_000) / 10;
    throw new BundleRefusedError([
      { row: null, problem: `the bundle's PoE files need ${mb(needed)} MB and the disk has ${mb(free)} MB free (with 64 MB to spare); nothing was written` },
    ]);
  }
}

/**
 * Moves the staged files in, then writes the claims. A write the rules refuse takes back the files
 * it brought that no claim refers to (another import may have committed the same file meanwhile).
 * A crash between the two leaves files no claim refers to: `cpor verify` lists them and
 * `cpor verify --repair` removes them.
 */
function commit<T>(ctx: ServiceContext, staging: string, write: () => T): T {
  const added = moveStagedFiles(staging, ctx.store.filesDir);
  try {
    return write();
  } catch (err) {
    const referenced = new Set(storedFileHashes(ctx.store.db));
    removeStoredFiles(
      ctx.store.filesDir,
      added.filter((sha) => !referenced.has(sha)),
    );
    throw err;
  }
}
