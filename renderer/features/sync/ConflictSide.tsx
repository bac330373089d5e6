import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { ConflictView } from '../../../shared/api/sync';
import { SIDES } from '../../../shared/domain/codes';
import { formatDateTime } from '../../i18n/format';
import { sideLabel } from '../../i18n/labels';
import { entryQuote, entryTitle, summarizeDetail } from '../../i18n/historySummary';

type Side = ConflictView['ours'];
type Entry = Side['entries'][number];

const sideOf = (entry: Entry) => SIDES.find((s) => s === entry.side);

/** One side of a conflict: who made it, then its history entries as the claim's history words them. */
export function ConflictSide({ kind, side, you }: { readonly kind: 'ours' | 'theirs'; readonly side: Side; readonly you: string | null }) {
  const { t } = useTranslation();
  const names = side.author
    .split(', ')
    .filter(Boolean)
    .map((name) => (name === you ? t('sync.conflicts.you', { name }) : name))
    .join(', ');
  return (
    <section className={`conflict-side conflict-side--${kind}`} data-testid={`conflict-${kind}`}>
      <header className="conflict-side__header">
        <h4 className="conflict-side__title">{t(kind === 'ours' ? 'sync.conflicts.ours' : 'sync.conflicts.theirs')}</h4>
        {names && (
          <span className="conflict-side__author small">
            <Trans i18nKey={kind === 'ours' ? 'sync.conflicts.oursBy' : 'sync.conflicts.theirsBy'} values={{ author: names }} components={{ name: <span translate="no" /> }} />
          </span>
        )}
      </header>
      {side.entries.length === 0 ? (
        <p className="faint small">{t('sync.conflicts.nothing')}</p>
      ) : (
        <ol className="conflict-side__entries">
          {side.entries.map((entry, i) => {
            const role = sideOf(entry);
            const summary = summarizeDetail({ ...entry, side: role ?? 'system' });
            const quote = entryQuote({ ...entry, side: role ?? 'system' });
            return (
              <li key={`${entry.seq}-${i}`} className="conflict-entry" data-kind={entry.kind}>
                <div className="conflict-entry__line">
                  <span className="conflict-entry__kind">{entryTitle({ ...entry, side: role ?? 'system' })}</span>
                  <span className="conflict-entry__time faint tabular" title={entry.at}>
                    {formatDateTime(entry.at)}
                  </span>
                </div>
                <div className="conflict-entry__who small">
                  <span translate="no">{entry.actor}</span>
                  {role && <span className="faint"> · {sideLabel(role)}</span>}
                </div>
                {summary && <div className="conflict-entry__detail small">{summary}</div>}
                {quote && (
                  <blockquote className="conflict-entry__quote small">
                    {quote.label && <strong>{t('common.colon', { text: quote.label })} </strong>}
                    <span translate="no">{quote.text}</span>
                  </blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
