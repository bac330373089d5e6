// What an error from the backend says on screen: a keyed refusal in the UI's language, its codes as
// the labels the screens use, its dates in the UI's formats; anything else in the service's English,
// marked as such.
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSAL_KEYS, type RefusalKey } from '../../../shared/domain/refusal';
import { ApiError } from '../../../renderer/api/api-error';
import { errorLine, errorText } from '../../../renderer/api/error-text';
import { i18n, setLanguage } from '../../../renderer/i18n/i18n';
import { formatDeadline } from '../../../renderer/i18n/format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

afterEach(() => setLanguage('en'));

function refused(key: RefusalKey, params: Record<string, string | number> = {}, message = 'the service’s English') {
  return new ApiError('illegal-transition', message, { key, params });
}

describe('a keyed refusal', () => {
  it('reads in English from the catalog, with its codes as labels', () => {
    const error = refused('override-required', { claim: 'CP-1', action: 'approve', count: 2, deficiencies: 'missing-poe,missing-products' });
    expect(errorText(error)).toEqual({
      text: '2 deficiencies are still open (“Missing all PoE” and “Missing products”): give a reason to approve anyway.',
      data: ['CP-1'],
    });
    expect(errorText(refused('action-not-allowed', { claim: 'CP-1', action: 'approve', status: 'submitted' })).text).toBe(
      'Approve is not possible: the claim is Submitted.',
    );
  });

  it('reads in French, with French labels and typography', () => {
    setLanguage('fr');
    const error = refused('override-required', { claim: 'CP-1', action: 'approve', count: 2, deficiencies: 'missing-poe,missing-products' });
    expect(errorText(error)).toEqual({
      text: `2 lacunes sont toujours ouvertes («${NBSP}Aucune PoE${NBSP}» et «${NBSP}Produits manquants${NBSP}»)${NBSP}: donnez le motif de la dérogation pour approuver.`,
      data: ['CP-1'],
    });
    expect(errorText(refused('override-required', { claim: 'CP-1', action: 'approve', count: 1, deficiencies: 'missing-poe' })).text).toBe(
      `La lacune «${NBSP}Aucune PoE${NBSP}» est toujours ouverte${NBSP}: donnez le motif de la dérogation pour approuver.`,
    );
    expect(errorText(refused('claim-closed-checklist', { claim: 'CP-1', status: 'rejected-final' })).text).toBe(
      `La demande CP-1 est au statut «${NBSP}Rejet définitif${NBSP}»${NBSP}: sa liste des lacunes est close.`,
    );
    expect(errorText(refused('edit-not-allowed', { claim: 'CP-1', status: 'approved', policy: '2020', statuses: 'submitted,partner-action-required' })).text).toBe(
      `La demande CP-1 ne peut pas être modifiée au statut «${NBSP}Approuvée${NBSP}»${NBSP}: selon la politique 2020, un partenaire ne modifie une demande qu’au statut «${NBSP}Soumise${NBSP}» ou «${NBSP}Action partenaire requise${NBSP}».`,
    );
    expect(errorText(refused('comment-too-long', { max: 10_000 })).text).toBe(`Un commentaire compte au plus 10${NNBSP}000 caractères.`);
  });

  it('shows a closing date with the UI’s date format', () => {
    const closedAt = '2026-03-31T17:00:00-04:00';
    const error = refused('dispute-window-closed', { claim: 'CP-1', action: 'dispute', closedAt });
    expect(errorText(error).text).toBe(`The dispute window closed on ${formatDeadline(closedAt)}: the partner must submit a new association.`);
    setLanguage('fr');
    expect(errorText(error).text).toBe(`Le délai de contestation a pris fin le ${formatDeadline(closedAt)}${NBSP}: le partenaire doit soumettre une nouvelle association.`);
    expect(formatDeadline(closedAt)).toMatch(/^31 mars/);
  });

  it('names the data it quotes, so the screen shows it as it is', () => {
    setLanguage('fr');
    const error = refused('product-not-claimed', { claim: 'CP-1', product: 'Azure', products: 'Microsoft Teams\nIntune' });
    expect(errorText(error)).toEqual({
      text: `La demande CP-1 ne revendique pas «${NBSP}Azure${NBSP}»${NNBSP}; les produits qu’elle revendique${NBSP}: «${NBSP}Microsoft Teams${NBSP}» et «${NBSP}Intune${NBSP}».`,
      data: ['CP-1', 'Azure', 'Microsoft Teams', 'Intune'],
    });
    expect(errorText(refused('product-not-claimed', { claim: 'CP-1', product: 'Azure', products: '' })).text).toContain(`revendique${NBSP}: aucun.`);
  });

  it('words what a role may not do as the role notes do', () => {
    setLanguage('fr');
    expect(errorText(new ApiError('forbidden', 'x', { key: 'role-forbidden', params: { role: 'auditor', method: 'claim.decide', allowed: 'reviewer,team-lead' } })).text).toBe(
      `Le rôle auditeur ne permet pas de décider des demandes${NBSP}: seuls les rôles réviseur et chef d’équipe le permettent.`,
    );
    expect(errorText(new ApiError('forbidden', 'x', { key: 'take-someone-elses', params: { role: 'reviewer', allowed: 'team-lead', assignee: 'Priya Shah' } }))).toEqual({
      text: `Le rôle réviseur ne permet pas de prendre une demande attribuée à Priya Shah${NBSP}: seul le rôle chef d’équipe le permet.`,
      data: ['Priya Shah'],
    });
    expect(errorText(new ApiError('forbidden', 'x', { key: 'team-setting-forbidden', params: { role: 'auditor', part: 'policy', allowed: 'team-lead' } })).text).toBe(
      `Le rôle auditeur ne permet pas de modifier la politique active de l’équipe${NBSP}: seul le rôle chef d’équipe le permet.`,
    );
  });

  it('words a refused restore by its problem, and keeps the words no key can say in English, apart', () => {
    setLanguage('fr');
    expect(errorLine(new ApiError('invalid-input', 'x', { key: 'restore-refused', params: { problem: 'incomplete', files: 2, expected: 3 } }))).toBe(
      `Restauration refusée, rien n’a changé${NBSP}: la sauvegarde est incomplète${NBSP}: 2 fichiers de PoE sur 3.`,
    );
    const unverified = new ApiError('invalid-input', 'x', { key: 'restore-refused', params: { problem: 'does-not-verify', detail: 'claim CP-1: entry 3 is altered' } });
    expect(errorText(unverified)).toEqual({
      text: `Restauration refusée, rien n’a changé${NBSP}: la sauvegarde ne passe pas la vérification${NBSP}:`,
      detail: 'claim CP-1: entry 3 is altered',
      data: [],
    });
  });
});

