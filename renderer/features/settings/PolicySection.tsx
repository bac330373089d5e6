import { useId, useState } from 'react';
import type { Settings, SettingsChoices } from '../../../shared/api/schemas';
import type { PolicyId } from '../../../shared/domain/codes';
import { useSettingsStore } from '../../state/settingsStore';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';
import { TeamRoleNote, useTeamRefusal } from './TeamRoleNote';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) as the reader writes dates; read in UTC so no zone moves it a day. */
function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : day.format(date);
}

/** Which versioned rules judge new claims, and from which submission day. */
export function PolicySection({ settings, choices }: { readonly settings: Settings; readonly choices: SettingsChoices }) {
  const status = useSection('policy');
  const save = useSettingsStore((s) => s.save);
  const refusal = useTeamRefusal('policy');
  const [active, setActive] = useState<PolicyId>(settings.policy.active);
  const [from, setFrom] = useState(settings.policy.from);
  const ids = { policy: useId(), from: useId() };
  const chosen = choices.policies.find((p) => p.id === active);
  const dirty = active !== settings.policy.active || from !== settings.policy.from;
  const locked = refusal !== null;

  return (
    <SettingsSection
      id="policy"
      title="Policy"
      description="Claims are judged under the policy in force when they were submitted. Claims already in the store keep theirs; this decides for claims imported from now on."
      footer={
        <SaveBar
          section="policy"
          status={status}
          dirty={dirty}
          disabled={locked}
          fields={['policy.active', 'policy.from']}
          onSave={() =>
            void save('policy', { policy: { active, from } }, (r) => `Saved. New claims submitted from ${formatDay(r.settings.policy.from)} on are judged under the ${r.settings.policy.active} policy.`)
          }
        />
      }
    >
      {refusal && <TeamRoleNote text={refusal} />}
      <Field label="Active policy" htmlFor={ids.policy} name="policy.active" status={status} hint={chosen ? `In force from ${formatDay(chosen.effectiveFrom)} at the earliest.` : undefined}>
        <select
          id={ids.policy}
          className="select settings-input--wide"
          value={active}
          disabled={locked}
          onChange={(e) => setActive(e.target.value as PolicyId)}
          data-testid="settings-policy"
        >
          {choices.policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id} · {p.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Applies to claims submitted from" htmlFor={ids.from} name="policy.from" status={status} hint="Earlier claims are judged under the 2020 policy.">
        <input
          id={ids.from}
          className="input settings-input--date tabular"
          type="date"
          value={from}
          min={chosen?.effectiveFrom}
          disabled={locked}
          onChange={(e) => setFrom(e.target.value)}
          data-testid="settings-policy-from"
        />
      </Field>
    </SettingsSection>
  );
}
