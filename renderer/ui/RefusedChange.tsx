// One change the team hub refused, as the claim screen's notice and the top bar's list both show it:
// what the change did (a line per history entry), why in the UI's language, and the hub's own words.
import { Trans, useTranslation } from 'react-i18next';
import type { RefusalView, RefusedEntry } from '../../shared/api/sync';
import { refusalReason, refusedEntryWords } from '../i18n/hubRefusal';

export function RefusedChange({ refusal, you }: { readonly refusal: RefusalView; readonly you: string | null }) {
  const { t } = useTranslation();
  const earlier = refusal.entryCount - refusal.entries.length;
  return (
    <div className="refused-change">
      <ul className="refused-change__what" data-testid="refused-what">
        {refusal.entries.length === 0 && <li>{t('sync.refused.empty')}</li>}
        {refusal.entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`} data-kind={entry.kind}>
            <EntryLine entry={entry} you={you} />
          </li>
        ))}
        {earlier > 0 && <li className="refused-change__earlier">{t('sync.refused.earlier', { count: earlier })}</li>}
      </ul>
      <p className="refused-change__why" data-testid="refused-why">
        <span className="refused-change__label">{t('common.colon', { text: t('sync.refused.why') })}</span> {refusalReason(refusal.code)}
      </p>
      {refusal.message && (
        <p className="refused-change__hub" data-testid="refused-hub-says">
          <span className="refused-change__label">{t('common.colon', { text: t('sync.refused.hubSays') })}</span>{' '}
          <span lang="en" className="refused-change__message">
            {refusal.message}
          </span>
        </p>
      )}
    </div>
  );
}

function EntryLine({ entry, you }: { readonly entry: RefusedEntry; readonly you: string | null }) {
  const words = refusedEntryWords(entry, you);
  return <Trans i18nKey={words.key} values={words.values} components={{ b: <strong />, name: <span translate="no">{words.actor}</span> }} />;
}
