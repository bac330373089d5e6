// A language chosen in Settings: switch now, and remember it in this window's storage so the next
// start paints in it at once, before the session (and the settings it carries) has loaded.
import { setLanguage } from './i18n';
import { type Language, LANGUAGE_STORAGE_KEY } from './language';

export function chooseLanguage(language: Language): void {
  setLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage may be off; the session brings the choice at each start anyway
  }
}
