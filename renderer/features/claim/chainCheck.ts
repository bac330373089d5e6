// The open claim's history chain, checked where the reviewer reads it: every entry's hash is
// recomputed from its content and must link to the entry before. This is the same walk
// `store.verify` makes over the whole store (shared/domain/history-chain), for one claim, at every
// open, with the browser's own SHA-256.
import type { HistoryEntry } from '../../../shared/api/schemas';
import { type ChainBreak, findChainBreakAsync } from '../../../shared/domain/history-chain';
import { i18n } from '../../i18n/i18n';

export type ChainResult =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly seq: number; readonly problem: string };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The break in the UI's language (`cpor verify` prints `problem`, in English). */
function problemText(b: ChainBreak): string {
  switch (b.kind) {
    case 'missing':
      return i18n.t('history.chain.missingEntry', { expected: b.expected, found: b.seq });
    case 'unlinked':
      return i18n.t('history.chain.unlinked');
    case 'unreadable':
      return i18n.t('history.chain.unreadable');
    case 'altered':
      return i18n.t('history.chain.altered');
  }
}

export async function checkChain(claimId: string, history: readonly HistoryEntry[]): Promise<ChainResult> {
  const entries = [...history].sort((a, b) => a.seq - b.seq);
  const broken = await findChainBreakAsync(claimId, entries, sha256Hex);
  return broken ? { ok: false, seq: broken.seq, problem: problemText(broken) } : { ok: true, entries: entries.length };
}
