// The UI's languages, and the one place that decides which one a window starts in.

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The last choice, remembered so a window starts in it before the session has loaded. */
export const LANGUAGE_STORAGE_KEY = 'cpor.language';

/** Intl locales: dates, numbers and plurals follow the language ("24 nov., 17:00", "100 000"). */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', fr: 'fr-FR' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function savedLanguage(): Language | null {
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : null;
  } catch {
    // Storage can be refused (privacy settings); the browser's language still decides.
    return null;
  }
}

/**
 * The language a window starts in: the saved choice, else French when the browser's language is
 * French, else English. Once the session loads, the language chosen in Settings (if any) wins.
 */
export function initialLanguage(): Language {
  const saved = savedLanguage();
  if (saved) return saved;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
