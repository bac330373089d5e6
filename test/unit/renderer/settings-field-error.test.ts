// Where the Settings screen shows a refusal and what it says: each issue of the envelope (a field's
// path, a code, its values) under the field it names, worded from settings.refusal.* in English and
// French; what it has no words for in the issue's English. That the service and the boundary send
// these codes for every bad value is checked through the API: test/integration/settings-refusals.test.ts.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputIssue } from '../../../shared/api/input-issue';
import type { ApiErrorBody } from '../../../shared/api/result';
import { ApiError } from '../../../renderer/api/api-error';
import { type FieldError, fieldErrors } from '../../../renderer/features/settings/fieldError';
import { FieldErrorText } from '../../../renderer/features/settings/Outcome';
import { saveErrors } from '../../../renderer/features/settings/outcomes';
import { setLanguage } from '../../../renderer/i18n/i18n';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

afterEach(() => setLanguage('en'));

const issue = (path: InputIssue['path'], code: InputIssue['code'], params: InputIssue['params'] = {}, message = 'the issue’s English'): InputIssue => ({
  path,
  code,
  params,
  message,
});

/** A refused save as the envelope brings it across a transport. */
const refused = (body: Omit<Partial<ApiErrorBody>, 'issues'> & { readonly issues?: readonly unknown[] }) =>
  ApiError.from({ code: 'invalid-input', message: 'the service’s English', ...body } as ApiErrorBody);

/** What the screen shows for one refusal, as text, and the data it marks translate="no". */
function shown(error: FieldError): { readonly text: string; readonly data: readonly string[] } {
  const html = renderToStaticMarkup(createElement(FieldErrorText, { error }));
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const data = [...html.matchAll(/<[^>]* translate="no"[^>]*>([^<]*)</g)].map((m) => decode(m[1] ?? ''));
  return { text: decode(html.replace(/<[^>]+>/g, '')), data };
}

/** One issue under its field, and its sentence in English and in French. */
const WORDED: readonly [InputIssue, string, string][] = [
  [issue(['identity'], 'too-small', { min: 1 }), 'Your name cannot be empty.', 'Votre nom ne peut pas être vide.'],
  [issue(['identity'], 'too-big', { max: 120 }), 'Your name can have at most 120 characters.', `Votre nom compte au plus 120${NBSP}caractères.`],
  [issue(['calendar', 'region'], 'too-small', { min: 1 }), 'Choose a holiday region.', 'Choisissez une région pour les jours fériés.'],
  [
    issue(['calendar', 'region'], 'unknown', { value: 'XX' }),
    'Unknown holiday region “XX”: choose one from the list.',
    `Région de jours fériés inconnue («${NBSP}XX${NBSP}»)${NBSP}: choisissez-en une dans la liste.`,
  ],
  [issue(['calendar', 'timeZone'], 'too-small', { min: 1 }), 'Choose a time zone.', 'Choisissez un fuseau horaire.'],
  [
    issue(['calendar', 'timeZone'], 'unknown', { value: 'Mars/Olympus' }),
    'Unknown time zone “Mars/Olympus”: type an IANA zone, e.g. America/Los_Angeles or Europe/Paris.',
    `Fuseau horaire inconnu («${NBSP}Mars/Olympus${NBSP}»)${NBSP}: tapez une zone IANA, par ex. America/Los_Angeles ou Europe/Paris.`,
  ],
  [
    issue(['calendar', 'closing'], 'invalid-format'),
    'Write the closing time as HH:MM, from 00:00 to 23:59.',
    'Écrivez l’heure de fermeture sous la forme 17:30, de 00:00 à 23:59.',
  ],
  [issue(['policy', 'from'], 'invalid-format', { format: 'date' }), 'Give the first day as a full date.', 'Indiquez le premier jour sous forme de date complète.'],
  [
    issue(['policy', 'from'], 'too-early', { policy: '2023', effective: '2023-01-01', from: '2022-12-31' }),
    'The 2023 policy took effect on Jan 1, 2023: it cannot apply from Dec 31, 2022.',
    `La politique 2023 est entrée en vigueur le 1 janv. 2023${NBSP}: elle ne peut pas s’appliquer à partir du 31 déc. 2022.`,
  ],
  [issue(['dataFolder'], 'too-small', { min: 1 }), 'Name a folder.', 'Indiquez un dossier.'],
  [
    issue(['dataFolder'], 'not-changeable'),
    'The browser host serves the folder it was started with; start it with --data DIR to use another.',
    `L’hôte navigateur sert le dossier avec lequel il a démarré${NNBSP}; démarrez-le avec --data DIR pour en utiliser un autre.`,
  ],
  [
    issue(['dataFolder'], 'not-absolute', { value: 'relative/folder' }),
    '“relative/folder” is not a full path (e.g. /home/alex/cpor-data or C:\\cpor-data).',
    `«${NBSP}relative/folder${NBSP}» n’est pas un chemin complet (par ex. /home/alex/cpor-data ou C:\\cpor-data).`,
  ],
  [issue(['dataFolder'], 'not-a-folder', { value: '/srv/file' }), '“/srv/file” is a file, not a folder.', `«${NBSP}/srv/file${NBSP}» est un fichier, pas un dossier.`],
  [issue(['dataFolder'], 'not-writable', { value: '/srv/cpor' }), 'The workstation cannot write in “/srv/cpor”.', `Le poste ne peut pas écrire dans «${NBSP}/srv/cpor${NBSP}».`],
  [issue(['dataFolder'], 'does-not-exist', { value: 'Q:\\cpor' }), 'No part of “Q:\\cpor” exists.', `Aucune partie de «${NBSP}Q:\\cpor${NBSP}» n’existe.`],
  [issue([], 'nothing-to-change'), 'Nothing to save: change a setting first.', `Rien à enregistrer${NBSP}: modifiez d’abord un réglage.`],
];

