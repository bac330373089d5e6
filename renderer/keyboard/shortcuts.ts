// Every keyboard shortcut of the desk, in one table: the help overlay (?) lists it, and the
// dispatcher (dispatch.ts) answers the keys it owns. Keys owned by another part of the app (the
// queue table, the PoE viewer) are listed here for the overlay only; they are handled there.
import { DEFICIENCIES } from '../../shared/domain/codes';
import { i18n } from '../i18n/i18n';
import type { keyboard } from '../i18n/locales/en/keyboard';
import { deficiencyLabel, quoted } from '../i18n/labels';

export type ShortcutGroup = 'Claims' | 'Checklist' | 'Decisions' | 'Document' | 'Anywhere';

type Described = keyof (typeof keyboard)['shortcut'];

export interface Shortcut {
  /** Alternatives, each a combination pressed together: [['j']], [['PgUp'], ['PgDn']], [['Ctrl', 'Enter']]. */
  readonly keys: readonly (readonly string[])[];
  /** In the UI's language, read when the overlay shows it. */
  readonly description: () => string;
  readonly group: ShortcutGroup;
  /** Where the keys work. */
  readonly where: 'queue' | 'claim' | 'queue and claim' | 'dialog';
}

const say = (key: Described) => () => i18n.t(`keyboard.shortcut.${key}`);

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [['n']], description: say('next'), group: 'Claims', where: 'queue and claim' },
  { keys: [['j']], description: say('down'), group: 'Claims', where: 'queue and claim' },
  { keys: [['k']], description: say('up'), group: 'Claims', where: 'queue and claim' },
  { keys: [['Enter']], description: say('open'), group: 'Claims', where: 'queue' },
  { keys: [['/']], description: say('search'), group: 'Claims', where: 'queue and claim' },
  { keys: [['Esc']], description: say('back'), group: 'Claims', where: 'claim' },

  ...DEFICIENCIES.map(
    (code, i): Shortcut => ({
      keys: [[String(i + 1)]],
      description: () => i18n.t('keyboard.shortcut.toggle', { item: quoted(deficiencyLabel(code)) }),
      group: 'Checklist',
      where: 'claim',
    }),
  ),

  { keys: [['s']], description: say('startReview'), group: 'Decisions', where: 'claim' },
  { keys: [['a']], description: say('approve'), group: 'Decisions', where: 'claim' },
  { keys: [['i']], description: say('requestInfo'), group: 'Decisions', where: 'claim' },
  { keys: [['r']], description: say('reject'), group: 'Decisions', where: 'claim' },
  { keys: [['Ctrl', 'Enter']], description: say('send'), group: 'Decisions', where: 'dialog' },
  { keys: [['Esc']], description: say('closeDialog'), group: 'Decisions', where: 'dialog' },

  { keys: [['f']], description: say('find'), group: 'Document', where: 'claim' },
  { keys: [['+'], ['−']], description: say('zoom'), group: 'Document', where: 'claim' },
  { keys: [['←'], ['→']], description: say('pages'), group: 'Document', where: 'claim' },
  { keys: [['PgUp'], ['PgDn']], description: say('pages'), group: 'Document', where: 'claim' },

  { keys: [['?']], description: say('help'), group: 'Anywhere', where: 'queue and claim' },
  { keys: [['Tab']], description: say('tab'), group: 'Anywhere', where: 'queue and claim' },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Claims', 'Checklist', 'Decisions', 'Document', 'Anywhere'];

const KEY_NAMES = ['Enter', 'Esc', 'Ctrl', 'Shift', 'Tab', 'PgUp', 'PgDn'] as const;
type KeyName = (typeof KEY_NAMES)[number];
const isKeyName = (key: string): key is KeyName => (KEY_NAMES as readonly string[]).includes(key);

/** A key as printed on a keyboard in the UI's language ("Entrée", "Échap"); letters and signs as they are. */
export function keyLabel(key: string): string {
  return isKeyName(key) ? i18n.t(`keyboard.keys.${key}`) : key;
}
