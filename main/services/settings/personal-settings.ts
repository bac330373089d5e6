// A person's own settings (identity, role, theme, language, and in the desktop app the data folder
// for the next start), kept apart from the team's store. Where they are kept is a backend's
// business: electron-store in the desktop app, a JSON file in the data folder for the browser
// host, memory for a one-shot CLI run. The services see only PersonalSettingsSource.
import { z } from 'zod';
import { IdentitySchema, LanguageSchema, RoleSchema, ThemeSchema, TimeZoneDisplaySchema, type Language, type Theme, type TimeZoneDisplay } from '../../../shared/api/schemas';
import { DEFAULT_ROLE, type Role } from '../../../shared/domain/roles';

/** Where personal settings are stored: the one interface both the desktop app and the browser host implement. */
export interface SettingsBackend {
  /** Everything stored, as stored (unchecked); {} when nothing is. */
  load(): Record<string, unknown>;
  /** Replaces what is stored, durably. */
  save(values: Record<string, unknown>): void;
  /** Where, in words a person can follow: a file path, or "memory (this run only)". */
  readonly location: string;
}

export interface PersonalSettings {
  readonly identity: string;
  readonly role: Role;
  readonly theme: Theme;
  /** null until the person chooses: the window then starts in the browser's language. */
  readonly language: Language | null;
  /** Times in the business calendar's zone (the default) or the person's own. */
  readonly timeZoneDisplay: TimeZoneDisplay;
  /** A data folder chosen for the next start (desktop app), or null. */
  readonly dataFolder: string | null;
}

export type PersonalChange = Partial<Omit<PersonalSettings, 'dataFolder' | 'language'>> & { readonly dataFolder?: string; readonly language?: Language };

export interface PersonalSettingsSource {
  /** The settings now (cached; the defaults where nothing valid is stored). */
  current(): PersonalSettings;
  /** Stores a change and returns the settings after it; nothing changes if the backend fails. */
  change(change: PersonalChange): PersonalSettings;
  readonly location: string;
}

/** Each stored value is checked on its own: one damaged value falls back to its default, not all of them. */
const STORED = {
  identity: IdentitySchema,
  role: RoleSchema,
  theme: ThemeSchema,
  language: LanguageSchema,
  timeZoneDisplay: TimeZoneDisplaySchema,
  dataFolder: z.string().min(1),
} as const;

function valid<K extends keyof typeof STORED>(raw: Record<string, unknown>, key: K): z.output<(typeof STORED)[K]> | undefined {
  const parsed = STORED[key].safeParse(raw[key]);
  return parsed.success ? (parsed.data as z.output<(typeof STORED)[K]>) : undefined;
}

export function personalSettings(backend: SettingsBackend, defaults: { readonly identity: string }): PersonalSettingsSource {
  let raw: Record<string, unknown> | null = null;
  const stored = () => (raw ??= backend.load());
  const resolve = (values: Record<string, unknown>): PersonalSettings => ({
    identity: valid(values, 'identity') ?? defaults.identity,
    role: valid(values, 'role') ?? DEFAULT_ROLE,
    theme: valid(values, 'theme') ?? 'system',
    language: valid(values, 'language') ?? null,
    timeZoneDisplay: valid(values, 'timeZoneDisplay') ?? 'calendar',
    dataFolder: valid(values, 'dataFolder') ?? null,
  });
  return {
    current: () => resolve(stored()),
    change(change) {
      const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      // Keys this version does not know are kept: a newer version's settings survive an older one's save.
      const next = { ...stored(), ...given };
      backend.save(next);
      raw = next;
      return resolve(next);
    },
    location: backend.location,
  };
}

/** Settings that live as long as the process: a CLI run acting `--as NAME`, a test. */
export function memoryBackend(initial: Record<string, unknown> = {}): SettingsBackend {
  let values = { ...initial };
  return {
    load: () => ({ ...values }),
    save: (next) => {
      values = { ...next };
    },
    location: 'memory (this run only)',
  };
}
