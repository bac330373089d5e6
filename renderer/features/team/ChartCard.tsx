import { type ReactNode, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Button } from '../../ui/Button';
import { TeamCard } from './TeamCard';

interface ChartCardProps {
  readonly title: string;
  readonly sub: string;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  readonly testId: string;
}

/** A chart with its numbers one click away as an accessible table. */
export function ChartCard({ title, sub, chart, table, testId }: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <TeamCard
      title={title}
      sub={sub}
      className="team-card--chart"
      testId={testId}
      actions={
        <Button size="small" variant="ghost" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} data-testid="chart-as-table">
          {asTable ? t('team.chart.showChart') : t('team.chart.showTable')}
        </Button>
      }
    >
      <div className="team-chart">{asTable ? table : chart}</div>
    </TeamCard>
  );
}
