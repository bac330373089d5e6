// `cpor verify`: is the store sound? SQLite's own integrity and foreign-key checks, every claim's
// history chain, and every document's file present in the content-addressed store.
import { existsSync } from 'node:fs';
import { storedFileHashes } from '../store/documents-table';
import { filePath } from '../store/file-store';
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
}

export function verifyStore(store: Store): VerifyReport {
  const { db } = store;
  const integrity = integrityCheck(db);
  const foreignKeys = foreignKeyProblems(db);
  const unlinked = unlinkedRecords(db);
  const claims = claimCount(db);
  const historyEntries = historyEntryCount(db);
  const chainBreak = findFirstChainBreak(db);
  const missingFiles = storedFileHashes(db).filter((sha) => !existsSync(filePath(store.filesDir, sha)));
  return {
    ok: integrity === 'ok' && foreignKeys === 0 && unlinked === 0 && chainBreak === null && missingFiles.length === 0,
    integrity,
    foreignKeys,
    unlinkedRecords: unlinked,
    claims,
    historyEntries,
    chainBreak,
    missingFiles,
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
  return null;
}