describe('a refused setting on the Settings screen', () => {
  it('sits under the field its issue names, one entry per issue, the change as a whole under none', () => {
    const errors = saveErrors(
      refused({
        issues: [issue(['identity'], 'too-small', { min: 1 }, 'your name cannot be empty'), issue(['calendar', 'closing'], 'invalid-format'), issue([], 'nothing-to-change')],
      }),
    );
    expect(errors).toEqual([
      { field: 'identity', message: 'your name cannot be empty', refusal: { kind: 'identityEmpty' }, service: true },
      { field: 'calendar.closing', message: 'the issue’s English', refusal: { kind: 'closingFormat' }, service: true },
      { field: null, message: 'the issue’s English', refusal: { kind: 'nothing' }, service: true },
    ]);
  });

  it('is worded from its field and code in English and in French, the value it quotes kept as data', () => {
    for (const [given, english, french] of WORDED) {
      const [error] = fieldErrors([given]);
      expect(error?.field, JSON.stringify(given)).toBe(given.path.join('.') || null);
      expect(error?.refusal, JSON.stringify(given)).not.toBeNull();
      const value = given.params.value;
      setLanguage('en');
      expect(shown(error!), JSON.stringify(given)).toEqual({ text: english, data: typeof value === 'string' ? [value] : given.code === 'not-changeable' ? ['--data DIR'] : [] });
      setLanguage('fr');
      expect(shown(error!).text, JSON.stringify(given)).toBe(french);
    }
  });

  it('says a role’s refusal of the team’s settings from its key', () => {
    const error = ApiError.from({
      code: 'forbidden',
      message: 'a reviewer may not change the team’s business calendar: the role team lead may',
      refusal: { key: 'team-setting-forbidden', params: { role: 'reviewer', part: 'calendar', allowed: 'team-lead' } },
    });
    const errors = saveErrors(error);
    expect(errors).toEqual([{ field: null, message: error.message, refusal: { kind: 'teamSetting', role: 'reviewer', part: 'calendar' }, service: true }]);
    expect(shown(errors[0]!).text).toBe('A reviewer may not change the team’s business calendar: the role team lead may.');
    setLanguage('fr');
    expect(shown(errors[0]!).text).toBe(`Le rôle réviseur ne permet pas de modifier le calendrier ouvré de l’équipe${NBSP}: seul le rôle chef d’équipe le permet.`);
  });

  it('says the team hub’s refusals from their keys, the name marked as data', () => {
    const error = ApiError.from({
      code: 'conflict',
      message: "the team's settings changed meanwhile (version 4, set by Priya Shah at 2026-12-07T17:00:00.000Z; the change was made on version 3): read them again",
      refusal: { key: 'team-settings-changed', params: { name: 'Priya Shah', setAt: '2026-12-07T17:00:00.000Z' } },
    });
    const [shownError] = saveErrors(error);
    expect(shownError).toEqual({ field: null, message: error.message, refusal: { kind: 'keyed', error }, service: true });
    expect(shown(shownError!).text).toMatch(/^Priya Shah changed the team’s settings on the hub \(.+\) while you were editing: they are shown again; make your change on them and save\.$/);
    expect(shown(shownError!).data).toEqual(['Priya Shah']);
    setLanguage('fr');
    expect(shown(shownError!).text).toMatch(new RegExp(`^Priya Shah a modifié les réglages de l’équipe sur le hub \\(.+\\) pendant que vous les changiez${NBSP}: ils sont affichés de nouveau${NNBSP}; `));
    const offline = saveErrors(ApiError.from({ code: 'unavailable', message: 'x', refusal: { key: 'team-settings-offline', params: { detail: 'the hub at http://hub:7420 cannot be reached' } } }));
    expect(shown(offline[0]!).text).toMatch(/^Le calendrier et la politique de l’équipe ne changent que sur le hub, qui est injoignable/);
  });

  it('leaves what it has no words for to the issue’s English under its field, after a lead-in in the UI’s language', () => {
    const tooLong = 'Too big: expected string to have <=24 characters';
    const [error] = saveErrors(refused({ issues: [issue(['calendar', 'region'], 'too-big', { max: 24 }, tooLong)] }));
    expect(error).toEqual({ field: 'calendar.region', message: tooLong, refusal: null, service: true });
    expect(shown(error!).text).toBe(`The workstation refused this: ${tooLong}`);
    setLanguage('fr');
    expect(shown(error!).text).toBe(`Le poste a refusé ce réglage${NBSP}: ${tooLong}`);
    expect(renderToStaticMarkup(createElement(FieldErrorText, { error: error! }))).toContain(`<span lang="en">${tooLong.replace('<', '&lt;')}</span>`);

    // A code one field has words for is not worded under another, nor a code from a newer service.
    expect(fieldErrors([issue(['identity'], 'unknown', { value: 'x' })])[0]?.refusal).toBeNull();
    expect(saveErrors(refused({ issues: [{ path: ['calendar', 'closing'], code: 'too-late', params: {}, message: 'later words' }] }))).toEqual([
      { field: 'calendar.closing', message: 'later words', refusal: null, service: true },
    ]);
    // A refusal naming no field at all: the service's English at the section's foot.
    expect(saveErrors(refused({ code: 'conflict' }))).toEqual([{ field: null, message: 'the service’s English', refusal: null, service: true }]);
  });

  it('says a failure that never reached the service in the window’s own words', () => {
    expect(saveErrors(new ApiError('unavailable', 'The workstation cannot be reached.'))).toEqual([
      { field: null, message: 'The workstation cannot be reached.', refusal: null, service: false },
    ]);
  });
});
