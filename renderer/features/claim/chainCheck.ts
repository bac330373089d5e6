// The open claim's history chain, checked where the reviewer reads it: every entry's hash is
// recomputed from its content (shared/domain/history-chain) and must link to the entry before.
// This is the same walk `store.verify` makes over the whole store, for one claim, at every open.
import type { HistoryEntry } from '../../../shared/api/schemas';
import { chainPayload, GENESIS_HASH } from '../../../shared/domain/history-chain';
import { i18n } from '../../i18n/i18n';

export type ChainResult =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly seq: number; readonly problem: string };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function checkChain(claimId: string, history: readonly HistoryEntry[]): Promise<ChainResult> {
  const entries = [...history].sort((a, b) => a.seq - b.seq);
  let prevHash = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return { ok: false, seq: entry.seq, problem: i18n.t('history.chain.missingEntry', { expected: i + 1, found: entry.seq }) };
    if (entry.prevHash !== prevHash) return { ok: false, seq: entry.seq, problem: i18n.t('history.chain.unlinked') };
    const hash = await sha256Hex(chainPayload({ claimId, ...entry }));
    if (hash !== entry.hash) return { ok: false, seq: entry.seq, problem: i18n.t('history.chain.altered') };
    prevHash = entry.hash;
  }
  return { ok: true, entries: entries.length };
}
