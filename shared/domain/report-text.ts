// How a report names what it holds, in words, for the title lines of the workbook and the PDF.
import { ACTION_LABELS, STATUS_LABELS } from './codes';
import type { ReportFilters } from './report';

export function describePeriod(f: Pick<ReportFilters, 'from' | 'to'>): string {
  if (f.from && f.to) return f.from === f.to ? f.from : `${f.from} to ${f.to}`;
  if (f.from) return `from ${f.from}`;
  if (f.to) return `up to ${f.to}`;
  return 'every decision on record';
}

export function describeFilters(f: ReportFilters): string {
  const parts = [
    f.reviewer && `decided by ${f.reviewer}`,
    f.status && `leading to ${STATUS_LABELS[f.status]}`,
    f.action && `action ${ACTION_LABELS[f.action]}`,
    f.productFamily && `product family ${f.productFamily}`,
    f.policy && `policy ${f.policy}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'none';
}

/** A share as a percentage with one decimal, or a dash when nothing was measured. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}
