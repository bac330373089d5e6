import { useEffect, useState } from 'react';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { useClaimStore } from '../../state/claimStore';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatCount, formatDateTime } from '../../ui/format';
import { SIDE_LABELS } from '../../ui/labels';
import { type ChainResult, checkChain } from './chainCheck';
import { entryQuote, entryTitle, summarizeDetail } from './historySummary';

type ChainState = { readonly key: string; readonly result: ChainResult | 'unavailable' };

/** This claim's chain, rechecked whenever its history changes; and the whole store, on demand. */
function ChainIndicator({ claim }: { readonly claim: ClaimDetail }) {
  const key = `${claim.id}:${claim.history.length}:${claim.history.at(-1)?.hash ?? ''}`;
  const [state, setState] = useState<ChainState | null>(null);
  const storeCheck = useClaimStore((s) => s.storeCheck);
  const verifyStore = useClaimStore((s) => s.verifyStore);

  useEffect(() => {
    let live = true;
    checkChain(claim.id, claim.history).then(
      (result) => live && setState({ key, result }),
      () => live && setState({ key, result: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [key, claim.id, claim.history]);

  const result = state?.key === key ? state.result : null;
  const report = storeCheck?.report ?? null;
  const breakHere = report?.chainBreak?.claimId === claim.id ? report.chainBreak : null;

  let badge;
  if (breakHere) {
    badge = <Badge tone="danger" title={breakHere.problem}>Chain broken at entry {breakHere.seq}</Badge>;
  } else if (result === null) {
    badge = <Badge tone="neutral">Checking chain…</Badge>;
  } else if (result === 'unavailable') {
    badge = <Badge tone="neutral" title="This window cannot compute hashes; use Verify store">Chain not checked</Badge>;
  } else if (result.ok) {
    badge = (
      <Badge tone="ok" dot title={`Each of the ${result.entries} entries matches its hash and links to the one before`}>
        Chain verified
      </Badge>
    );
  } else {
    badge = <Badge tone="danger" title={result.problem}>Chain broken at entry {result.seq}</Badge>;
  }

  let storeLine: string | null = null;
  if (storeCheck?.state === 'running') storeLine = 'Verifying the whole store…';
  else if (storeCheck?.state === 'failed') storeLine = `Store check failed: ${storeCheck.error?.message ?? 'unknown error'}`;
  else if (report) {
    storeLine = report.ok
      ? `Store verified: ${formatCount(report.claims)} claims, ${formatCount(report.historyEntries)} entries`
      : report.chainBreak
        ? `Store check: claim ${report.chainBreak.claimId}, entry ${report.chainBreak.seq}: ${report.chainBreak.problem}`
        : `Store check found a problem (integrity: ${report.integrity}; missing files: ${report.missingFiles.length})`;
  }

  return (
    <div className="chain" data-testid="chain-indicator">
      <div className="chain__line">
        <span data-testid="chain-state">{badge}</span>
        <Button
          size="small"
          variant="ghost"
          onClick={() => void verifyStore()}
          disabled={storeCheck?.state === 'running'}
          title="Check every claim's history chain, the database and the PoE files (store.verify)"
          data-testid="verify-store"
        >
          Verify store
        </Button>
      </div>
      {storeLine && (
        <p className={report && !report.ok ? 'chain__store chain__store--bad small' : 'chain__store small'} data-testid="store-check">
          {storeLine}
        </p>
      )}
    </div>
  );
}

/** Newest first: the last thing that happened is what a reviewer usually needs. */
export function ClaimHistory({ claim }: { readonly claim: ClaimDetail }) {
  const entries = [...claim.history].sort((a, b) => b.seq - a.seq);
  return (
    <div className="history-panel">
      <ChainIndicator claim={claim} />
      {entries.length === 0 ? (
        <p className="faint">No history yet.</p>
      ) : (
        <ol className="history" data-testid="claim-history">
          {entries.map((entry) => {
            const summary = summarizeDetail(entry);
            const quote = entryQuote(entry);
            return (
              <li key={entry.seq} className={`history__entry history__entry--${entry.side}`} data-kind={entry.kind}>
                <div className="history__line">
                  <span className="history__kind">{entryTitle(entry)}</span>
                  <span className="history__time faint tabular" title={entry.at}>
                    {formatDateTime(entry.at)}
                  </span>
                </div>
                <div className="history__who small">
                  {entry.actor} <span className="faint">· {SIDE_LABELS[entry.side]}</span>
                  <span className="history__seq faint tabular"> · #{entry.seq}</span>
                </div>
                {summary && (
                  <div className="history__detail small" title={JSON.stringify(entry.detail, null, 2)}>
                    {summary}
                  </div>
                )}
                {quote && (
                  <blockquote className={entry.kind === 'internal-note' ? 'history__quote history__quote--internal' : 'history__quote'}>
                    {quote.label && <strong>{quote.label}: </strong>}
                    {quote.text}
                  </blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
