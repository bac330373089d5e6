// Live SLA countdowns: business-day clocks count in business time ("2 bd 3 h left", "breached
// 1 bd ago"; in French "reste 2 j.o. 3 h", "depuis 1 j.o.") with the store's calendar from the
// session; calendar-day clocks in plain time.
import { useMemo } from 'react';
import type { Sla } from '../../shared/api/schemas';
import { businessTimeLeft, type CountdownCalendar } from '../../shared/domain/business-time';
import { POLICIES } from '../../shared/domain/policy';
import { i18n } from '../i18n/i18n';
import { useSessionStore } from '../state/sessionStore';
import { formatDuration } from '../i18n/format';

const FALLBACK: CountdownCalendar = { timeZone: 'America/Los_Angeles', closing: '17:00', holidays: new Set() };

export function useCountdownCalendar(): CountdownCalendar {
  const calendar = useSessionStore((s) => s.info?.calendar);
  return useMemo(
    () => (calendar ? { timeZone: calendar.timeZone, closing: calendar.closing, holidays: new Set(calendar.holidays) } : FALLBACK),
    [calendar],
  );
}

function hoursAndMinutes(minutes: number): string {
  return formatDuration(minutes * 60_000);
}

const left = (time: string) => i18n.t('format.countdown.left', { time });
const ago = (time: string) => i18n.t('format.countdown.ago', { time });

/** "2 bd 3 h left", "3 h 20 min left"; past the deadline "1 bd ago", "2 h ago" (beside a Breached badge). */
export function formatCountdown(sla: Pick<Sla, 'dueAt' | 'clock' | 'policy'>, now: number, cal: CountdownCalendar): string {
  const due = Date.parse(sla.dueAt);
  if (Number.isNaN(due)) return '';
  if (POLICIES[sla.policy].timings[sla.clock].unit !== 'business-days') {
    const diff = due - now;
    return diff >= 0 ? left(formatDuration(diff)) : ago(formatDuration(diff));
  }
  const t = businessTimeLeft(now, due, cal);
  const n = t.businessDays;
  if (t.overdue) return n > 0 ? ago(i18n.t('format.countdown.businessDays', { n })) : ago(hoursAndMinutes(t.minutes));
  if (n === 0) return left(hoursAndMinutes(t.minutes));
  const h = Math.floor(t.minutes / 60);
  return left(h > 0 ? i18n.t('format.countdown.businessDaysHours', { n, h }) : i18n.t('format.countdown.businessDays', { n }));
}

/** What "bd" stands for, for a tooltip beside a countdown. */
export function countdownExplained(): string {
  return i18n.t('format.countdown.explain');
}

/** The state as of now: a deadline that passed while the page was open is breached already. */
export function liveState(sla: Sla, now: number): Sla['state'] {
  if (sla.state === 'paused') return 'paused';
  return now > Date.parse(sla.dueAt) ? 'breached' : sla.state;
}
