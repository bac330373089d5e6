import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Settings } from '../../../shared/api/schemas';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { useSettingsStore } from '../../state/settingsStore';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';

/** Who acts at this workstation, and what their role lets them do here. */
export function IdentitySection({ settings }: { readonly settings: Settings }) {
  const status = useSection('identity');
  const save = useSettingsStore((s) => s.save);
  const [identity, setIdentity] = useState(settings.identity);
  const [role, setRole] = useState<Role>(settings.role);
  const nameId = useId();
  const { t } = useTranslation();
  const dirty = identity.trim() !== settings.identity || role !== settings.role;

  return (
    <SettingsSection
      id="identity"
      title={t('settings.identity.title')}
      description={t('settings.identity.description')}
      footer={
        <SaveBar
          section="identity"
          status={status}
          dirty={dirty}
          fields={['identity', 'role']}
          onSave={() => void save('identity', { identity, role }, (r) => ({ kind: 'identity', identity: r.settings.identity, role: r.settings.role }))}
        />
      }
    >
      <Field label={t('settings.identity.name')} htmlFor={nameId} name="identity" status={status} hint={t('settings.identity.nameHint')}>
        <input
          id={nameId}
          className="input settings-input--wide"
          value={identity}
          onChange={(e) => setIdentity(e.target.value)}
          maxLength={120}
          autoComplete="name"
          spellCheck={false}
          translate="no"
          data-testid="settings-identity-name"
        />
      </Field>
      <Field label={t('settings.identity.role')} name="role" status={status}>
        <div className="role-choice" role="radiogroup" aria-label={t('settings.identity.role')}>
          {ROLES.map((r) => (
            <label key={r} className={r === role ? 'role-choice__option role-choice__option--on' : 'role-choice__option'} data-testid={`settings-role-${r}`}>
              <input type="radio" name="settings-role" value={r} checked={r === role} onChange={() => setRole(r)} />
              <span className="role-choice__text">
                <span className="role-choice__name">{t(`common.roles.${r}`)}</span>
                <span className="role-choice__summary">{t(`roles.summary.${r}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </Field>
    </SettingsSection>
  );
}
