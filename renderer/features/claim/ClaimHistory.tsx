import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { errorLine } from '../../api/error-text';
import { useClaimStore } from '../../state/claimStore';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../i18n/format';
import { sideLabel } from '../../i18n/labels';
import { type ChainResult, checkChain } from './chainCheck';
import { entryQuote, entryTitle, summarizeDetail } from '../../i18n/historySummary';

type ChainState = { readonly key: string; readonly result: ChainResult | 'unavailable' };

/** This claim's chain, rechecked whenever its history changes; and the whole store, on demand. */
function ChainIndicator({ claim }: { readonly claim: ClaimDetail }) {
  const key = `${claim.id}:${claim.history.length}:${claim.history.at(-1)?.hash ?? ''}`;
  const [state, setState] = useState<ChainState | null>(null);
  const storeCheck = useClaimStore((s) => s.storeCheck);
  const verifyStore = useClaimStore((s) => s.verifyStore);
  const { t } = useTranslation();

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
  const breakHere = report?.chainBreak?.claimId === claim.id && !report.chainBreak.superseded ? report.chainBreak : null;

  let badge;
  if (breakHere) {
    badge = (
      <Badge tone="danger" title={breakHere.problem}>
        {t('history.chain.broken', { seq: breakHere.seq })}
      </Badge>
    );
  } else if (result === null) {
    badge = <Badge tone="neutral">{t('history.chain.checking')}</Badge>;
  } else if (result === 'unavailable') {
    badge = (
      <Badge tone="neutral" title={t('history.chain.notCheckedTitle')}>
        {t('history.chain.notChecked')}
      </Badge>
    );
  } else if (result.ok) {
    badge = (
      <Badge tone="ok" dot title={t('history.chain.verifiedTitle', { count: result.entries })}>
        {t('history.chain.verified')}
      </Badge>
    );
  } else {
    badge = (
      <Badge tone="danger" title={result.problem}>
        {t('history.chain.broken', { seq: result.seq })}
      </Badge>
    );
  }

  let storeLine: string | null = null;
  if (storeCheck?.state === 'running') storeLine = t('history.store.running');
  else if (storeCheck?.state === 'failed') storeLine = t('history.store.failed', { message: storeCheck.error ? errorLine(storeCheck.error) : t('history.store.unknownError') });
  else if (report) {
    storeLine = report.ok
      ? t('history.store.verified', { claims: report.claims, entries: report.historyEntries })
      : report.chainBreak
        ? t('history.store.broken', { claimId: report.chainBreak.claimId, seq: report.chainBreak.seq, problem: report.chainBreak.problem })
        : report.unlinkedRecords > 0
          ? t('history.store.unlinked', { count: report.unlinkedRecords })
          : t('history.store.problem', { integrity: report.integrity, missing: report.missingFiles.length, orphans: report.orphanFiles.length });
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
          title={t('history.store.verifyTitle')}
          data-testid="verify-store"
        >
          {t('history.store.verify')}
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
  const { t } = useTranslation();
  const entries = [...claim.history].sort((a, b) => b.seq - a.seq);
  return (
    <div className="history-panel">
      <ChainIndicator claim={claim} />
      {entries.length === 0 ? (
        <p className="faint">{t('history.none')}</p>
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
                  <span translate="no">{entry.actor}</span> <span className="faint">· {sideLabel(entry.side)}</span>
                  <span className="history__seq faint tabular"> · #{entry.seq}</span>
                </div>
                {summary && (
                  <div className="history__detail small" title={JSON.stringify(entry.detail, null, 2)}>
                    {summary}
                  </div>
                )}
                {quote && (
                  <blockquote className={entry.kind === 'internal-note' ? 'history__quote history__quote--internal' : 'history__quote'}>
                    {quote.label && <strong>{t('common.colon', { text: quote.label })} </strong>}
                    <span translate="no">{quote.text}</span>
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
