import { useTranslation } from '../../i18n/useTranslation';
import type { ReportPreview } from '../../../shared/api/schemas';
import { formatCount, formatDate } from '../../i18n/format';
import { actionLabel } from '../../i18n/labels';

const percent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The report's figures at a glance, then by action and by reviewer, as tables. */
export function ReportSummary({ preview, locale }: { readonly preview: ReportPreview; readonly locale: string }) {
  const { t } = useTranslation();
  const { summary } = preview;
  const { within, measured, share } = summary.withinSla;
  return (
    <section className="report-summary" aria-label={t('reports.summary.label')} data-testid="report-summary">
      <div className="report-tiles">
        <div className="report-tile">
          <div className="report-tile__label">{t('reports.summary.decisions')}</div>
          <div className="report-tile__value tabular" data-testid="report-total">
            {formatCount(summary.decisions)}
          </div>
          {summary.firstDecidedAt && summary.lastDecidedAt && (
            <div className="report-tile__note">
              {formatDate(summary.firstDecidedAt)} – {formatDate(summary.lastDecidedAt)}
            </div>
          )}
        </div>
        <div className="report-tile">
          <div className="report-tile__label">{t('reports.summary.withinSla')}</div>
          <div className="report-tile__value tabular" data-testid="report-within">
            {share === null ? '—' : percent(share, locale)}
          </div>
          <div className="report-tile__note">{measured ? t('reports.summary.withinSlaOf', { within, measured }) : t('reports.summary.noneMeasured')}</div>
        </div>
        <div className="report-tile">
          <div className="report-tile__label">{t('reports.summary.median')}</div>
          <div className="report-tile__value tabular">
            {summary.medianBusinessDays === null ? '—' : t('reports.summary.medianValue', { count: summary.medianBusinessDays })}
          </div>
        </div>
      </div>
      <div className="report-breakdowns">
        <table className="report-small-table">
          <caption>{t('reports.summary.byAction')}</caption>
          <tbody>
            {summary.byAction.map(({ action, count }) => (
              <tr key={action}>
                <th scope="row">{actionLabel(action)}</th>
                <td className="tabular">{formatCount(count)}</td>
                <td className="report-bar-cell" aria-hidden="true">
                  <span className="report-bar" style={{ width: `${summary.decisions ? (count / summary.decisions) * 100 : 0}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-small-table">
          <caption>{t('reports.summary.byReviewer')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.summary.reviewer')}</th>
              <th scope="col">{t('reports.summary.count')}</th>
              <th scope="col">{t('reports.summary.within')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byReviewer.map((r) => (
              <tr key={r.reviewer}>
                <th scope="row" translate="no">
                  {r.reviewer}
                </th>
                <td className="tabular">{formatCount(r.decisions)}</td>
                <td className="tabular">{r.measured ? percent(r.withinSla / r.measured, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
