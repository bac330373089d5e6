// `cpor verify`: is the store sound? SQLite's own integrity and foreign-key checks, every claim's
// history chain, every document's file present in the content-addressed store, and nothing else
// left there (a file no claim refers to, an import's staging folder a crash left behind).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../shared/api/result';
import { storedFileHashes } from '../store/documents-table';
import { filePath, listFilesDir } from '../store/file-store';
import { FILES_DIR } from '../store/open';
import { IMPORT_STAGING_PREFIX } from './import/import-bundle';
import { type ChainBreak, findFirstChainBreak } from '../store/history-table';
import type { Store } from '../store/open';
import { claimCount, foreignKeyProblems, historyEntryCount, integrityCheck, unlinkedRecords } from '../store/store-facts';

export interface VerifyReport {
  readonly ok: boolean;
  readonly integrity: string;
  readonly foreignKeys: number;
  /** Comments and decisions pointing at no entry of their claim's current history chain. */
  readonly unlinkedRecords: number;
  readonly claims: number;
  readonly historyEntries: number;
  readonly chainBreak: ChainBreak | null;
  readonly missingFiles: string[];
  /** Paths in the data folder no claim refers to (`files/ab/<sha256>`, `.importing-…`): what `--repair` removes. */
  readonly orphanFiles: string[];
}

/** What sits in `files/` (and import staging) that no stored document refers to, as paths in the data folder. */
export function orphanFiles(store: Store, referenced: ReadonlySet<string>): string[] {
  const orphans = listFilesDir(store.filesDir)
    .filter(({ shard, name }) => !referenced.has(name) || shard !== name.slice(0, 2))
    .map(({ shard, name }) => [FILES_DIR, shard, name].filter(Boolean).join('/'));
  const staging = readdirSync(store.dataDir).filter((n) => n.startsWith(IMPORT_STAGING_PREFIX));
  return [...orphans, ...staging].sort();
}

/**
 * `verify --repair`: removes what no claim refers to, telling each path before it goes (a file no
 * claim refers to is never a PoE of this store). Returns the paths removed.
 */
export function removeOrphans(store: Store, tell: (path: string) => void): string[] {
  if (store.readOnly) throw new DomainError('unavailable', `the data folder ${store.dataDir} cannot be written here (read-only): nothing was repaired`);
  const orphans = orphanFiles(store, new Set(storedFileHashes(store.db)));
  for (const path of orphans) {
    tell(path);
    rmSync(join(store.dataDir, path), { recursive: true, force: true });
  }
  return orphans;
}

export function verifyStore(store: Store): VerifyReport {
  const { db } = store;
  const integrity = integrityCheck(db);
  const foreignKeys = foreignKeyProblems(db);
  const unlinked = unlinkedRecords(db);
  const claims = claimCount(db);
  const historyEntries = historyEntryCount(db);
  const chainBreak = findFirstChainBreak(db);
  const stored = storedFileHashes(db);
  const missingFiles = stored.filter((sha) => !existsSync(filePath(store.filesDir, sha)));
  const orphans = orphanFiles(store, new Set(stored));
  return {
    ok: integrity === 'ok' && foreignKeys === 0 && unlinked === 0 && chainBreak === null && missingFiles.length === 0 && orphans.length === 0,
    integrity,
    foreignKeys,
    unlinkedRecords: unlinked,
    claims,
    historyEntries,
    chainBreak,
    missingFiles,
    orphanFiles: orphans,
  };
}

/** The one-line reason of a failed verification, naming the first broken thing. */
export function verifyFailure(r: VerifyReport): string | null {
  if (r.integrity !== 'ok') return `SQLite integrity check failed: ${r.integrity}`;
  if (r.foreignKeys > 0) return `${r.foreignKeys} rows reference missing rows (foreign key check)`;
  if (r.unlinkedRecords > 0) return `${r.unlinkedRecords} comments or decisions point at no entry of their claim's history`;
  if (r.chainBreak) {
    const chain = r.chainBreak.chain > 0 ? ` (chain ${r.chainBreak.chain})` : '';
    return `history of claim ${r.chainBreak.claimId}${chain}, entry ${r.chainBreak.seq}: ${r.chainBreak.problem}`;
  }
  if (r.missingFiles.length) return `${r.missingFiles.length} PoE files are missing from the data folder (first: ${r.missingFiles[0]})`;
  if (r.orphanFiles.length) {
    const shown = r.orphanFiles.slice(0, 5).join(', ');
    const more = r.orphanFiles.length > 5 ? ` and ${r.orphanFiles.length - 5} more` : '';
    return `${r.orphanFiles.length} files in the data folder belong to no claim (${shown}${more}); "cpor verify --repair" removes them`;
  }
  return null;
}
