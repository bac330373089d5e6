// History details are free-form records (the kind decides their shape). Each kind gets a title
// and a one-line summary so the timeline is scannable; words written by someone (a message, a
// comment, an override) are quoted apart; the full record stays available in a tooltip.
import type { HistoryEntry } from '../../../shared/api/schemas';
import {
  ACTION_LABELS,
  type Action,
  DEFICIENCIES,
  type Deficiency,
  REJECTION_REASONS,
  type RejectionReason,
  STATUS_LABELS,
  type Status,
} from '../../../shared/domain/codes';
import { formatDateTime, humanizeCode } from '../../ui/format';
import { DEFICIENCY_LABELS, REJECTION_REASON_LABELS } from '../../ui/labels';

type Entry = Pick<HistoryEntry, 'kind' | 'detail' | 'side'>;

const MAX_SUMMARY = 160;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const has = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);
const isStatus = (value: unknown): value is Status => typeof value === 'string' && Object.prototype.hasOwnProperty.call(STATUS_LABELS, value);
const isAction = (value: unknown): value is Action => typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACTION_LABELS, value);
const isDeficiency = (value: unknown): value is Deficiency => has(DEFICIENCIES, value);
const isReason = (value: unknown): value is RejectionReason => has(REJECTION_REASONS, value);

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (isStatus(value)) return STATUS_LABELS[value];
  if (isDeficiency(value)) return DEFICIENCY_LABELS[value];
  if (isReason(value)) return REJECTION_REASON_LABELS[value];
  if (typeof value === 'string') return ISO_TIMESTAMP.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${humanizeCode(k).toLowerCase()} ${describeValue(v)}`);
    return parts.length ? parts.join(', ') : '—';
  }
  return String(value);
}

const TIME_RULE_TITLES: Readonly<Record<string, string>> = {
  'consent-window-ended': 'Consent window ended',
  'partner-response-window-ended': 'Partner response window ended',
};

/** A decision entry is titled by what was decided; other kinds by what happened. */
export function entryTitle(entry: Entry): string {
  const d = entry.detail;
  switch (entry.kind) {
    case 'decision':
      return isAction(d.action) ? ACTION_LABELS[d.action] : 'Decision';
    case 'imported':
      return 'Imported';
    case 'updated':
      return 'Updated by a re-import';
    case 'comment':
      return entry.side === 'partner' ? 'Comment from the partner' : entry.side === 'reviewer' ? 'Comment to the partner' : 'Comment';
    case 'internal-note':
      return 'Internal note';
    case 'checklist':
      return d.open === true ? 'Deficiency ticked' : 'Deficiency cleared';
    case 'product-support':
      return d.supported === true ? 'Product supported' : d.supported === false ? 'Product not supported' : 'Product mark cleared';
    case 'assigned':
      return 'Assigned';
    case 'reassigned':
      return d.to === null ? 'Unassigned' : 'Reassigned';
    case 'time-transition':
      return (typeof d.rule === 'string' && TIME_RULE_TITLES[d.rule]) || 'Time ran out';
    case 'edited':
      return entry.side === 'partner' ? 'Edited by the partner' : 'Edited';
    default:
      return isAction(entry.kind) ? ACTION_LABELS[entry.kind] : humanizeCode(entry.kind);
  }
}

function transition(d: Record<string, unknown>): string | null {
  if (isStatus(d.from) && isStatus(d.to)) return `${STATUS_LABELS[d.from]} → ${STATUS_LABELS[d.to]}`;
  return isStatus(d.to) ? `→ ${STATUS_LABELS[d.to]}` : null;
}

function editChanges(changes: unknown): string[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(
    ([field, change]) => `${humanizeCode(field).toLowerCase()}: ${describeValue(change?.from)} → ${describeValue(change?.to)}`,
  );
}

/** Every key not already shown, as "key: value" (kinds this desk does not know yet). */
function genericParts(d: Record<string, unknown>, shown: readonly string[]): string[] {
  return Object.entries(d)
    .filter(([key]) => !shown.includes(key))
    .map(([key, value]) => `${humanizeCode(key).toLowerCase()}: ${describeValue(value)}`);
}

export function summarizeDetail(entry: Entry): string {
  const d = entry.detail;
  let parts: (string | null)[];
  switch (entry.kind) {
    case 'decision':
      parts = [
        transition(d),
        isReason(d.reason) ? `reason: ${REJECTION_REASON_LABELS[d.reason]}` : null,
        Array.isArray(d.deficiencies) && d.deficiencies.length ? describeValue(d.deficiencies) : null,
      ];
      break;
    case 'imported':
      parts = [
        isStatus(d.status) ? `as ${STATUS_LABELS[d.status]}` : null,
        typeof d.documents === 'number' ? `${d.documents} ${d.documents === 1 ? 'document' : 'documents'}` : null,
        typeof d.source === 'string' ? `from ${d.source}` : null,
      ];
      break;
    case 'updated':
      parts = [Array.isArray(d.changed) && d.changed.length ? `changed: ${d.changed.map((c) => humanizeCode(String(c)).toLowerCase()).join(', ')}` : null];
      break;
    case 'comment':
    case 'internal-note':
      parts = [];
      break;
    case 'checklist':
      parts = [isDeficiency(d.code) ? DEFICIENCY_LABELS[d.code] : describeValue(d.code)];
      break;
    case 'product-support':
      parts = [typeof d.product === 'string' ? d.product : null];
      break;
    case 'assigned':
    case 'reassigned':
      parts = [
        typeof d.from === 'string' ? `${d.from} → ${typeof d.to === 'string' ? d.to : 'nobody'}` : typeof d.to === 'string' ? `to ${d.to}` : null,
      ];
      break;
    case 'time-transition':
      parts = [transition(d), isReason(d.reason) ? `reason: ${REJECTION_REASON_LABELS[d.reason]}` : null];
      break;
    case 'edited':
      parts = editChanges(d.changes);
      break;
    default: {
      const t = transition(d);
      parts = [t, ...genericParts(d, t ? ['from', 'to', 'action'] : ['action'])];
    }
  }
  const text = parts.filter(Boolean).join(' · ');
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

/** Words someone wrote with the entry (a message, a comment, an override), quoted in the timeline. */
export function entryQuote(entry: Entry): { readonly label: string | null; readonly text: string } | null {
  const d = entry.detail;
  if ((entry.kind === 'comment' || entry.kind === 'internal-note') && typeof d.text === 'string') return { label: null, text: d.text };
  if (entry.kind === 'decision') {
    if (typeof d.override === 'string' && d.override) return { label: 'Override', text: d.override };
    if (typeof d.message === 'string' && d.message) return { label: null, text: d.message };
  }
  return null;
}

/** The reason the claim was last rejected, by a reviewer or by time. */
export function rejectionReasonOf(history: readonly HistoryEntry[]): RejectionReason | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const d = history[i]!.detail;
    if ((d.to === 'rejected' || d.to === 'rejected-final') && isReason(d.reason)) return d.reason;
  }
  return null;
}
