import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { LANGUAGES, type Language, type Settings, THEMES, type Theme, TIME_ZONE_DISPLAYS, type TimeZoneDisplay } from '../../../shared/api/schemas';
import { useSessionStore } from '../../state/sessionStore';
import { useSettingsStore } from '../../state/settingsStore';
import { Spinner } from '../../ui/Spinner';
import { applyTheme } from '../../ui/theme';
import { currentLanguage } from '../../i18n/i18n';
import { FieldErrorText, SavedText } from './Outcome';
import { Field, SettingsSection, useSection } from './SettingsSection';

/** Each language in its own words, whatever the UI's language: a reader finds theirs. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français' };

/** Theme and language apply as they are chosen: nothing to save separately, nothing to lose. */
export function AppearanceSection({ settings }: { readonly settings: Settings }) {
  const status = useSection('appearance');
  const save = useSettingsStore((s) => s.save);
  const languageId = useId();
  const { t } = useTranslation();
  // A refusal naming the theme or the language sits under it (Field); any other one here.
  const error = status.errors.find((e) => e.field !== 'theme' && e.field !== 'language' && e.field !== 'timeZoneDisplay');
  const calendarZone = useSessionStore((s) => s.info?.calendar.timeZone ?? '');
  const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  function chooseTheme(theme: Theme) {
    applyTheme(theme);
    void save('appearance', { theme }, () => ({ kind: 'theme', theme }));
  }

  function chooseTimes(display: TimeZoneDisplay) {
    void save('appearance', { timeZoneDisplay: display }, () => ({ kind: 'times', display }));
  }

  function chooseLanguage(language: Language) {
    void save('appearance', { language }, () => ({ kind: 'language', language }));
  }

  return (
    <SettingsSection
      id="appearance"
      title={t('settings.appearance.title')}
      description={t('settings.appearance.description')}
      footer={
        (status.saving || error || status.saved) && (
          <div className="settings-section__status" aria-live="polite">
            {status.saving ? (
              <span className="settings-section__dirty">
                <Spinner label={t('common.saving')} /> {t('settings.saving')}
              </span>
            ) : error ? (
              <span className="settings-section__refusal" role="alert" data-testid="error-appearance">
                <FieldErrorText error={error} />
              </span>
            ) : status.saved ? (
              <span className="settings-section__saved" data-testid="saved-appearance">
                <SavedText note={status.saved} />
              </span>
            ) : null}
          </div>
        )
      }
    >
      <Field
        label={t('settings.appearance.theme')}
        name="theme"
        status={status}
        hint={settings.theme === 'system' ? t('settings.appearance.systemHint') : undefined}
      >
        <div className="segmented settings-segmented" role="radiogroup" aria-label={t('settings.appearance.theme')}>
          {THEMES.map((theme) => (
            <label key={theme} className={theme === settings.theme ? 'segmented__item segmented__item--on' : 'segmented__item'} data-testid={`settings-theme-${theme}`}>
              <input type="radio" name="settings-theme" value={theme} checked={theme === settings.theme} onChange={() => chooseTheme(theme)} />
              {t(`settings.appearance.themes.${theme}`)}
            </label>
          ))}
        </div>
      </Field>
      <Field label={t('settings.appearance.times')} name="timeZoneDisplay" status={status} hint={t('settings.appearance.timesHint')}>
        <div className="segmented settings-segmented" role="radiogroup" aria-label={t('settings.appearance.times')}>
          {TIME_ZONE_DISPLAYS.map((display) => (
            <label
              key={display}
              className={display === settings.timeZoneDisplay ? 'segmented__item segmented__item--on' : 'segmented__item'}
              data-testid={`settings-times-${display}`}
            >
              <input type="radio" name="settings-times" value={display} checked={display === settings.timeZoneDisplay} onChange={() => chooseTimes(display)} />
              {t(`settings.appearance.timesIn.${display}`, { zone: display === 'own' ? ownZone : calendarZone })}
            </label>
          ))}
        </div>
      </Field>
      <Field label={t('settings.appearance.language')} htmlFor={languageId} name="language" status={status}>
        <select
          id={languageId}
          className="select"
          value={settings.language ?? currentLanguage()}
          onChange={(e) => chooseLanguage(e.target.value as Language)}
          data-testid="settings-language"
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
    </SettingsSection>
  );
}
