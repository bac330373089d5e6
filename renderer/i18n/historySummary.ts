// History details are free-form records (the kind decides their shape). Each kind gets a title
// and a one-line summary so the timeline is scannable; words written by someone (a message, a
// comment, an override) are quoted apart; the full record stays available in a tooltip.
import type { HistoryEntry } from '../../shared/api/schemas';
import {
  ACTIONS,
  type Action,
  DEFICIENCIES,
  type Deficiency,
  REJECTION_REASONS,
  type RejectionReason,
  STATUSES,
  type Status,
} from '../../shared/domain/codes';
import { i18n } from './i18n';
import { formatDateTime, humanizeCode } from './format';
import { actionLabel, deficiencyLabel, reasonLabel, statusLabel } from './labels';

type Entry = Pick<HistoryEntry, 'kind' | 'detail' | 'side'>;

const MAX_SUMMARY = 160;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const has = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);
const isStatus = (value: unknown): value is Status => has(STATUSES, value);
const isAction = (value: unknown): value is Action => has(ACTIONS, value);
const isDeficiency = (value: unknown): value is Deficiency => has(DEFICIENCIES, value);
const isReason = (value: unknown): value is RejectionReason => has(REJECTION_REASONS, value);

const FIELDS = [
  'status', 'policy', 'mpnId', 'partnerMpnId', 'partnerName', 'partnerContact', 'customerTenantId', 'customerSubscriptionId',
  'customerName', 'customerDomain', 'customerCountry', 'customerPublicSector', 'customerContact', 'activity', 'productFamily',
  'submittedAt', 'statusSince', 'assignee', 'products', 'documents', 'name', 'email', 'phone',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/** A field's name, lower case, in a sentence: "partner_name" and "partnerName" alike; an unknown one from its code. */
function fieldName(code: string): string {
  const camel = code.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return isField(camel) ? i18n.t(`history.field.${camel}`) : humanizeCode(code).toLowerCase();
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (isStatus(value)) return statusLabel(value);
  if (isDeficiency(value)) return deficiencyLabel(value);
  if (isReason(value)) return reasonLabel(value);
  if (typeof value === 'string') return ISO_TIMESTAMP.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => i18n.t('history.summary.pair', { key: fieldName(k), value: describeValue(v) }));
    return parts.length ? parts.join(', ') : '—';
  }
  return String(value);
}

const TIME_RULES = ['consent-window-ended', 'partner-response-window-ended'] as const;
const isTimeRule = (value: unknown): value is (typeof TIME_RULES)[number] => has(TIME_RULES, value);

/** A decision entry is titled by what was decided; other kinds by what happened. */
export function entryTitle(entry: Entry): string {
  const d = entry.detail;
  switch (entry.kind) {
    case 'decision':
      return isAction(d.action) ? actionLabel(d.action) : i18n.t('history.title.decision');
    case 'imported':
      return i18n.t('history.title.imported');
    case 'updated':
      return i18n.t('history.title.updated');
    case 'comment':
      return entry.side === 'partner'
        ? i18n.t('history.title.commentFromPartner')
        : entry.side === 'reviewer'
          ? i18n.t('history.title.commentToPartner')
          : i18n.t('history.title.comment');
    case 'internal-note':
      return i18n.t('history.title.internalNote');
    case 'checklist':
      return d.open === true ? i18n.t('history.title.ticked') : i18n.t('history.title.cleared');
    case 'product-support':
      return d.supported === true
        ? i18n.t('history.title.productSupported')
        : d.supported === false
          ? i18n.t('history.title.productNotSupported')
          : i18n.t('history.title.productCleared');
    case 'assigned':
      return i18n.t('history.title.assigned');
    case 'reassigned':
      return d.to === null ? i18n.t('history.title.unassigned') : i18n.t('history.title.reassigned');
    case 'time-transition':
      return isTimeRule(d.rule) ? i18n.t(`history.rule.${d.rule}`) : i18n.t('history.title.timeRanOut');
    case 'edited':
      return entry.side === 'partner' ? i18n.t('history.title.editedByPartner') : i18n.t('history.title.edited');
    case 'conflict-resolved':
      return i18n.t('history.title.conflictResolved');
    default:
      return isAction(entry.kind) ? actionLabel(entry.kind) : humanizeCode(entry.kind);
  }
}

function transition(d: Record<string, unknown>): string | null {
  if (isStatus(d.from) && isStatus(d.to)) return `${statusLabel(d.from)} → ${statusLabel(d.to)}`;
  return isStatus(d.to) ? `→ ${statusLabel(d.to)}` : null;
}

function editChanges(changes: unknown): string[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(
    ([field, change]) => i18n.t('history.summary.change', { field: fieldName(field), from: describeValue(change?.from), to: describeValue(change?.to) }),
  );
}

/** Every key not already shown, as "key: value" (kinds this desk does not know yet). */
function genericParts(d: Record<string, unknown>, shown: readonly string[]): string[] {
  return Object.entries(d)
    .filter(([key]) => !shown.includes(key))
    .map(([key, value]) => i18n.t('history.summary.keyValue', { key: fieldName(key), value: describeValue(value) }));
}

function reasonPart(reason: unknown): string | null {
  return isReason(reason) ? i18n.t('history.summary.reason', { reason: reasonLabel(reason) }) : null;
}

export function summarizeDetail(entry: Entry): string {
  const d = entry.detail;
  let parts: (string | null)[];
  switch (entry.kind) {
    case 'decision':
      parts = [
        transition(d),
        reasonPart(d.reason),
        Array.isArray(d.deficiencies) && d.deficiencies.length ? describeValue(d.deficiencies) : null,
      ];
      break;
    case 'imported':
      parts = [
        isStatus(d.status) ? i18n.t('history.summary.as', { status: statusLabel(d.status) }) : null,
        typeof d.documents === 'number' ? i18n.t('history.summary.documents', { count: d.documents }) : null,
        typeof d.source === 'string' ? i18n.t('history.summary.from', { source: d.source }) : null,
      ];
      break;
    case 'updated':
      parts = [Array.isArray(d.changed) && d.changed.length ? i18n.t('history.summary.changed', { fields: d.changed.map((c) => fieldName(String(c))).join(', ') }) : null];
      break;
    case 'comment':
    case 'internal-note':
      parts = [];
      break;
    case 'checklist':
      parts = [isDeficiency(d.code) ? deficiencyLabel(d.code) : describeValue(d.code)];
      break;
    case 'product-support':
      parts = [typeof d.product === 'string' ? d.product : null];
      break;
    case 'assigned':
    case 'reassigned':
      parts = [
        typeof d.from === 'string'
          ? `${d.from} → ${typeof d.to === 'string' ? d.to : i18n.t('history.summary.nobody')}`
          : typeof d.to === 'string'
            ? i18n.t('history.summary.to', { name: d.to })
            : null,
      ];
      break;
    case 'time-transition':
      parts = [transition(d), reasonPart(d.reason)];
      break;
    case 'edited':
      parts = editChanges(d.changes);
      break;
    case 'conflict-resolved': {
      const author = typeof d.author === 'string' ? d.author : '?';
      parts = [d.kept === 'ours' ? i18n.t('history.summary.appliedOurs', { author }) : d.kept === 'applied' ? i18n.t('history.summary.keptApplied', { author }) : null];
      break;
    }
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
  if (entry.kind === 'conflict-resolved' && typeof d.note === 'string' && d.note) return { label: i18n.t('history.note'), text: d.note };
  if (entry.kind === 'decision') {
    if (typeof d.override === 'string' && d.override) return { label: i18n.t('history.override'), text: d.override };
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
