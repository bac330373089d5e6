// Dates, numbers, durations and countdowns in the UI's language, and the language a window
// starts in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLanguage } from '../../../renderer/i18n/i18n';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from '../../../renderer/i18n/language';
import { formatCountdown } from '../../../renderer/ui/countdown';
import { formatAge, formatBytes, formatCount, formatDate, formatDateTime, formatDeadline, formatDuration, formatRelative, setTimeDisplay } from '../../../renderer/i18n/format';
import { statusLabel } from '../../../renderer/i18n/labels';

// countdown.ts reads the session's calendar through the session store, which needs a window.
vi.mock('../../../renderer/state/sessionStore', () => ({ useSessionStore: () => undefined }));

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const NOW = Date.parse('2026-11-24T09:00:00-08:00');
const CALENDAR = { timeZone: 'America/Los_Angeles', closing: '17:00', holidays: new Set<string>() };

// As the desk does once the session loads: times in the calendar's zone, whatever this machine's zone is.
beforeEach(() => setTimeDisplay('America/Los_Angeles', 'calendar'));
afterEach(() => {
  setLanguage('en');
  vi.unstubAllGlobals();
});

describe('English (the default)', () => {
  it('keeps the formats the desk always had', () => {
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatDate('2026-11-24T17:00:00Z')).toBe('Nov 24, 2026');
    expect(formatDeadline('2026-11-24T17:00:00Z', NOW)).toMatch(/^Nov 24, 17:00/);
    expect(formatDuration(27 * 3_600_000)).toBe('1 d 3 h');
    expect(formatRelative('2026-11-24T06:00:00-08:00', NOW)).toBe('3 h ago');
    expect(formatAge('2026-11-12T09:00:00-08:00', NOW)).toBe('12 d');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(statusLabel('under-review')).toBe('Under review');
    expect(i18n.t('queue.view.count', { count: 1 })).toBe('1 claim');
  });

  it('counts SLA business days as "bd"', () => {
    const sla = { dueAt: '2026-11-25T15:00:00-08:00', clock: 'decision', policy: '2020' } as const;
    expect(formatCountdown(sla, NOW, CALENDAR)).toMatch(/^1 bd \d h left$/);
    expect(formatCountdown({ ...sla, dueAt: '2026-11-20T17:00:00-08:00' }, NOW, CALENDAR)).toBe('2 bd ago');
  });
});

describe('French', () => {
  it('writes dates, numbers and sizes as French does', () => {
    setLanguage('fr');
    expect(formatCount(100_000)).toBe(`100${NNBSP}000`);
    expect(formatDate('2026-11-24T17:00:00Z')).toBe('24 nov. 2026');
    expect(formatDeadline('2026-11-24T17:00:00Z', NOW)).toMatch(/^24 nov\., 17:00/);
    expect(formatBytes(1536)).toBe(`1,5${NBSP}Ko`);
    expect(i18n.language).toBe('fr');
  });

  it('writes durations, relative times and countdowns in short French', () => {
    setLanguage('fr');
    expect(formatDuration(27 * 3_600_000)).toBe(`1${NBSP}j 3${NBSP}h`);
    expect(formatDuration(20_000)).toBe(`moins d’1${NBSP}min`);
    expect(formatRelative('2026-11-24T06:00:00-08:00', NOW)).toBe(`il y a 3${NBSP}h`);
    expect(formatRelative('2026-11-24T12:20:00-08:00', NOW)).toBe(`dans 3${NBSP}h 20${NBSP}min`);
    const sla = { dueAt: '2026-11-25T15:00:00-08:00', clock: 'decision', policy: '2020' } as const;
    expect(formatCountdown(sla, NOW, CALENDAR)).toMatch(new RegExp(`^reste 1${NBSP}j\\.o\\. \\d${NBSP}h$`));
    expect(formatCountdown({ ...sla, dueAt: '2026-11-20T17:00:00-08:00' }, NOW, CALENDAR)).toBe(`depuis 2${NBSP}j.o.`);
  });

  it('has French plurals: 0 and 1 singular, a million "de"', () => {
    setLanguage('fr');
    expect(i18n.t('queue.view.count', { count: 0 })).toBe('0 demande');
    expect(i18n.t('queue.view.count', { count: 1 })).toBe('1 demande');
    expect(i18n.t('queue.view.count', { count: 100_000 })).toBe(`100${NNBSP}000 demandes`);
    expect(i18n.t('queue.view.count', { count: 1_000_000 })).toBe(`1${NNBSP}000${NNBSP}000 de demandes`);
    expect(statusLabel('under-review')).toBe('En revue');
  });
});

describe('one time zone for every time on screen (issue 18, item 5)', () => {
  afterEach(() => {
    setTimeDisplay(null, 'calendar');
    vi.unstubAllEnvs();
  });

  it('shows decision times, deadlines and dates in the calendar’s zone, the zone named, wherever the window is', () => {
    for (const windowZone of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
      vi.stubEnv('TZ', windowZone);
      setTimeDisplay('America/Los_Angeles', 'calendar');
      // The same decision the XLSX and PDF print as 2026-11-06 08:57.
      expect(formatDateTime('2026-11-06T16:57:00Z', NOW), windowZone).toBe('Nov 6, 08:57 UTC−8');
      expect(formatDeadline('2026-12-09T17:00:00-08:00', NOW), windowZone).toBe('Dec 9, 17:00 UTC−8');
      // A deadline's day is the calendar's: 17:00 in Los Angeles is the next day in UTC and Tokyo.
      expect(formatDate('2026-12-09T17:00:00-08:00'), windowZone).toBe('Dec 9, 2026');
      expect(formatDateTime('2026-07-06T16:57:00Z', NOW), windowZone).toBe('Jul 6, 09:57 UTC−7');
    }
  });

  it('shows the person’s own zone when they choose it', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    setTimeDisplay('America/Los_Angeles', 'own');
    expect(formatDateTime('2026-11-06T16:57:00Z', NOW)).toBe('Nov 7, 01:57 UTC+9');
    expect(formatDeadline('2026-12-09T17:00:00-08:00', NOW)).toBe('Dec 10, 10:00 UTC+9');
    expect(formatDate('2026-12-09T17:00:00-08:00')).toBe('Dec 10, 2026');
  });
});

describe('the language a window starts in', () => {
  function stub(saved: string | null, browser: string) {
    vi.stubGlobal('localStorage', { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? saved : null) });
    vi.stubGlobal('navigator', { language: browser });
  }

  it('is the saved choice first', () => {
    stub('fr', 'en-US');
    expect(initialLanguage()).toBe('fr');
    stub('en', 'fr-CA');
    expect(initialLanguage()).toBe('en');
  });

  it('else French for a French browser, else English', () => {
    stub(null, 'fr-BE');
    expect(initialLanguage()).toBe('fr');
    stub('klingon', 'de-DE');
    expect(initialLanguage()).toBe('en');
  });

  it('is English where storage is refused', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
    });
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(initialLanguage()).toBe('en');
  });
});