describe('a failure', () => {
  it('says in French that the workstation failed, naming the call as data', () => {
    setLanguage('fr');
    expect(errorText(new ApiError('internal', 'x', { key: 'failed-unexpectedly', params: { method: 'store.verify' } }))).toEqual({
      text: `Le poste de travail a échoué de façon inattendue (store.verify)${NNBSP}; les détails sont dans son journal.`,
      data: ['store.verify'],
    });
  });
});

describe('what the window cannot word', () => {
  it('is the service’s English, marked so, when the refusal has no key', () => {
    setLanguage('fr');
    expect(errorText(new ApiError('invalid-input', 'claim.decide: action: Invalid option'))).toEqual({
      text: 'claim.decide: action: Invalid option',
      lang: 'en',
      data: [],
    });
  });

  it('is the service’s English when a code in the refusal is not one this window knows', () => {
    setLanguage('fr');
    expect(errorText(refused('action-not-allowed', { action: 'approve', status: 'archived' }, 'cannot approve an archived claim'))).toEqual({
      text: 'cannot approve an archived claim',
      lang: 'en',
      data: [],
    });
    expect(errorText(refused('restore-refused', { problem: 'melted' }, 'restore refused, nothing changed: it melted')).lang).toBe('en');
  });

  it('is the window’s own words for the transport’s failures, not marked English', () => {
    setLanguage('fr');
    const unreachable = new ApiError('unavailable', i18n.t('common.errors.unreachable'));
    expect(errorText(unreachable)).toEqual({ text: i18n.t('common.errors.unreachable'), data: [] });
  });

  it('drops a key this window does not know when the envelope arrives', () => {
    const error = ApiError.from({ code: 'forbidden', message: 'no', refusal: { key: 'from-the-future', params: {} } as never });
    expect(error.refusal).toBeNull();
    expect(errorText(error)).toEqual({ text: 'no', lang: 'en', data: [] });
  });
});

describe('the catalogs', () => {
  const ROLE_KEYS: readonly RefusalKey[] = ['role-forbidden', 'team-setting-forbidden', 'assign-to-someone-else', 'unassign-someone-elses', 'take-someone-elses'];

  it('word every key the service sends, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      setLanguage(language);
      const missing = REFUSAL_KEYS.filter((key) => !ROLE_KEYS.includes(key) && !i18n.exists(`refusals.${key}`, { count: 2 }));
      expect(missing, language).toEqual([]);
    }
  });
});
