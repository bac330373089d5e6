// A zone's offsets as spans: each change found to the second, and an instant's local day read from
// them as luxon reads it.
import { describe, expect, it } from 'vitest';
import { localDateOf, localDayNumber } from '../../shared/domain/local-days';
import { localDayFromSpans, zoneOffsetSpans } from '../../shared/domain/zone-offsets';

const HOUR = 3_600_000;

describe('zone offset spans', () => {
  it('find both of 2026\'s clock changes in Los Angeles to the second', () => {
    const spans = zoneOffsetSpans('America/Los_Angeles', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(spans.map((s) => [new Date(s.fromMs).toISOString(), s.offsetMs / HOUR])).toEqual([
      ['2026-01-01T00:00:00.000Z', -8],
      ['2026-03-08T10:00:00.000Z', -7],
      ['2026-11-01T09:00:00.000Z', -8],
    ]);
  });

  it('give the local day luxon gives, at and around every change, in zones with odd offsets', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Europe/Paris', 'UTC']) {
      const spans = zoneOffsetSpans(zone, Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1));
      const instants = spans.flatMap((s) => [s.fromMs - 1000, s.fromMs, s.fromMs + 1000]);
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 7 * HOUR + 13 * 60_000) instants.push(ms);
      for (const ms of instants.filter((i) => i >= Date.UTC(2020, 0, 1))) {
        expect(localDayFromSpans(spans, ms), `${zone} ${new Date(ms).toISOString()}`).toBe(localDayNumber(localDateOf(ms, zone)));
      }
    }
  });

  it('refuse a zone that does not exist', () => {
    expect(() => zoneOffsetSpans('Mars/Olympus_Mons', 0, 1)).toThrow(/unknown time zone/);
  });
});
