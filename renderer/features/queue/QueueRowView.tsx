import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { QueueRow } from '../../../shared/api/schemas';
import { formatAge, formatDateTime } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProductChips } from './ProductChips';
import { SlaCell } from '../../ui/SlaCell';

interface QueueRowViewProps {
  readonly row: QueueRow | undefined;
  readonly index: number;
  readonly domId: string;
  readonly selected: boolean;
  readonly top: number;
  readonly now: number;
  /** The claim, as shown, that a click opens: not whatever row holds the index by then. */
  readonly onOpen: (index: number, claimId: string) => void;
  /** The last refresh moved or changed this claim; the stamp restarts the mark for a new change. */
  readonly changeStamp: number | null;
}

export const QueueRowView = memo(function QueueRowView({ row, index, domId, selected, top, now, onOpen, changeStamp }: QueueRowViewProps) {
  const { t } = useTranslation();
  const style = { transform: `translateY(${top}px)` };
  if (!row) {
    return (
      <div className="queue-row queue-row--placeholder" role="row" aria-rowindex={index + 2} style={style} id={domId}>
        <div role="gridcell" className="queue-cell">
          <span className="skeleton skeleton--short" />
        </div>
        <div role="gridcell" className="queue-cell">
          <span className="skeleton" />
        </div>
        <div role="gridcell" className="queue-cell">
          <span className="skeleton" />
        </div>
      </div>
    );
  }
  return (
    <div
      className={`queue-row${selected ? ' queue-row--selected' : ''}${changeStamp === null ? '' : changeStamp % 2 ? ' queue-row--changed-a' : ' queue-row--changed-b'}`}
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="queue-row"
      data-claim-id={row.id}
      data-changed={changeStamp === null ? undefined : true}
      style={style}
      onClick={() => onOpen(index, row.id)}
    >
      <div role="gridcell" className="queue-cell queue-cell--stack" title={row.id}>
        {changeStamp !== null && (
          <span className="queue-row__changed" data-testid="queue-row-changed">
            <span className="visually-hidden">{t('queue.row.changed')}</span>
          </span>
        )}
        <span className="queue-cell__main queue-cell--id tabular" translate="no">
          {row.id}
        </span>
        {(row.competing > 0 || row.duplicatePoe > 0) && (
          // One line of markers: the row's height is fixed (the queue is virtualised).
          <span className="queue-cell__sub queue-cell__marks">
            {row.duplicatePoe > 0 && (
              <span data-testid="duplicate-poe-marker" title={t('queue.row.duplicatePoeTitle', { count: row.duplicatePoe })}>
                <Badge tone="danger">{t('queue.row.duplicatePoe')}</Badge>
              </span>
            )}
            {row.competing > 0 && (
              <span data-testid="competing-marker" title={t('queue.row.competingTitle')}>
                <Badge tone="warn">{t('queue.row.competing', { count: row.competing })}</Badge>
              </span>
            )}
          </span>
        )}
      </div>
      <div role="gridcell" className="queue-cell queue-cell--stack">
        <span className="queue-cell__main" title={row.partner.name} translate="no">
          {row.partner.name}
        </span>
        <span className="queue-cell__sub tabular" translate="no">
          MPN {row.partner.mpnId}
        </span>
      </div>
      <div role="gridcell" className="queue-cell queue-cell--stack">
        <span className="queue-cell__main" title={row.customer.name} translate="no">
          {row.customer.name}
        </span>
        <span className="queue-cell__sub mono" title={row.customer.tenantId} translate="no">
          {row.customer.tenantId}
        </span>
      </div>
      <div role="gridcell" className="queue-cell">
        <StatusBadge status={row.status} />
      </div>
      <div role="gridcell" className="queue-cell">
        <ProductChips products={row.products} />
      </div>
      <div role="gridcell" className="queue-cell">
        {row.assignee ? (
          <span className="queue-cell__main" translate="no">
            {row.assignee}
          </span>
        ) : (
          <span className="faint">{t('queue.row.unassigned')}</span>
        )}
      </div>
      <div role="gridcell" className="queue-cell">
        <SlaCell sla={row.sla} now={now} />
      </div>
      <div role="gridcell" className="queue-cell queue-cell--age tabular" title={t('queue.row.submitted', { date: formatDateTime(row.submittedAt, now) })}>
        {formatAge(row.submittedAt, now)}
      </div>
    </div>
  );
});
