// One change the team hub refused, as the claim screen's notice and the top bar's list both show it:
// what the change did (a line per history entry), why in the UI's language, and the hub's own words.
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/useTranslation';
import type { RefusalView, RefusedEntry } from '../../shared/api/sync';
import { refusalReason, refusedEntryWords } from '../i18n/hubRefusal';

interface RefusedChangeProps {
  readonly refusal: RefusalView;
  /** The acting person, whose own work reads "Your ...". */
  readonly you: string | null;
  /** Above a claim: the entries on one line, the hub's words after the reason. */
  readonly compact?: boolean;
}

export function RefusedChange({ refusal, you, compact = false }: RefusedChangeProps) {
  const { t } = useTranslation();
  const earlier = refusal.entryCount - refusal.entries.length;
  const hubSays = refusal.message && (
    <span className="refused-change__hub" data-testid="refused-hub-says">
      <span className="refused-change__label">{t('common.colon', { text: t('sync.refused.hubSays') })}</span> <span lang="en">{refusal.message}</span>
    </span>
  );
  return (
    <div className={`refused-change${compact ? ' refused-change--compact' : ''}`}>
      <ul className="refused-change__what" data-testid="refused-what">
        {refusal.entries.length === 0 && <li>{t('sync.refused.empty')}</li>}
        {refusal.entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`} data-kind={entry.kind}>
            <EntryLine entry={entry} you={you} />
          </li>
        ))}
        {earlier > 0 && <li className="refused-change__earlier">{t('sync.refused.earlier', { count: earlier })}</li>}
      </ul>
      <p className="refused-change__why">
        <span data-testid="refused-why">
          <span className="refused-change__label">{t('common.colon', { text: t('sync.refused.why') })}</span> {refusalReason(refusal.code)}
        </span>
        {compact && hubSays && <> {hubSays}</>}
      </p>
      {!compact && hubSays && <p className="refused-change__hub-line">{hubSays}</p>}
    </div>
  );
}

function EntryLine({ entry, you }: { readonly entry: RefusedEntry; readonly you: string | null }) {
  const words = refusedEntryWords(entry, you);
  return <Trans i18nKey={words.key} values={words.values} components={{ b: <strong />, name: <span translate="no">{words.actor}</span> }} />;
}
