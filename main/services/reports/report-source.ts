// The decision report's rows, streamed in decision order from one read snapshot of the store
// (store/decision-report.ts) and turned into report rows: which clock each decision answered, how
// long it took, times in the calendar's zone.
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { Action, PolicyId, ProductFamily, Status } from '../../../shared/domain/codes';
import { TRANSITIONS } from '../../../shared/domain/lifecycle';
import { decisionTimer, periodBounds, type ReportFilters, type ReportRow } from '../../../shared/domain/report';
import { inCalendarZone } from '../../../shared/domain/sla';
import { openDecisionReport, type RawReportRow, REPORT_FIELD, type ReportField } from '../../store/decision-report';
import type { Store } from '../../store/open';

const list = (json: string): string[] => (json === '[]' ? [] : (JSON.parse(json) as string[]));

/** A report row from a raw one; `timing` is the report's decisionTimer. */
function toReportRow(r: RawReportRow, cal: CalendarConfig, timing: ReturnType<typeof decisionTimer>): ReportRow {
  const get = <T>(field: ReportField) => r[REPORT_FIELD[field]] as T;
  const action = get<Action>('action');
  const fromStatus = get<Status>('fromStatus');
  const policy = get<PolicyId>('policy');
  const at = get<string>('at');
  const timed = timing({ action, fromStatus, policy, decidedAt: at, enteredAt: get('enteredAt') });
  return {
    decisionId: get('id'),
    claimId: get('claimId'),
    partnerMpnId: get('partnerMpnId'),
    partnerName: get('partnerName'),
    customerTenantId: get('customerTenantId'),
    customerName: get('customerName'),
    productFamily: get<ProductFamily>('productFamily'),
    products: list(get('products')),
    policy,
    action,
    fromStatus,
    toStatus: get<Status>('toStatus'),
    side: TRANSITIONS[action].side,
    decidedBy: get('actor'),
    decidedAt: inCalendarZone(at, cal),
    reason: get('reason'),
    deficiencies: list(get('deficiencies')),
    message: get('message'),
    override: get('override'),
    clock: timed?.clock ?? null,
    clockStartedAt: timed ? inCalendarZone(timed.startedAt, cal) : null,
    dueAt: timed?.dueAt ?? null,
    businessDays: timed?.businessDays ?? null,
    withinSla: timed?.withinSla ?? null,
  };
}

export interface ReportSource {
  readonly total: number;
  readonly calendar: CalendarConfig;
  /** Every matching decision in decision order; may be walked more than once (same snapshot). */
  rows(): Generator<ReportRow>;
  close(): void;
}

export function openReportSource(store: Pick<Store, 'dbFile'>, filters: ReportFilters, calendar: CalendarConfig): ReportSource {
  const source = openDecisionReport(store, { ...filters, ...periodBounds(filters, calendar) });
  return {
    total: source.total,
    calendar,
    *rows() {
      const timing = decisionTimer(calendar);
      for (const r of source.rows()) yield toReportRow(r, calendar, timing);
    },
    close: () => source.close(),
  };
}
