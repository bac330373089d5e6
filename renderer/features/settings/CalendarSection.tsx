import { useId, useMemo, useState } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { Settings, SettingsChoices } from '../../../shared/api/schemas';
import { currentLocale } from '../../i18n/i18n';
import { useSettingsStore } from '../../state/settingsStore';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';
import { hubSaved, savesToHub, setOnlyByHub, TeamHubNote } from './TeamHubNote';
import { TeamRoleNote, useTeamRefusal } from './TeamRoleNote';

type Region = SettingsChoices['regions'][number];

/**
 * Countries named in the UI's language (Intl knows every ISO country: "Germany" / "Allemagne"),
 * in its alphabetical order; date-holidays' English name when Intl has none. States and
 * provinces keep date-holidays' names, mostly their own ("Bayern", "Québec"): data.
 */
function countriesIn(locale: string, regions: readonly Region[]): readonly Region[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    // a runtime without region names keeps date-holidays' English
  }
  return regions
    .filter((r) => r.country === null)
    .map((r) => ({ ...r, name: names?.of(r.code) ?? r.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The team's business days: whose public holidays, in which zone, closing when. Every deadline follows. */
export function CalendarSection({ settings, choices }: { readonly settings: Settings; readonly choices: SettingsChoices }) {
  const status = useSection('calendar');
  const save = useSettingsStore((s) => s.save);
  const refusal = useTeamRefusal('calendar');
  const [country, setCountry] = useState(settings.calendar.region.split('-')[0] ?? '');
  const [subdivision, setSubdivision] = useState(settings.calendar.region.includes('-') ? settings.calendar.region : '');
  const [timeZone, setTimeZone] = useState(settings.calendar.timeZone);
  const [closing, setClosing] = useState(settings.calendar.closing);
  const ids = { country: useId(), subdivision: useId(), zone: useId(), zones: useId(), closing: useId() };
  const { t } = useTranslation();
  const locale = currentLocale();
  const countries = useMemo(() => countriesIn(locale, choices.regions), [locale, choices.regions]);

  const region = subdivision || country;
  const subdivisions = choices.regions.filter((r) => r.country === country);
  const current = settings.calendar;
  const dirty = region !== current.region || timeZone.trim() !== current.timeZone || closing !== current.closing;
  // On a joined workstation the fields show the team hub's values; a team lead's save goes there.
  const team = settings.teamHub;
  const locked = refusal !== null || setOnlyByHub(team);

  return (
    <SettingsSection
      id="calendar"
      title={t('settings.calendar.title')}
      description={t('settings.calendar.description')}
      footer={
        <SaveBar
          section="calendar"
          status={status}
          dirty={dirty}
          disabled={locked}
          fields={['calendar.region', 'calendar.timeZone', 'calendar.closing']}
          label={savesToHub(team) && !locked ? t('settings.teamHub.saveForTeam') : undefined}
          onSave={() => void save('calendar', { calendar: { region, timeZone, closing } }, (r) => hubSaved(r) ?? { kind: 'calendar', deadlines: r.deadlines })}
        />
      }
    >
      <TeamHubNote team={team} part="calendar" mayChange={refusal === null} />
      {refusal && <TeamRoleNote text={refusal} />}
      <Field
        label={t('settings.calendar.region')}
        htmlFor={ids.country}
        name="calendar.region"
        status={status}
        hint={<Trans i18nKey="settings.calendar.regionHint" components={{ lib: <span translate="no">date-holidays</span>, code: <code translate="no">{region}</code> }} />}
      >
        <div className="settings-row">
          <select
            id={ids.country}
            className="select settings-input--region"
            value={country}
            disabled={locked}
            onChange={(e) => {
              setCountry(e.target.value);
              setSubdivision('');
            }}
            data-testid="settings-region-country"
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {subdivisions.length > 0 && (
            <>
              <label className="visually-hidden" htmlFor={ids.subdivision}>
                {t('settings.calendar.subdivision')}
              </label>
              <select
                id={ids.subdivision}
                className="select settings-input--region"
                value={subdivision}
                disabled={locked}
                onChange={(e) => setSubdivision(e.target.value)}
                data-testid="settings-region-subdivision"
              >
                <option value="">{t('settings.calendar.wholeCountry')}</option>
                {subdivisions.map((s) => (
                  <option key={s.code} value={s.code} translate="no">
                    {s.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      </Field>
      <Field label={t('settings.calendar.timeZone')} htmlFor={ids.zone} name="calendar.timeZone" status={status} hint={t('settings.calendar.timeZoneHint')}>
        <input
          id={ids.zone}
          className="input settings-input--wide"
          list={ids.zones}
          value={timeZone}
          disabled={locked}
          onChange={(e) => setTimeZone(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          translate="no"
          data-testid="settings-time-zone"
        />
        <datalist id={ids.zones}>
          {choices.timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
      <Field label={t('settings.calendar.closing')} htmlFor={ids.closing} name="calendar.closing" status={status} hint={t('settings.calendar.closingHint')}>
        <input
          id={ids.closing}
          className="input settings-input--time tabular"
          value={closing}
          disabled={locked}
          onChange={(e) => setClosing(e.target.value)}
          placeholder="17:00"
          inputMode="numeric"
          maxLength={5}
          data-testid="settings-closing"
        />
      </Field>
    </SettingsSection>
  );
}
