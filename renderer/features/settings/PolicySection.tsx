import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Settings, SettingsChoices } from '../../../shared/api/schemas';
import type { PolicyId } from '../../../shared/domain/codes';
import { DEFAULT_POLICY } from '../../../shared/domain/policy';
import { useSettingsStore } from '../../state/settingsStore';
import { DateField } from '../../ui/DateField';
import { formatDay } from '../../i18n/format';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';
import { hubSaved, savesToHub, setOnlyByHub, TeamHubNote } from './TeamHubNote';
import { TeamRoleNote, useTeamRefusal } from './TeamRoleNote';

/** Which versioned rules judge new claims, and from which submission day. */
export function PolicySection({ settings, choices }: { readonly settings: Settings; readonly choices: SettingsChoices }) {
  const status = useSection('policy');
  const save = useSettingsStore((s) => s.save);
  const refusal = useTeamRefusal('policy');
  const [active, setActive] = useState<PolicyId>(settings.policy.active);
  const [from, setFrom] = useState(settings.policy.from);
  const ids = { policy: useId(), from: useId() };
  const { t } = useTranslation();
  const chosen = choices.policies.find((p) => p.id === active);
  const dirty = active !== settings.policy.active || from !== settings.policy.from;
  // On a joined workstation the fields show the team hub's values; a team lead's save goes there.
  const team = settings.teamHub;
  const locked = refusal !== null || setOnlyByHub(team);

  return (
    <SettingsSection
      id="policy"
      title={t('settings.policy.title')}
      description={t('settings.policy.description')}
      footer={
        <SaveBar
          section="policy"
          status={status}
          dirty={dirty}
          disabled={locked}
          fields={['policy.active', 'policy.from']}
          label={savesToHub(team) && !locked ? t('settings.teamHub.saveForTeam') : undefined}
          onSave={() => void save('policy', { policy: { active, from } }, (r) => hubSaved(r) ?? { kind: 'policy', policy: r.settings.policy.active, from: r.settings.policy.from })}
        />
      }
    >
      <TeamHubNote team={team} part="policy" mayChange={refusal === null} />
      {refusal && <TeamRoleNote text={refusal} />}
      <Field
        label={t('settings.policy.active')}
        htmlFor={ids.policy}
        name="policy.active"
        status={status}
        hint={chosen ? t('settings.policy.activeHint', { date: formatDay(chosen.effectiveFrom) }) : undefined}
      >
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
              {t('settings.policy.option', { id: p.id, title: t(`settings.policy.titles.${p.id}`) })}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('settings.policy.from')}
        htmlFor={ids.from}
        name="policy.from"
        status={status}
        hint={t('settings.policy.fromHint', { policy: DEFAULT_POLICY })}
      >
        <DateField
          id={ids.from}
          className="settings-input--date"
          value={from}
          min={chosen?.effectiveFrom}
          disabled={locked}
          onChange={setFrom}
          testId="settings-policy-from"
          label={t('settings.policy.from')}
        />
      </Field>
    </SettingsSection>
  );
}
