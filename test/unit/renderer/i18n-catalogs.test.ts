// The catalogs themselves: French has every English key and nothing else (plus the plural form
// French needs), the same interpolation variables and tags per key, French typography, and a
// label for every code of the domain in both languages.
import { describe, expect, it } from 'vitest';
import { ACTIONS, CLOCKS, DEFICIENCIES, PRODUCT_FAMILIES, REJECTION_REASONS, SIDES, SLA_STATES, STATUSES } from '../../../shared/domain/codes';
import { FINDING_STATUSES } from '../../../shared/domain/precheck';
import { TARGET_STATES } from '../../../shared/domain/reviewer-target';
import { en } from '../../../renderer/i18n/locales/en';
import { fr } from '../../../renderer/i18n/locales/fr';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(en as unknown as Tree);
const french = flatten(fr as unknown as Tree);

/** French's extra plural form: `x_many` stands beside every `x_other`, and is checked against it. */
const englishTwin = (key: string) => key.replace(/_many$/, '_other');

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+))?\s*\}\}/g)].map((m) => `${m[1]}${m[2] ? `,${m[2]}` : ''}`).sort();
}

function tags(text: string): string[] {
  return [...text.matchAll(/<\/?([a-z]+)\s*\/?>/gi)].map((m) => m[0].replace(/\s/g, '')).sort();
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** What a French string gets wrong: a sign without its no-break space, quotes without theirs. */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (':;?!'.includes(c)) {
      // A time ("17:00") is not punctuation.
      if (c === ':' && /\d/.test(before) && /\d/.test(after)) continue;
      // Nor is an address's scheme or port ("http://hub.exemple:7420").
      if (c === ':' && (after === '/' || (/\w/.test(before) && /\d/.test(after)))) continue;
      if (before !== NBSP && before !== NNBSP) problems.push(`"${c}" at ${i} has ${before === ' ' ? 'a plain space' : 'no space'} before it`);
    }
    if (c === '«' && after !== NBSP && after !== NNBSP) problems.push(`"«" at ${i} needs a no-break space after it`);
    if (c === '»' && before !== NBSP && before !== NNBSP) problems.push(`"»" at ${i} needs a no-break space before it`);
  }
  return problems;
}

describe('the French catalog', () => {
  it('has exactly the English keys, plus the "many" plural beside each "other"', () => {
    const expected = new Set(english.keys());
    for (const key of english.keys()) if (key.endsWith('_other')) expected.add(key.replace(/_other$/, '_many'));
    expect([...french.keys()].filter((k) => !expected.has(k)), 'French keys English does not have').toEqual([]);
    expect([...expected].filter((k) => !french.has(k)), 'keys missing from French').toEqual([]);
  });

  it('has no empty string', () => {
    expect([...french].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...english].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same interpolation variables and tags as English, key by key', () => {
    const differences: string[] = [];
    for (const [key, text] of french) {
      const source = english.get(englishTwin(key));
      if (source === undefined) continue;
      if (variables(text).join() !== variables(source).join()) differences.push(`${key}: {{${variables(text)}}} vs {{${variables(source)}}}`);
      if (tags(text).join() !== tags(source).join()) differences.push(`${key}: ${tags(text).join(' ')} vs ${tags(source).join(' ')}`);
    }
    expect(differences).toEqual([]);
  });

  it('follows French typography: a no-break space before : ; ? ! and inside « »', () => {
    const problems = [...french].flatMap(([key, text]) => typographyProblems(text).map((p) => `${key}: ${p} in ${JSON.stringify(text)}`));
    expect(problems).toEqual([]);
  });

  it('uses typographic apostrophes and quotes', () => {
    expect([...french].filter(([, v]) => /['"]/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('would catch a plain space before a colon', () => {
    expect(typographyProblems('Motif : absent')).toHaveLength(1);
    expect(typographyProblems('Motif: absent')).toHaveLength(1);
    expect(typographyProblems(`Motif${NBSP}: absent, à 17:00`)).toEqual([]);
    expect(typographyProblems('« non »')).toHaveLength(2);
  });
});

describe('domain codes', () => {
  const lists = {
    status: STATUSES,
    action: ACTIONS,
    deficiency: DEFICIENCIES,
    deficiencyHint: DEFICIENCIES,
    reason: REJECTION_REASONS,
    clock: CLOCKS,
    slaState: SLA_STATES,
    targetState: TARGET_STATES,
    side: SIDES,
    productFamily: PRODUCT_FAMILIES,
    findingStatus: [...new Set(Object.values(FINDING_STATUSES).flat())],
  } as const;

  for (const [group, codes] of Object.entries(lists)) {
    it(`every ${group} code has a label in English and in French`, () => {
      for (const code of codes) {
        expect(english.get(`domain.${group}.${code}`), `en domain.${group}.${code}`).toBeTruthy();
        expect(french.get(`domain.${group}.${code}`), `fr domain.${group}.${code}`).toBeTruthy();
      }
      expect([...english.keys()].filter((k) => k.startsWith(`domain.${group}.`))).toHaveLength(codes.length);
    });
  }
});
