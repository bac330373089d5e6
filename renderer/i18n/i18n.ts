// The UI's translations: i18next with the catalogs bundled in (no loading over the network),
// English as the fallback. React escapes what it renders, so i18next must not escape again.
// Import this module before anything renders (main.tsx does); code outside React calls
// `i18n.t`, components call `useTranslation()` (./useTranslation) so they render again when the
// language changes.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, isLanguage, type Language, LOCALES } from './language';
import { en } from './locales/en';
import { fr } from './locales/fr';

export const i18n: I18n = i18next.createInstance();

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** The Intl locale of the current language, for dates and numbers. */
export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

/** Switches the whole UI (and <html lang>) to another language. */
export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}
