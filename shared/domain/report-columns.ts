// The decision report's columns, in order: one list for the CSV header, the workbook's typed
// columns and the preview, so the formats never disagree on what a column is called or holds.
import type { ReportRow } from './report';

/**
 * How a column's values are typed. `code`: a code of the domain (an action, a status...), plain
 * lowercase words, never free text; `list`: joined with "; " where a cell holds one string.
 */
export type ColumnType = 'integer' | 'text' | 'code' | 'list' | 'timestamp' | 'boolean';

export interface ReportColumn {
  readonly key: keyof ReportRow;
  readonly header: string;
  readonly type: ColumnType;
  /** Width in characters for spreadsheets. */
  readonly width: number;
}

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { key: 'decisionId', header: 'Decision', type: 'integer', width: 10 },
  { key: 'claimId', header: 'Claim', type: 'text', width: 18 },
  { key: 'partnerMpnId', header: 'Partner MPN ID', type: 'text', width: 14 },
  { key: 'partnerName', header: 'Partner', type: 'text', width: 30 },
  { key: 'customerTenantId', header: 'Customer tenant ID', type: 'text', width: 38 },
  { key: 'customerName', header: 'Customer', type: 'text', width: 30 },
  { key: 'productFamily', header: 'Product family', type: 'code', width: 22 },
  { key: 'products', header: 'Products', type: 'list', width: 40 },
  { key: 'policy', header: 'Policy', type: 'code', width: 8 },
  { key: 'action', header: 'Action', type: 'code', width: 18 },
  { key: 'fromStatus', header: 'From status', type: 'code', width: 22 },
  { key: 'toStatus', header: 'To status', type: 'code', width: 22 },
  { key: 'side', header: 'Side', type: 'code', width: 10 },
  { key: 'decidedBy', header: 'Decided by', type: 'text', width: 22 },
  { key: 'decidedAt', header: 'Decided at', type: 'timestamp', width: 18 },
  { key: 'reason', header: 'Reason', type: 'code', width: 24 },
  { key: 'deficiencies', header: 'Deficiencies', type: 'list', width: 40 },
  { key: 'message', header: 'Message', type: 'text', width: 50 },
  { key: 'override', header: 'Override reason', type: 'text', width: 30 },
  { key: 'clock', header: 'SLA clock', type: 'code', width: 14 },
  { key: 'clockStartedAt', header: 'Clock started', type: 'timestamp', width: 18 },
  { key: 'dueAt', header: 'Due at', type: 'timestamp', width: 18 },
  { key: 'businessDays', header: 'Business days taken', type: 'integer', width: 10 },
  { key: 'withinSla', header: 'Within SLA', type: 'boolean', width: 10 },
];

export const LIST_SEPARATOR = '; ';
