import { useEffect } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import './reports.css';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/domain/report';
import { currentLocale } from '../../i18n/i18n';
import { useReportsStore } from '../../state/reportsStore';
import { useSessionStore } from '../../state/sessionStore';
import { openAtDesk } from '../../state/openAtDesk';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatBytes } from '../../i18n/format';
import { LoadingBlock, Spinner } from '../../ui/Spinner';
import { ReportFilters } from './ReportFilters';
import { ReportSummary } from './ReportSummary';
import { ReportTable } from './ReportTable';

/** The decision report: filters, a preview the store answers, and the three files to save. */
export function ReportsView() {
  const { t } = useTranslation();
  const preview = useReportsStore((s) => s.preview);
  const loading = useReportsStore((s) => s.loading);
  const error = useReportsStore((s) => s.error);
  const load = useReportsStore((s) => s.load);
  const start = useReportsStore((s) => s.start);
  const timeZone = useSessionStore((s) => s.info?.calendar.timeZone);

  useEffect(() => {
    if (timeZone) start(timeZone);
    else void load();
  }, [timeZone, start, load]);

  const reviewers = preview?.summary.byReviewer.map((r) => r.reviewer) ?? [];

  return (
    <div className="reports-view" data-testid="reports-view">
      <header className="reports-view__header">
        <div>
          <h1 className="reports-view__title">{t('reports.title')}</h1>
          <p className="reports-view__intro">{t('reports.intro')}</p>
        </div>
        <ExportButtons />
      </header>
      <ReportFilters reviewers={reviewers} />
      <ExportStatus />
      {error && (
        <Banner testId="error-banner" title={t('reports.loadFailed')}>
          <ErrorMessage error={error} />{' '}
          <Button size="small" onClick={() => void load()}>
            {t('reports.retry')}
          </Button>
        </Banner>
      )}
      {!preview && loading && <LoadingBlock label={t('reports.loading')} />}
      {preview && (
        <div className={loading ? 'reports-view__body reports-view__body--stale' : 'reports-view__body'} aria-busy={loading}>
          <ReportSummary preview={preview} locale={currentLocale()} />
          <ReportTable preview={preview} onOpenClaim={openAtDesk} />
        </div>
      )}
    </div>
  );
}

function ExportButtons() {
  const { t } = useTranslation();
  const exporting = useReportsStore((s) => s.exporting);
  const exportAs = useReportsStore((s) => s.exportAs);
  const empty = useReportsStore((s) => s.preview?.total === 0);
  const labels: Record<ReportFormat, string> = { csv: t('reports.export.csv'), xlsx: t('reports.export.xlsx'), pdf: t('reports.export.pdf') };
  return (
    <div className="reports-view__export" role="group" aria-label={t('reports.export.label')}>
      {REPORT_FORMATS.map((format) => (
        <Button key={format} variant={format === 'xlsx' ? 'primary' : 'default'} disabled={exporting !== null || empty} onClick={() => void exportAs(format)} data-testid={`export-${format}`}>
          {exporting === format && <Spinner label={t('reports.export.working', { format: labels[format] })} />}
          {labels[format]}
        </Button>
      ))}
    </div>
  );
}

function ExportStatus() {
  const { t } = useTranslation();
  const exporting = useReportsStore((s) => s.exporting);
  const exported = useReportsStore((s) => s.exported);
  const exportError = useReportsStore((s) => s.exportError);
  if (!exporting && !exported && !exportError) return null;
  return (
    <p className={exportError ? 'reports-view__status reports-view__status--error' : 'reports-view__status'} aria-live="polite" data-testid="export-status">
      {exporting
        ? t('reports.export.working', { format: exporting.toUpperCase() })
        : exportError
          ? <Trans i18nKey="reports.export.failed" components={{ message: <ErrorMessage error={exportError} /> }} />
          : exported && (
              <>
                {t('reports.export.saved', { size: formatBytes(exported.bytes) })} <span translate="no">{exported.name}</span>
              </>
            )}
    </p>
  );
}
