// The instants CI runs the date-sensitive tests at: each is the moment its name says, in the
// default calendar's zone, and every file named as date-sensitive exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import table from '../instants.json' with { type: 'json' };
import { ROOT } from '../fixtures/cli';

describe('test instants', () => {
  it('are a Monday 09:00, a Friday 16:59 and 17:01 in Los Angeles, and New Year’s Eve', () => {
    const la = Object.values(table.instants).map((iso) => DateTime.fromISO(iso, { zone: 'America/Los_Angeles' }));
    expect(la.map((t) => t.toFormat('ccc HH:mm'))).toEqual(['Mon 09:00', 'Fri 16:59', 'Fri 17:01', 'Thu 23:30']);
    expect(la[3]!.toFormat('MM-dd')).toBe('12-31');
  });

  it('name date-sensitive files that exist', () => {
    for (const file of table.dateSensitive) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });
});
