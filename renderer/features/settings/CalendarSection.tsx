import { useId, useState } from 'react';
import type { Settings, SettingsChoices } from '../../../shared/api/schemas';
import { useSettingsStore } from '../../state/settingsStore';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';
import { TeamRoleNote, useTeamRefusal } from './TeamRoleNote';

function movedText(deadlines: { claims: number; changed: number } | null): string {
  if (!deadlines) return 'Saved.';
  if (deadlines.changed === 0) return `Saved. No deadline moved (${deadlines.claims.toLocaleString('en')} claims checked).`;
  const n = deadlines.changed.toLocaleString('en');
  return `Saved. ${n} ${deadlines.changed === 1 ? 'deadline' : 'deadlines'} recomputed on the new calendar (of ${deadlines.claims.toLocaleString('en')} claims).`;
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

  const region = subdivision || country;
  const countries = choices.regions.filter((r) => r.country === null);
  const subdivisions = choices.regions.filter((r) => r.country === country);
  const current = settings.calendar;
  const dirty = region !== current.region || timeZone.trim() !== current.timeZone || closing !== current.closing;
  const locked = refusal !== null;

  return (
    <SettingsSection
      id="calendar"
      title="Business calendar"
      description="Business days are Monday to Friday minus the region's public holidays; a deadline ends at the closing time in the time zone. Saving recomputes every stored deadline."
      footer={
        <SaveBar
          section="calendar"
          status={status}
          dirty={dirty}
          disabled={locked}
          fields={['calendar.region', 'calendar.timeZone', 'calendar.closing']}
          onSave={() => void save('calendar', { calendar: { region, timeZone, closing } }, (r) => movedText(r.deadlines))}
        />
      }
    >
      {refusal && <TeamRoleNote text={refusal} />}
      <Field label="Holiday region" htmlFor={ids.country} name="calendar.region" status={status} hint={`Public holidays from date-holidays (code ${region}).`}>
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
                State or province
              </label>
              <select
                id={ids.subdivision}
                className="select settings-input--region"
                value={subdivision}
                disabled={locked}
                onChange={(e) => setSubdivision(e.target.value)}
                data-testid="settings-region-subdivision"
              >
                <option value="">Whole country</option>
                {subdivisions.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      </Field>
      <Field label="Time zone" htmlFor={ids.zone} name="calendar.timeZone" status={status} hint="An IANA zone; type to search, e.g. Europe/Paris.">
        <input
          id={ids.zone}
          className="input settings-input--wide"
          list={ids.zones}
          value={timeZone}
          disabled={locked}
          onChange={(e) => setTimeZone(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          data-testid="settings-time-zone"
        />
        <datalist id={ids.zones}>
          {choices.timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
      <Field label="Closing time" htmlFor={ids.closing} name="calendar.closing" status={status} hint="When a business day ends, local time (24-hour).">
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
