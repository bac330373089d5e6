// Display formatting. Event times are shown in the reviewer's own time zone; deadlines in the
// SLA calendar's wall-clock time (see formatDeadline). The stored ISO string goes in a tooltip
// so nothing is lost.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function dateTimeFormat(withYear: boolean, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(undefined, {
    ...(withYear ? { year: 'numeric' } : {}),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  });
}

const dateTimeThisYear = dateTimeFormat(false);
const dateTimeWithYear = dateTimeFormat(true);
const dateOnly = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const numbers = new Intl.NumberFormat();

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Mar 4, 17:00"; the year appears only when it is not the current one. */
export function formatDateTime(iso: string, now: number = Date.now()): string {
  const date = parse(iso);
  if (!date) return iso;
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return (sameYear ? dateTimeThisYear : dateTimeWithYear).format(date);
}

const deadlineThisYear = dateTimeFormat(false, 'UTC');
const deadlineWithYear = dateTimeFormat(true, 'UTC');

/** Minutes east of UTC written in an ISO timestamp ("Z" = 0), or null when it has none. */
function isoOffsetMinutes(iso: string): number | null {
  if (/z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * A deadline in the wall-clock time of the SLA calendar that produced it (the offset the
 * backend wrote), so "close of business, 17:00" reads as 17:00 wherever the reviewer sits.
 * When that zone is not the reviewer's, the offset is shown so the time is not misread.
 */
export function formatDeadline(iso: string, now: number = Date.now()): string {
  const date = parse(iso);
  const offset = isoOffsetMinutes(iso);
  if (!date || offset === null) return formatDateTime(iso, now);
  const wall = new Date(date.getTime() + offset * MINUTE);
  const sameYear = wall.getUTCFullYear() === new Date(now).getUTCFullYear();
  const text = (sameYear ? deadlineThisYear : deadlineWithYear).format(wall);
  const localOffset = -date.getTimezoneOffset();
  return localOffset === offset ? text : `${text} ${offsetLabel(offset)}`;
}

export function formatDate(iso: string): string {
  const date = parse(iso);
  return date ? dateOnly.format(date) : iso;
}

/** "2 d 3 h", "3 h 20 min", "12 min": two units at most, enough to rank urgency at a glance. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'under 1 min';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days >= 10) return `${days} d`;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "in 2 d 3 h" for the future, "3 h ago" for the past. */
export function formatRelative(iso: string, now: number): string {
  const date = parse(iso);
  if (!date) return '';
  const diff = date.getTime() - now;
  if (Math.abs(diff) < MINUTE) return 'now';
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`;
}

/** Age since an event, compact: "12 d", "5 h". */
export function formatAge(iso: string, now: number): string {
  const date = parse(iso);
  if (!date) return '';
  const diff = Math.max(0, now - date.getTime());
  if (diff >= DAY) return `${Math.floor(diff / DAY)} d`;
  if (diff >= HOUR) return `${Math.floor(diff / HOUR)} h`;
  return `${Math.max(1, Math.floor(diff / MINUTE))} min`;
}

export function formatCount(n: number): string {
  return numbers.format(n);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(size < 10 * 1024 ? 1 : 0)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** "start-review" / "submittedAt" -> "Start review" / "Submitted at": a fallback label. */
export function humanizeCode(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
