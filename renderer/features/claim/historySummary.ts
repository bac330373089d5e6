// History details are free-form records (the kind decides their shape). A one-line summary
// keeps the timeline scannable; the full record stays available in a tooltip.
import { ACTION_LABELS, type Action, STATUS_LABELS, type Status } from '../../../shared/domain/codes';
import type { HistoryEntry } from '../../../shared/api/schemas';
import { formatDateTime, humanizeCode } from '../../ui/format';

const MAX_SUMMARY = 160;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(STATUS_LABELS, value);
}

function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACTION_LABELS, value);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (isStatus(value)) return STATUS_LABELS[value];
  if (typeof value === 'string') return ISO_TIMESTAMP.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  return JSON.stringify(value);
}

/** A decision entry is titled by what was decided; other kinds by their own name. */
export function entryTitle(entry: Pick<HistoryEntry, 'kind' | 'detail'>): string {
  const { action } = entry.detail;
  if (isAction(action)) return ACTION_LABELS[action];
  return isAction(entry.kind) ? ACTION_LABELS[entry.kind] : humanizeCode(entry.kind);
}

export function summarizeDetail(entry: Pick<HistoryEntry, 'kind' | 'detail'>): string {
  const parts: string[] = [];
  const { from, to, ...rest } = entry.detail;
  const hasTransition = isStatus(from) || isStatus(to);
  if (isStatus(from) && isStatus(to)) parts.push(`${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`);
  else if (isStatus(to)) parts.push(`→ ${STATUS_LABELS[to]}`);
  for (const [key, value] of Object.entries(hasTransition ? rest : entry.detail)) {
    // Already the entry's title.
    if (key === 'action' && isAction(value)) continue;
    parts.push(`${humanizeCode(key).toLowerCase()}: ${describeValue(value)}`);
  }
  const text = parts.join(' · ');
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}
