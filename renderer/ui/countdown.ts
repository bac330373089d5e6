// Live SLA countdowns: business-day clocks count in business time ("2 bd 3 h left", "breached
// 1 bd ago") with the store's calendar from the session; calendar-day clocks in plain time.
import { useMemo } from 'react';
import type { Sla } from '../../shared/api/schemas';
import { businessTimeLeft, type CountdownCalendar } from '../../shared/domain/business-time';
import { POLICIES } from '../../shared/domain/policy';
import { useSessionStore } from '../state/sessionStore';
import { formatDuration } from './format';

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

/** "2 bd 3 h left", "3 h 20 min left"; past the deadline "1 bd ago", "2 h ago" (beside a Breached badge). */
export function formatCountdown(sla: Pick<Sla, 'dueAt' | 'clock' | 'policy'>, now: number, cal: CountdownCalendar): string {
  const due = Date.parse(sla.dueAt);
  if (Number.isNaN(due)) return '';
  if (POLICIES[sla.policy].timings[sla.clock].unit !== 'business-days') {
    const diff = due - now;
    return diff >= 0 ? `${formatDuration(diff)} left` : `${formatDuration(diff)} ago`;
  }
  const t = businessTimeLeft(now, due, cal);
  if (t.overdue) return t.businessDays > 0 ? `${t.businessDays} bd ago` : `${hoursAndMinutes(t.minutes)} ago`;
  if (t.businessDays === 0) return `${hoursAndMinutes(t.minutes)} left`;
  const hours = Math.floor(t.minutes / 60);
  return hours > 0 ? `${t.businessDays} bd ${hours} h left` : `${t.businessDays} bd left`;
}

/** The state as of now: a deadline that passed while the page was open is breached already. */
export function liveState(sla: Sla, now: number): Sla['state'] {
  if (sla.state === 'paused') return 'paused';
  return now > Date.parse(sla.dueAt) ? 'breached' : sla.state;
}
