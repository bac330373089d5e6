// Find in a PDF page: folding (case, accents, ligatures, white space) and the way back from a
// match to the text layer's spans.
import { describe, expect, it } from 'vitest';
import { segmentsFor } from '../../../renderer/features/viewer/textMarks';
import { buildPageText, findAll, findLoose, foldQuery, itemRanges } from '../../../renderer/features/viewer/textSearch';

const items = [
  { str: 'Statement of ', hasEOL: false },
  { str: 'Work', hasEOL: true },
  { str: 'Signed  by the CUSTOMER', hasEOL: true },
  { str: 'Déploiement ﬁnal', hasEOL: false },
];

describe('page text for find', () => {
  it('folds case, accents, ligatures and white space, line ends included', () => {
    const page = buildPageText(items);
    expect(page.text).toBe('statement of work signed by the customer deploiement final');
    expect(foldQuery('  Signed   BY ')).toBe('signed by');
  });

  it('finds every occurrence, across items and line ends', () => {
    const page = buildPageText(items);
    expect(findAll(page, 'of work')).toHaveLength(1);
    expect(findAll(page, 'work signed')).toHaveLength(1);
    expect(findAll(page, 'e')).toHaveLength(8);
    expect(findAll(page, 'déploiement FINAL')).toHaveLength(1);
    expect(findAll(page, '   ')).toEqual([]);
    expect(findAll(page, 'absent')).toEqual([]);
  });

  it('maps a match back to the characters of each span it covers', () => {
    const page = buildPageText(items);
    const [across] = findAll(page, 'of work signed');
    expect(itemRanges(page, across!)).toEqual([
      { item: 0, from: 10, to: 13 },
      { item: 1, from: 0, to: 4 },
      { item: 2, from: 0, to: 6 },
    ]);
    const [spaced] = findAll(page, 'signed by');
    expect(itemRanges(page, spaced!)).toEqual([{ item: 2, from: 0, to: 10 }]);
    const [ligature] = findAll(page, 'final');
    expect(itemRanges(page, ligature!)).toEqual([{ item: 3, from: 12, to: 16 }]);
  });

  it('matches evidence whose words another reader joined differently', () => {
    const page = buildPageText([{ str: 'Dynamics' }, { str: '365 Sales' }]);
    expect(findAll(page, 'Dynamics 365')).toEqual([]);
    const [loose] = findLoose(page, 'Dynamics 365');
    expect(itemRanges(page, loose!)).toEqual([
      { item: 0, from: 0, to: 8 },
      { item: 1, from: 0, to: 3 },
    ]);
  });
});

describe('marks in a span', () => {
  it('splits the text into plain and marked pieces, the strongest kind winning overlaps', () => {
    expect(segmentsFor(10, [{ item: 0, from: 2, to: 5, kind: 'hit' }])).toEqual([
      { from: 0, to: 2, kind: null },
      { from: 2, to: 5, kind: 'hit' },
      { from: 5, to: 10, kind: null },
    ]);
    expect(
      segmentsFor(10, [
        { item: 0, from: 0, to: 6, kind: 'hit' },
        { item: 0, from: 4, to: 10, kind: 'evidence' },
      ]),
    ).toEqual([
      { from: 0, to: 4, kind: 'hit' },
      { from: 4, to: 10, kind: 'evidence' },
    ]);
  });
});
