// A change the team hub refused, in the UI's language: why (its code as a sentence a reviewer reads;
// the hub's own English words are shown beside it as they came) and what the change did, one line
// per history entry ("Your decision Approve of Dec 7, 17:00").
import type { RefusedEntry } from '../../shared/api/sync';
import { ACTIONS, type Action } from '../../shared/domain/codes';
import { CHANGE_REFUSALS, type ChangeRefusalCode } from '../../shared/domain/hub-rules';
import { currentLocale, i18n } from './i18n';
import { formatDateTime, humanizeCode } from './format';
import { actionLabel } from './labels';

const isRefusalCode = (code: string): code is ChangeRefusalCode => (CHANGE_REFUSALS as readonly string[]).includes(code);
const isAction = (value: string | null): value is Action => value !== null && (ACTIONS as readonly string[]).includes(value);

const KINDS = [
  'decision', 'comment', 'internal-note', 'checklist', 'product-support', 'assigned', 'reassigned', 'edited', 'imported', 'updated',
  'time-transition', 'conflict-resolved',
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** Why the hub refused a change, as one sentence; a code newer than this window says so. */
export function refusalReason(code: string): string {
  return isRefusalCode(code) ? i18n.t(`sync.refused.reason.${code}`) : i18n.t('sync.refused.reason.unknown');
}

/** A history entry's kind as a noun in a sentence ("internal note"); a kind this window does not know, from its code. */
function kindNoun(kind: string): string {
  return isKind(kind) ? i18n.t(`sync.refused.kind.${kind}`) : humanizeCode(kind).toLowerCase();
}

const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase(currentLocale()) + text.slice(1);

export type RefusedEntryKey = 'decisionYours' | 'decisionBy' | 'yours' | 'by' | 'automatic';

export interface RefusedEntryWords {
  /** Under sync.refused.entry: <b> holds the action, <name/> the person who acted. */
  readonly key: `sync.refused.entry.${RefusedEntryKey}`;
  readonly values: { readonly action: string; readonly what: string; readonly What: string; readonly date: string };
  /** Who acted, when the sentence names them (data: shown as it is). */
  readonly actor: string | null;
}

/** The words for one entry of a refused change; `you` is the acting person, whose own work reads "Your ...". */
export function refusedEntryWords(entry: RefusedEntry, you: string | null): RefusedEntryWords {
  const date = formatDateTime(entry.at);
  const decided = entry.kind === 'decision' && isAction(entry.action);
  const action = decided ? actionLabel(entry.action as Action) : '';
  const what = kindNoun(entry.kind);
  const values = { action, what, What: capitalized(what), date };
  const mine = you !== null && entry.actor === you;
  if (entry.side === 'system') return { key: 'sync.refused.entry.automatic', values, actor: null };
  if (decided) return mine ? { key: 'sync.refused.entry.decisionYours', values, actor: null } : { key: 'sync.refused.entry.decisionBy', values, actor: entry.actor };
  return mine ? { key: 'sync.refused.entry.yours', values, actor: null } : { key: 'sync.refused.entry.by', values, actor: entry.actor };
}
