import { useId, useState } from 'react';
import type { Settings } from '../../../shared/api/schemas';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES, type Role } from '../../../shared/domain/roles';
import { useSettingsStore } from '../../state/settingsStore';
import { Field, SaveBar, SettingsSection, useSection } from './SettingsSection';

/** Who acts at this workstation, and what their role lets them do here. */
export function IdentitySection({ settings }: { readonly settings: Settings }) {
  const status = useSection('identity');
  const save = useSettingsStore((s) => s.save);
  const [identity, setIdentity] = useState(settings.identity);
  const [role, setRole] = useState<Role>(settings.role);
  const nameId = useId();
  const dirty = identity.trim() !== settings.identity || role !== settings.role;

  return (
    <SettingsSection
      id="identity"
      title="Identity & role"
      description="Your name is recorded with every decision, tick and comment you make here. Your role decides what this workstation lets you do."
      footer={
        <SaveBar
          section="identity"
          status={status}
          dirty={dirty}
          fields={['identity', 'role']}
          onSave={() => void save('identity', { identity, role }, (r) => `Saved. You act as ${r.settings.identity}, ${ROLE_LABELS[r.settings.role].toLowerCase()}.`)}
        />
      }
    >
      <Field label="Your name" htmlFor={nameId} name="identity" status={status} hint="As colleagues and the partner see it in the history.">
        <input
          id={nameId}
          className="input settings-input--wide"
          value={identity}
          onChange={(e) => setIdentity(e.target.value)}
          maxLength={120}
          autoComplete="name"
          spellCheck={false}
          data-testid="settings-identity-name"
        />
      </Field>
      <Field label="Role" name="role" status={status}>
        <div className="role-choice" role="radiogroup" aria-label="Role">
          {ROLES.map((r) => (
            <label key={r} className={r === role ? 'role-choice__option role-choice__option--on' : 'role-choice__option'} data-testid={`settings-role-${r}`}>
              <input type="radio" name="settings-role" value={r} checked={r === role} onChange={() => setRole(r)} />
              <span className="role-choice__text">
                <span className="role-choice__name">{ROLE_LABELS[r]}</span>
                <span className="role-choice__summary">{ROLE_SUMMARIES[r]}</span>
              </span>
            </label>
          ))}
        </div>
      </Field>
    </SettingsSection>
  );
}
