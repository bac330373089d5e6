// What a role may not do, as the renderer says it: the API's table, worded from the catalogs. In
// English the sentence is the service's own, capitalised; in French it is built from French parts.
import { afterEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract';
import { methodRefusal, restrictedMethods } from '../../../shared/api/permissions';
import { ROLES, TEAM_SETTINGS } from '../../../shared/domain/roles';
import { i18n, setLanguage } from '../../../renderer/i18n/i18n';
import { methodRefusalText, teamSettingRefusalText } from '../../../renderer/i18n/roleRefusal';

const NBSP = '\u00a0';

afterEach(() => setLanguage('en'));

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

describe('role refusals in the UI', () => {
  it('say in English what the API says, as a sentence', () => {
    expect(methodRefusalText('auditor', 'claim.decide')).toBe('An auditor may not decide on claims: the roles reviewer and team lead may.');
    expect(teamSettingRefusalText('reviewer', 'calendar')).toBe('A reviewer may not change the team’s business calendar: the role team lead may.');
    for (const role of ROLES) {
      for (const method of METHODS) {
        const api = methodRefusal(role, method);
        expect(methodRefusalText(role, method), `${role} ${method}`).toBe(api === null ? null : sentence(api.reason));
      }
    }
  });

  it('are French in French', () => {
    setLanguage('fr');
    expect(methodRefusalText('auditor', 'claim.decide')).toBe(
      `Le rôle auditeur ne permet pas de décider des demandes${NBSP}: seuls les rôles réviseur et chef d’équipe le permettent.`,
    );
    expect(methodRefusalText('reviewer', 'store.restore')).toBe(`Le rôle réviseur ne permet pas de restaurer une sauvegarde${NBSP}: seul le rôle chef d’équipe le permet.`);
    expect(teamSettingRefusalText('auditor', 'policy')).toBe(
      `Le rôle auditeur ne permet pas de modifier la politique active de l’équipe${NBSP}: seul le rôle chef d’équipe le permet.`,
    );
    expect(methodRefusalText('team-lead', 'claim.decide')).toBeNull();
    expect(methodRefusalText('auditor', 'claim.get')).toBeNull();
  });

  it('word every method of the role table and every team setting in both languages', () => {
    for (const lng of ['en', 'fr']) {
      for (const [method] of restrictedMethods()) expect(i18n.exists(`roles.what.${method}`, { lng }), `${lng} ${method}`).toBe(true);
      for (const part of Object.keys(TEAM_SETTINGS)) expect(i18n.exists(`roles.teamSettings.${part}`, { lng }), `${lng} ${part}`).toBe(true);
    }
  });
});
