// A day typed in the UI's language (issue 18, item 6): French order in French, ISO in either.
import { describe, expect, it } from 'vitest';
import { dayPattern, readDay, showDay } from '../../../renderer/i18n/dateInput';

describe('date fields', () => {
  const fr = dayPattern('fr-FR');
  const en = dayPattern('en-US');

  it('show a day in the language\u2019s order', () => {
    expect(showDay('2026-11-06', fr)).toBe('06/11/2026');
    expect(showDay('2026-11-06', en)).toBe('11/06/2026');
    expect(showDay('', fr)).toBe('');
  });

  it('read what a person types, in that order or as ISO', () => {
    expect(readDay('06/11/2026', fr)).toBe('2026-11-06');
    expect(readDay('6.11.2026', fr)).toBe('2026-11-06');
    expect(readDay('11/06/2026', en)).toBe('2026-11-06');
    expect(readDay('2026-11-06', fr)).toBe('2026-11-06');
    expect(readDay(' 2026-1-6 ', en)).toBe('2026-01-06');
  });

  it('refuse what is no day of the calendar', () => {
    for (const text of ['31/11/2026', '29/02/2026', '00/01/2026', '06/13/2026', '06/11/26', '06/11', 'demain', '', '2026-02-30']) {
      expect(readDay(text, fr), text).toBeNull();
    }
    expect(readDay('29/02/2028', fr)).toBe('2028-02-29');
  });
});
