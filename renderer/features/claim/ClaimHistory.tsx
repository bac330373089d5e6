import type { HistoryEntry } from '../../../shared/api/schemas';
import { formatDateTime } from '../../ui/format';
import { SIDE_LABELS } from '../../ui/labels';
import { Section } from './FieldList';
import { entryTitle, summarizeDetail } from './historySummary';

/** Newest first: the last thing that happened is what a reviewer usually needs. */
export function ClaimHistory({ history }: { readonly history: readonly HistoryEntry[] }) {
  const entries = [...history].sort((a, b) => b.seq - a.seq);
  return (
    <Section title="History" aside={String(history.length)}>
      {entries.length === 0 ? (
        <p className="faint">No history yet.</p>
      ) : (
        <ol className="history" data-testid="claim-history">
          {entries.map((entry) => {
            const summary = summarizeDetail(entry);
            return (
              <li key={entry.seq} className={`history__entry history__entry--${entry.side}`}>
                <div className="history__line">
                  <span className="history__seq tabular">#{entry.seq}</span>
                  <span className="history__kind">{entryTitle(entry)}</span>
                  <span className="history__time faint tabular" title={entry.at}>
                    {formatDateTime(entry.at)}
                  </span>
                </div>
                <div className="history__who small">
                  {entry.actor} <span className="faint">· {SIDE_LABELS[entry.side]}</span>
                </div>
                {summary && (
                  <div className="history__detail small" title={JSON.stringify(entry.detail, null, 2)}>
                    {summary}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
