// The team view's charts and their tables share these rows: labels must say what the numbers are.
import { afterEach, describe, expect, it } from 'vitest';
import { ageRows, dayRows, outcomeLabel } from '../../../renderer/features/team/chartRows';
import { setLanguage } from '../../../renderer/i18n/i18n';

const NBSP = '\u00a0';
const zero = { approved: 0, 'info-requested': 0, rejected: 0, 'dispute-answered': 0, total: 0 };

afterEach(() => setLanguage('en'));

describe('team chart rows', () => {
  it('labels ageing buckets in business days, open-ended last', () => {
    expect(
      ageRows([
        { min: 0, max: 1, claims: 2 },
        { min: 4, max: 4, claims: 1 },
        { min: 21, max: null, claims: 3 },
      ]),
    ).toEqual([
      { label: '0–1 bd', claims: 2 },
      { label: '4 bd', claims: 1 },
      { label: '21+ bd', claims: 3 },
    ]);
  });

  it('labels each calendar day by its own date, whatever the viewer\'s time zone, and marks weekends', () => {
    const rows = dayRows([
      { date: '2026-11-14', ...zero },
      { date: '2026-11-16', ...zero, approved: 2, total: 2 },
    ]);
    expect(rows.map((r) => [r.label.endsWith(' 14') || r.label.endsWith(' 16'), r.weekend])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(rows[1]).toMatchObject({ date: '2026-11-16', approved: 2, total: 2 });
    expect(rows[1]?.longLabel).toMatch(/16/);
    expect(rows[1]?.longLabel).toMatch(/2026/);
  });

  it('speaks the UI\'s language: French buckets in jours ouvrés, French weekdays and months', () => {
    setLanguage('fr');
    expect(ageRows([{ min: 0, max: 1, claims: 2 }, { min: 4, max: 4, claims: 1 }, { min: 21, max: null, claims: 3 }]).map((r) => r.label)).toEqual([
      `0–1${NBSP}j.o.`,
      `4${NBSP}j.o.`,
      `21${NBSP}j.o. et +`,
    ]);
    const [saturday, monday] = dayRows([
      { date: '2026-11-14', ...zero },
      { date: '2026-11-16', ...zero },
    ]);
    expect(saturday?.label).toBe('sam. 14');
    expect(monday?.longLabel).toBe('lundi 16 novembre 2026');
    expect(outcomeLabel('info-requested')).toBe('Informations demandées');
    setLanguage('en');
    expect(dayRows([{ date: '2026-11-16', ...zero }])[0]?.label).toBe('Mon 16');
  });
});
