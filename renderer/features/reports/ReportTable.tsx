import { useTranslation } from '../../i18n/useTranslation';
import type { ReportPreview } from '../../../shared/api/schemas';
import type { Deficiency, RejectionReason } from '../../../shared/domain/codes';
import { Badge } from '../../ui/Badge';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../i18n/format';
import { actionLabel, deficiencyLabel, reasonLabel } from '../../i18n/labels';

type Row = ReportPreview['rows'][number];

function why(row: Row): string {
  if (row.reason) return reasonLabel(row.reason as RejectionReason);
  return row.deficiencies.map((d) => deficiencyLabel(d as Deficiency)).join(', ');
}

/** The first rows of the report, as the files will hold them (the files have every column). */
export function ReportTable({ preview, onOpenClaim }: { readonly preview: ReportPreview; readonly onOpenClaim: (id: string) => void }) {
  const { t } = useTranslation();
  if (preview.total === 0) return <p className="report-empty">{t('reports.table.empty')}</p>;
  return (
    <section className="report-rows">
      <p className="report-rows__note small">
        {preview.rows.length < preview.total ? t('reports.table.showing', { shown: preview.rows.length, total: preview.total }) : t('reports.table.all', { count: preview.total })}
      </p>
      <div className="report-rows__scroll">
        <table className="report-table" aria-label={t('reports.table.label')} data-testid="report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.table.claim')}</th>
              <th scope="col">{t('reports.table.partner')}</th>
              <th scope="col">{t('reports.table.customer')}</th>
              <th scope="col">{t('reports.table.action')}</th>
              <th scope="col">{t('reports.table.outcome')}</th>
              <th scope="col">{t('reports.table.reason')}</th>
              <th scope="col">{t('reports.table.decidedBy')}</th>
              <th scope="col">{t('reports.table.decidedAt')}</th>
              <th scope="col" className="report-table__num">
                {t('reports.table.businessDays')}
              </th>
              <th scope="col">{t('reports.table.sla')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.decisionId} data-testid="report-row">
                <td>
                  <button type="button" className="link-button" onClick={() => onOpenClaim(row.claimId)} translate="no">
                    {row.claimId}
                  </button>
                </td>
                <td translate="no">{row.partnerName}</td>
                <td translate="no">{row.customerName}</td>
                <td>{actionLabel(row.action)}</td>
                <td>
                  <StatusBadge status={row.toStatus} />
                </td>
                <td className="report-table__why">{why(row)}</td>
                <td translate="no">{row.decidedBy}</td>
                <td className="tabular" data-testid="report-decided-at" title={row.decidedAt}>
                  {formatDateTime(row.decidedAt)}
                </td>
                <td className="report-table__num tabular">{row.businessDays ?? '—'}</td>
                <td>
                  {row.withinSla === null ? (
                    <span className="report-table__muted">{t('reports.table.notMeasured')}</span>
                  ) : row.withinSla ? (
                    <Badge tone="ok">{t('reports.table.within')}</Badge>
                  ) : (
                    <Badge tone="danger">{t('reports.table.late')}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
