import { describe, expect, it } from 'vitest';
import { dateFindings, numericOrderFor, type DateOptions } from '../../../shared/domain/precheck/dates';
import { pages } from '../../fixtures/page-text';

const ref: DateOptions = { reference: '2026-03-18', referenceIs: 'submission' };
const dates = (text: string, opts: Partial<DateOptions> = {}) => dateFindings(pages(text), { ...ref, ...opts });
const isoOf = (text: string, opts: Partial<DateOptions> = {}) => dates(text, opts).map((f) => f.detail.date);

describe('dates', () => {
  it('reads English dates', () => {
    expect(isoOf('Effective date: March 14, 2026')).toEqual(['2026-03-14']);
    expect(isoOf('Sent: Tuesday, March 17, 2026 10:42 AM')).toEqual(['2026-03-17']);
    expect(isoOf('Signed on 14 March 2026 and 3rd Feb. 2026')).toEqual(['2026-03-14', '2026-02-03']);
    expect(isoOf('the 14th of March, 2026')).toEqual(['2026-03-14']);
    expect(isoOf('Dated Sept 1, 2025; ISO 2025-09-01 or 2025/09/02')).toEqual(['2025-09-01', '2025-09-01', '2025-09-02']);
  });

  it('reads French dates', () => {
    expect(isoOf('Fait à Lyon, le 14 mars 2026')).toEqual(['2026-03-14']);
    expect(isoOf('Date de début : 1er avril 2025')).toEqual(['2025-04-01']);
    expect(isoOf('le 3 févr. 2026, le 21 août 2025 et le 2 decembre 2025')).toEqual(['2026-02-03', '2025-08-21', '2025-12-02']);
    expect(dates('14 mars 2026')[0]?.detail.format).toBe('long-fr');
  });

  it('reads numeric dates by the customer\'s country, and day first when a part is over 12', () => {
    expect(isoOf('03/04/2026', { order: numericOrderFor('US') })).toEqual(['2026-03-04']);
    expect(isoOf('03/04/2026', { order: numericOrderFor('FR') })).toEqual(['2026-04-03']);
    expect(isoOf('14/03/2026', { order: 'mdy' })).toEqual(['2026-03-14']);
    expect(isoOf('03/14/2026', { order: 'dmy' })).toEqual(['2026-03-14']);
    expect(isoOf('14.03.2026 and 15-03-2026')).toEqual(['2026-03-14', '2026-03-15']);
    expect(dates('14/03/2026')[0]?.detail.format).toBe('numeric-dmy');
  });

  it('guesses the order of an ambiguous date from the document when the country is not known', () => {
    expect(isoOf('Start 03/04/2026, end 25/04/2026')).toEqual(['2026-04-03', '2026-04-25']);
    expect(isoOf('Start 03/04/2026, end 04/25/2026')).toEqual(['2026-03-04', '2026-04-25']);
    expect(isoOf('Le client accepte la prestation le 03/04/2026')).toEqual(['2026-04-03']);
    expect(isoOf('Accepted on 03/04/2026')).toEqual(['2026-03-04']);
  });

  it('ignores what only looks like a date', () => {
    expect(isoOf('Page 1 of 3, version 2.0, $199,000, call +33 1 23 45 67 89, ref 1/2/3, 12/2026')).toEqual([]);
    expect(isoOf('31/02/2026 2026-13-01 2026-02-30 February 30, 2026')).toEqual([]);
    expect(isoOf('Tenant ID: 2d137b2d-aab4-4de5-b425-873033e040ad, SOW CHS-98880-B')).toEqual([]);
    expect(isoOf('March 2026 and 2026')).toEqual([]);
  });

  it('ages each date against the submission: over 12 months is old, later is future', () => {
    const [old, edge, ok, future] = dates('2025-03-17 2025-03-18 2026-03-18 2026-03-19');
    expect(old).toMatchObject({ status: 'old', detail: { ageDays: 366, reference: '2026-03-18', referenceIs: 'submission' } });
    expect(edge).toMatchObject({ status: 'ok', detail: { ageDays: 365 } });
    expect(ok).toMatchObject({ status: 'ok', detail: { ageDays: 0 } });
    expect(future).toMatchObject({ status: 'future', detail: { ageDays: -1 } });
  });

  it('gives the page, the words and their box', () => {
    const [f] = dateFindings(pages('nothing here', 'Intro\nDate: 14 mars 2026'), ref);
    expect(f).toMatchObject({ kind: 'date', page: 2, text: '14 mars 2026' });
    expect(f?.box?.[0]).toBeGreaterThan(72);
    expect(f?.box?.[1]).toBeLessThan(700);
  });
});
