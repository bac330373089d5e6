import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { PERIODS, type Period, useTeamStore } from '../../state/teamStore';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../i18n/format';
import { Spinner } from '../../ui/Spinner';

export function TeamToolbar() {
  const { t } = useTranslation();
  const days = useTeamStore((s) => s.days);
  const loading = useTeamStore((s) => s.loading);
  const generatedAt = useTeamStore((s) => s.dashboard?.generatedAt ?? null);
  const { setDays, load } = useTeamStore.getState();
  const periodId = useId();
  return (
    <div className="team-toolbar">
      <h1 className="team-toolbar__title">{t('team.toolbar.title')}</h1>
      {generatedAt && (
        <span className="team-toolbar__when faint small tabular" data-testid="team-generated-at">
          {t('team.toolbar.asOf', { time: formatDateTime(generatedAt) })}
        </span>
      )}
      {loading && <Spinner label={t('team.toolbar.refreshing')} />}
      <span className="team-toolbar__spacer" />
      <div className="team-toolbar__field">
        <label htmlFor={periodId}>{t('team.toolbar.period')}</label>
        <select id={periodId} className="select" value={days} onChange={(e) => setDays(Number(e.target.value) as Period)} data-testid="team-period">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t('team.toolbar.periodOption', { days: p })}
            </option>
          ))}
        </select>
      </div>
      <Button size="small" onClick={() => void load()} disabled={loading} data-testid="team-refresh">
        {t('team.toolbar.refresh')}
      </Button>
    </div>
  );
}
