import { refusalText, TEAM_SETTINGS } from '../../../shared/domain/roles';
import { useRole } from '../../state/permissions';
import { RoleNote } from '../../ui/RoleNote';

/** The calendar and the policy are the team's: only a team lead changes them. Null when the role may. */
export function useTeamRefusal(part: keyof typeof TEAM_SETTINGS): string | null {
  const role = useRole();
  const permission = TEAM_SETTINGS[part];
  if (!role || permission.roles.includes(role)) return null;
  const text = refusalText(role, permission);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function TeamRoleNote({ text }: { readonly text: string }) {
  return (
    <div className="settings-section__note">
      <RoleNote text={text} testId="settings-team-role-note" />
    </div>
  );
}
