// Every keyboard shortcut of the desk, in one table: the help overlay (?) lists it, and the
// dispatcher (dispatch.ts) answers the keys it owns. Keys owned by another part of the app (the
// queue table, the PoE viewer) are listed here for the overlay only; they are handled there.
import { DEFICIENCIES } from '../../shared/domain/codes';
import { DEFICIENCY_LABELS } from '../ui/labels';

export type ShortcutGroup = 'Claims' | 'Checklist' | 'Decisions' | 'Document' | 'Anywhere';

export interface Shortcut {
  /** Alternatives, each a combination pressed together: [['j']], [['PgUp'], ['PgDn']], [['Ctrl', 'Enter']]. */
  readonly keys: readonly (readonly string[])[];
  readonly description: string;
  readonly group: ShortcutGroup;
  /** Where the keys work. */
  readonly where: 'queue' | 'claim' | 'queue and claim' | 'dialog';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [['n']], description: 'Next claim: take the most urgent unassigned claim', group: 'Claims', where: 'queue and claim' },
  { keys: [['j']], description: 'Next claim in the queue order', group: 'Claims', where: 'queue and claim' },
  { keys: [['k']], description: 'Previous claim in the queue order', group: 'Claims', where: 'queue and claim' },
  { keys: [['Enter']], description: 'Open the selected claim', group: 'Claims', where: 'queue' },
  { keys: [['/']], description: 'Search the queue', group: 'Claims', where: 'queue and claim' },
  { keys: [['Esc']], description: 'Back to the queue', group: 'Claims', where: 'claim' },

  ...DEFICIENCIES.map(
    (code, i): Shortcut => ({ keys: [[String(i + 1)]], description: `Toggle “${DEFICIENCY_LABELS[code]}”`, group: 'Checklist', where: 'claim' }),
  ),

  { keys: [['s']], description: 'Start review', group: 'Decisions', where: 'claim' },
  { keys: [['a']], description: 'Approve (on a disputed claim: overturn the rejection)', group: 'Decisions', where: 'claim' },
  { keys: [['i']], description: 'Request information from the partner', group: 'Decisions', where: 'claim' },
  { keys: [['r']], description: 'Reject (on a disputed claim: uphold the rejection)', group: 'Decisions', where: 'claim' },
  { keys: [['Ctrl', 'Enter']], description: 'Send the decision or comment being written', group: 'Decisions', where: 'dialog' },
  { keys: [['Esc']], description: 'Close the dialog (what you wrote is kept)', group: 'Decisions', where: 'dialog' },

  { keys: [['f']], description: 'Find in the document', group: 'Document', where: 'claim' },
  { keys: [['+'], ['−']], description: 'Zoom in, zoom out', group: 'Document', where: 'claim' },
  { keys: [['←'], ['→']], description: 'Previous page, next page', group: 'Document', where: 'claim' },
  { keys: [['PgUp'], ['PgDn']], description: 'Previous page, next page', group: 'Document', where: 'claim' },

  { keys: [['?']], description: 'Show these shortcuts', group: 'Anywhere', where: 'queue and claim' },
  { keys: [['Tab']], description: 'Move to the next control (Shift+Tab: back)', group: 'Anywhere', where: 'queue and claim' },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Claims', 'Checklist', 'Decisions', 'Document', 'Anywhere'];
