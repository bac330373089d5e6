// Which desk command a key press means, given where the reviewer is. Pure, so it is unit-tested
// without a browser; useDeskKeys.ts binds it to the window and runs the commands.
import { DEFICIENCIES, type Deficiency } from '../../shared/domain/codes';

export type DeskCommand =
  | { readonly type: 'next-claim' }
  | { readonly type: 'move'; readonly delta: 1 | -1 }
  | { readonly type: 'toggle-deficiency'; readonly code: Deficiency }
  | { readonly type: 'start-review' }
  | { readonly type: 'approve' }
  | { readonly type: 'request-info' }
  | { readonly type: 'reject' }
  | { readonly type: 'search' }
  | { readonly type: 'help' }
  | { readonly type: 'back' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export interface KeyContext {
  /** The screen on show. */
  readonly view: 'queue' | 'claim';
  /** Focus is in a text field (or a select, whose letters pick options). */
  readonly typing: boolean;
  /** A modal dialog is open: it owns the keyboard (Esc closes it natively). */
  readonly dialogOpen: boolean;
}

/** The element shape the dispatcher needs, so it can be tested without a DOM. */
export interface FocusTarget {
  readonly tagName?: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
}

/** Input types whose keys are not text: a checkbox with focus still lets 1-5 through. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

export function isTextEntry(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

const CLAIM_KEYS: Readonly<Record<string, DeskCommand>> = {
  j: { type: 'move', delta: 1 },
  k: { type: 'move', delta: -1 },
  n: { type: 'next-claim' },
  s: { type: 'start-review' },
  a: { type: 'approve' },
  i: { type: 'request-info' },
  r: { type: 'reject' },
  '/': { type: 'search' },
  '?': { type: 'help' },
  Escape: { type: 'back' },
  ...Object.fromEntries(DEFICIENCIES.map((code, i) => [String(i + 1), { type: 'toggle-deficiency', code } as const])),
};

/** In the queue, its table owns j/k/Enter and its toolbar owns "/": the desk adds only these. */
const QUEUE_KEYS: Readonly<Record<string, DeskCommand>> = {
  n: { type: 'next-claim' },
  '?': { type: 'help' },
};

export function commandFor(press: KeyPress, context: KeyContext): DeskCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (context.dialogOpen || context.typing) return null;
  const keys = context.view === 'claim' ? CLAIM_KEYS : QUEUE_KEYS;
  return Object.prototype.hasOwnProperty.call(keys, press.key) ? (keys[press.key] ?? null) : null;
}
