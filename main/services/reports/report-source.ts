// The decision report's rows, streamed in decision order from one read snapshot of the store
// (store/decision-report.ts) and turned into report rows: which clock each decision answered, how
// long it took, times in the calendar's zone.
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { Action, PolicyId, ProductFamily, Status } from '../../../shared/domain/codes';
import { TRANSITIONS } from '../../../shared/domain/lifecycle';
import { decisionTimer, periodBounds, type ReportFilters, type ReportRow } from '../../../shared/domain/report';
import { calendarIso, calendarTime } from '../../../shared/domain/sla';
import {
  CLAIM_FIELD,
  DECISION_FIELD,
  openDecisionReport,
  type DecisionKey,
  type DecisionReportOptions,
  type DecisionRange,
  type RawClaimRow,
  type RawDecisionRow,
} from '../../store/decision-report';
import type { Store } from '../../store/open';

// Most decisions have no deficiencies: one shared empty list for them all.
const NONE: readonly string[] = Object.freeze([]);
const list = (json: string): readonly string[] => (json === '[]' ? NONE : (JSON.parse(json) as string[]));

/** What a row says of its claim, made once per claim. */
type ClaimPart = Pick<ReportRow, 'claimId' | 'partnerMpnId' | 'partnerName' | 'customerTenantId' | 'customerName' | 'productFamily' | 'products'> & {
  readonly policy: PolicyId;
};

function claimPart(r: RawClaimRow): ClaimPart {
  return {
    claimId: r[CLAIM_FIELD.id] as string,
    partnerMpnId: r[CLAIM_FIELD.partnerMpnId] as string,
    partnerName: r[CLAIM_FIELD.partnerName] as string,
    customerTenantId: r[CLAIM_FIELD.customerTenantId] as string,
    customerName: r[CLAIM_FIELD.customerName] as string,
    productFamily: r[CLAIM_FIELD.productFamily] as ProductFamily,
    policy: r[CLAIM_FIELD.policy] as PolicyId,
    products: list(r[CLAIM_FIELD.products] as string),
  };
}

const F = DECISION_FIELD;

/** A report row from a raw decision and its claim; `timing` is the report's decisionTimer. */
function toReportRow(r: RawDecisionRow, claim: ClaimPart, cal: CalendarConfig, timing: ReturnType<typeof decisionTimer>): ReportRow {
  const action = r[F.action] as Action;
  const fromStatus = r[F.fromStatus] as Status;
  const at = r[F.at] as string;
  const decided = calendarTime(at, cal);
  const timed = timing({ action, fromStatus, policy: claim.policy, decidedAt: at, decided, enteredAt: r[F.enteredAt] as string | null });
  return {
    decisionId: r[F.id] as number,
    claimId: claim.claimId,
    partnerMpnId: claim.partnerMpnId,
    partnerName: claim.partnerName,
    customerTenantId: claim.customerTenantId,
    customerName: claim.customerName,
    productFamily: claim.productFamily,
    products: claim.products,
    policy: claim.policy,
    action,
    fromStatus,
    toStatus: r[F.toStatus] as Status,
    side: TRANSITIONS[action].side,
    decidedBy: r[F.actor] as string,
    decidedAt: calendarIso(decided, cal),
    reason: r[F.reason] as string | null,
    deficiencies: list(r[F.deficiencies] as string),
    message: r[F.message] as string | null,
    override: r[F.override] as string | null,
    clock: timed?.clock ?? null,
    clockStartedAt: timed ? calendarIso(timed.started, cal) : null,
    dueAt: timed?.dueAt ?? null,
    businessDays: timed?.businessDays ?? null,
    withinSla: timed?.withinSla ?? null,
  };
}

export interface ReportSource {
  readonly total: number;
  readonly calendar: CalendarConfig;
  /** The matching decisions in decision order, all or a range; may be walked more than once (same snapshot). */
  rows(range?: DecisionRange): Generator<ReportRow>;
  /** Where a part of the rows starts (store/decision-report.ts). */
  keyAt(offset: number): DecisionKey | undefined;
  /** No commit since the snapshot: a source opened since, in any thread, has the same rows. */
  isLatest(): boolean;
  close(): void;
}

type ClaimParts = Map<string, ClaimPart>;

export function openReportSource(store: Pick<Store, 'dbFile'>, filters: ReportFilters, calendar: CalendarConfig, options?: DecisionReportOptions): ReportSource {
  const source = openDecisionReport(store, { ...filters, ...periodBounds(filters, calendar) }, options);
  const claimsOf = (range: DecisionRange | undefined): ClaimParts => new Map(Array.from(source.claims(range), (c) => [c[CLAIM_FIELD.id] as string, claimPart(c)]));
  // A whole walk's claims are kept for the next walk (the PDF walks twice); a range's are not.
  let allClaims: ClaimParts | undefined;
  return {
    get total() {
      return source.total;
    },
    calendar,
    *rows(range) {
      const timing = decisionTimer(calendar);
      const claims = range ? claimsOf(range) : (allClaims ??= claimsOf(undefined));
      for (const r of source.rows(range)) yield toReportRow(r, claims.get(r[DECISION_FIELD.claimId] as string)!, calendar, timing);
    },
    keyAt: (offset) => source.keyAt(offset),
    isLatest: () => source.isLatest(),
    close: () => source.close(),
  };
}
