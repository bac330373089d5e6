// A change the team hub refused, in the UI's words: every code the hub gives has its own sentence in
// English and French (a code newer than the window says so), and each entry of the change reads as
// what the person did ("Your decision Approve of Dec 7, 17:00").
import { afterEach, describe, expect, it } from 'vitest';
import type { RefusedEntry } from '../../../shared/api/sync';
import { CHANGE_REFUSALS } from '../../../shared/domain/hub-rules';
import { refusalReason, refusedEntryWords } from '../../../renderer/i18n/hubRefusal';
import { i18n, setLanguage } from '../../../renderer/i18n/i18n';
import { formatDateTime } from '../../../renderer/i18n/format';

afterEach(() => setLanguage('en'));

const AT = '2026-12-08T01:00:00.000Z';
const entry = (over: Partial<RefusedEntry>): RefusedEntry => ({ kind: 'decision', actor: 'Alex Martin', side: 'reviewer', at: AT, action: 'approve', ...over });
const words = (e: RefusedEntry, you: string | null = 'Alex Martin') => {
  const w = refusedEntryWords(e, you);
  return { text: i18n.t(w.key, w.values), actor: w.actor };
};

describe('why the hub refused a change', () => {
  it('has a sentence of its own for every code the hub gives, in English and in French', () => {
    for (const language of ['en', 'fr'] as const) {
      setLanguage(language);
      const unknown = refusalReason('a-code-of-a-later-hub');
      const sentences = CHANGE_REFUSALS.map((code) => refusalReason(code));
      expect(new Set([...sentences, unknown]).size, language).toBe(CHANGE_REFUSALS.length + 1);
      for (const s of sentences) expect(s, language).toMatch(/^\p{Lu}.*\.$/u);
    }
    setLanguage('en');
    const english = CHANGE_REFUSALS.map((code) => refusalReason(code));
    setLanguage('fr');
    CHANGE_REFUSALS.forEach((code, i) => expect(refusalReason(code), code).not.toBe(english[i]));
  });

  it('words the codes as a reviewer reads them', () => {
    expect(refusalReason('not-permitted')).toBe('The role of your hub token does not allow it.');
    expect(refusalReason('future-dated')).toBe('The change is dated later than the hub’s clock: check this computer’s clock.');
    setLanguage('fr');
    expect(refusalReason('not-permitted')).toBe('Le rôle de votre jeton de hub ne le permet pas.');
    expect(refusalReason('a-code-of-a-later-hub')).toBe('Le hub a donné une raison que cette version du poste ne connaît pas.');
  });
});

describe('what a refused change did', () => {
  it('says the person’s own decision with its action and time', () => {
    const date = formatDateTime(AT);
    expect(words(entry({}))).toEqual({ text: `Your decision <b>Approve</b> of ${date}`, actor: null });
    setLanguage('fr');
    expect(words(entry({}))).toEqual({ text: `Votre décision <b>${i18n.t('domain.action.approve')}</b> du ${formatDateTime(AT)}`, actor: null });
  });

  it('names someone else who acted, marks the automatic, and words each kind as a noun', () => {
    const date = formatDateTime(AT);
    expect(words(entry({ actor: 'Pat Partner', side: 'partner', action: 'resubmit' }))).toEqual({ text: `Decision <b>Resubmit</b> by <name/>, ${date}`, actor: 'Pat Partner' });
    expect(words(entry({ kind: 'internal-note', action: null }))).toEqual({ text: `Your internal note of ${date}`, actor: null });
    expect(words(entry({ kind: 'reassigned', action: null }), 'Sam Lee')).toEqual({ text: `Reassignment by <name/>, ${date}`, actor: 'Alex Martin' });
    expect(words(entry({ kind: 'time-transition', actor: 'system', side: 'system', action: null }))).toEqual({ text: `Deadline transition (automatic), ${date}`, actor: null });
    expect(words(entry({ kind: 'some-later-kind', action: null }))).toEqual({ text: `Your some later kind of ${date}`, actor: null });
    // A decision entry without a known action reads as a decision.
    expect(words(entry({ action: null }))).toEqual({ text: `Your decision of ${date}`, actor: null });
    setLanguage('fr');
    const fr = formatDateTime(AT);
    expect(words(entry({ kind: 'internal-note', action: null }))).toEqual({ text: `Votre note interne du ${fr}`, actor: null });
    expect(words(entry({ kind: 'edited', actor: 'Pat Partner', side: 'partner', action: null }))).toEqual({ text: `Modification par <name/>, ${fr}`, actor: 'Pat Partner' });
    expect(words(entry({ kind: 'imported', actor: 'import', side: 'system', action: null }))).toEqual({ text: `Importation (automatique), ${fr}`, actor: null });
  });
});
