// The calendar the renderer counts business time with: the store's zone and closing time, and the
// public holidays around today, so the renderer never loads the holiday rules itself.
import type { SessionCalendar } from '../../shared/api/schemas';
import { type CalendarConfig, publicHolidays } from '../../shared/domain/calendar';

export function sessionCalendar(cal: CalendarConfig, now: Date): SessionCalendar {
  const year = now.getUTCFullYear();
  const holidays = [year - 1, year, year + 1].flatMap((y) => [...publicHolidays(cal.region, y)]).sort();
  return { region: cal.region, timeZone: cal.timeZone, closing: cal.closing, holidays };
}
