import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { Settings, SettingsUpdateResult } from '../../../shared/api/schemas';
import type { TEAM_SETTINGS } from '../../../shared/domain/roles';
import { formatDateTime } from '../../i18n/format';
import type { SavedNote } from '../../state/settingsStore';

type TeamHub = Settings['teamHub'];

/** The team hub sets these here, and this workstation cannot send a change to it: nobody changes them here. */
export const setOnlyByHub = (team: TeamHub): boolean => team.inForce !== null && !team.joined;

/** A team lead's save goes to the hub: this workstation is joined to one. */
export const savesToHub = (team: TeamHub): boolean => team.joined;

/** What a save that went to the team hub says (its new version), or null for one this store kept. */
export function hubSaved(result: SettingsUpdateResult): SavedNote | null {
  const { joined, inForce } = result.settings.teamHub;
  return joined && inForce ? { kind: 'team', version: inForce.version } : null;
}

/**
 * Where the calendar or the policy comes from on a workstation joined to a team hub: who set them
 * last and when, and what saving does (`mayChange`: the role may change the team's settings).
 * Nothing while the store's own apply and no hub is joined.
 */
export function TeamHubNote({ team, part, mayChange }: { readonly team: TeamHub; readonly part: keyof typeof TEAM_SETTINGS; readonly mayChange: boolean }) {
  const { t } = useTranslation();
  const { inForce } = team;
  if (!inForce && !(team.joined && mayChange)) return null;
  return (
    <div className="settings-section__note">
      <p className="team-hub-note" data-testid={`team-hub-note-${part}`}>
        <svg className="team-hub-note__icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle cx="7" cy="3" r="2" fill="currentColor" />
          <circle cx="2.6" cy="11" r="2" fill="currentColor" />
          <circle cx="11.4" cy="11" r="2" fill="currentColor" />
          <path d="M7 5v2.6M7 7.6 3.6 9.6M7 7.6l3.4 2" fill="none" stroke="currentColor" strokeWidth="1.2" />
        </svg>
        <span>
          {inForce ? (
            <Trans
              i18nKey={part === 'calendar' ? 'settings.teamHub.calendarSetBy' : 'settings.teamHub.policySetBy'}
              values={{ date: formatDateTime(inForce.setAt), version: inForce.version }}
              components={{ name: <strong translate="no">{inForce.setBy}</strong> }}
            />
          ) : (
            t('settings.teamHub.first')
          )}
          {inForce && mayChange && <> {t(team.joined ? 'settings.teamHub.leadSaves' : 'settings.teamHub.connect')}</>}
        </span>
      </p>
    </div>
  );
}
