import { useId } from 'react';
import { LANGUAGES, type Language, type Settings, THEMES, type Theme } from '../../../shared/api/schemas';
import { useSettingsStore } from '../../state/settingsStore';
import { Spinner } from '../../ui/Spinner';
import { applyTheme } from '../../ui/theme';
import { currentLanguage } from '../../i18n/i18n';
import { Field, SettingsSection, useSection } from './SettingsSection';

const THEME_LABELS: Readonly<Record<Theme, string>> = { light: 'Light', dark: 'Dark', system: 'System' };
const LANGUAGE_LABELS: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français' };

/** Theme and language apply as they are chosen: nothing to save separately, nothing to lose. */
export function AppearanceSection({ settings }: { readonly settings: Settings }) {
  const status = useSection('appearance');
  const save = useSettingsStore((s) => s.save);
  const languageId = useId();

  function chooseTheme(theme: Theme) {
    applyTheme(theme);
    void save('appearance', { theme }, () => `Saved: ${THEME_LABELS[theme].toLowerCase()} theme.`);
  }

  return (
    <SettingsSection
      id="appearance"
      title="Appearance"
      description="Yours alone: other people at other workstations keep their own."
      footer={
        (status.saving || status.error || status.saved) && (
          <div className="settings-section__status" aria-live="polite">
            {status.saving ? (
              <span className="settings-section__dirty">
                <Spinner label="Saving" /> Saving…
              </span>
            ) : status.error ? (
              <span className="settings-section__refusal" role="alert" data-testid="error-appearance">
                {status.error.message}
              </span>
            ) : (
              <span className="settings-section__saved" data-testid="saved-appearance">
                {status.saved}
              </span>
            )}
          </div>
        )
      }
    >
      <Field label="Theme" name="theme" status={status} hint={settings.theme === 'system' ? 'Follows your system’s light or dark setting as it changes.' : undefined}>
        <div className="segmented settings-segmented" role="radiogroup" aria-label="Theme">
          {THEMES.map((theme) => (
            <label key={theme} className={theme === settings.theme ? 'segmented__item segmented__item--on' : 'segmented__item'} data-testid={`settings-theme-${theme}`}>
              <input type="radio" name="settings-theme" value={theme} checked={theme === settings.theme} onChange={() => chooseTheme(theme)} />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
      </Field>
      <Field
        label="Language"
        htmlFor={languageId}
        name="language"
        status={status}
      >
        <select
          id={languageId}
          className="select"
          value={settings.language ?? currentLanguage()}
          onChange={(e) => void save('appearance', { language: e.target.value as Language }, () => `Saved: ${LANGUAGE_LABELS[e.target.value as Language]}.`)}
          data-testid="settings-language"
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_LABELS[l]}
            </option>
          ))}
        </select>
      </Field>
    </SettingsSection>
  );
}
