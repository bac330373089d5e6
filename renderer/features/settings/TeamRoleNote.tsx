import { useTranslation } from '../../i18n/useTranslation';
import type { TEAM_SETTINGS } from '../../../shared/domain/roles';
import { useRole } from '../../state/permissions';
import { RoleNote } from '../../ui/RoleNote';
import { teamSettingRefusalText } from '../../i18n/roleRefusal';

/** The calendar and the policy are the team's: only a team lead changes them. Null when the role may. */
export function useTeamRefusal(part: keyof typeof TEAM_SETTINGS): string | null {
  const role = useRole();
  useTranslation();
  return role ? teamSettingRefusalText(role, part) : null;
}

export function TeamRoleNote({ text }: { readonly text: string }) {
  return (
    <div className="settings-section__note">
      <RoleNote text={text} testId="settings-team-role-note" />
    </div>
  );
}
