import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './team.css';
import { useTeamStore } from '../../state/teamStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingBlock } from '../../ui/Spinner';
import { AgeingCard } from './AgeingCard';
import { CompetingList } from './CompetingList';
import { DecisionsCard } from './DecisionsCard';
import { ReviewerLoad } from './ReviewerLoad';
import { SummaryTiles } from './SummaryTiles';
import { TeamToolbar } from './TeamToolbar';
import { UrgentClaims } from './UrgentClaims';

/** Clocks move and the background tick changes claims: the figures are read again this often. */
const REFRESH_MS = 60_000;

/** The team lead's view: counts, urgent claims to hand out, load, ageing, decisions, competing claims. */
export function TeamView() {
  const { t } = useTranslation();
  const dashboard = useTeamStore((s) => s.dashboard);
  const loading = useTeamStore((s) => s.loading);
  const error = useTeamStore((s) => s.error);
  const load = useTeamStore((s) => s.load);

  useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <section className="team-view" aria-label={t('team.label')} data-testid="team-view">
      <TeamToolbar />
      <div className="team-view__body">
        {error && (
          <Banner testId="error-banner" title={t('team.loadFailed')}>
            <ErrorMessage error={error} />{' '}
            <Button size="small" onClick={() => void load()}>
              {t('common.tryAgain')}
            </Button>
          </Banner>
        )}
        {!dashboard && loading && <LoadingBlock label={t('team.loading')} />}
        {dashboard && (
          <>
            <SummaryTiles dashboard={dashboard} />
            <div className="team-grid team-grid--work">
              <UrgentClaims dashboard={dashboard} />
              <ReviewerLoad dashboard={dashboard} />
            </div>
            <div className="team-grid team-grid--charts">
              <AgeingCard ageing={dashboard.ageing} />
              <DecisionsCard days={dashboard.decisionsPerDay} />
            </div>
            <CompetingList competing={dashboard.competing} />
          </>
        )}
      </div>
    </section>
  );
}
