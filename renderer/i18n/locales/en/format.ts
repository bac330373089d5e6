// Durations, countdowns and sizes (renderer/i18n/format.ts, ui/countdown.ts). Dates and numbers come
// from Intl in the language's locale and need no text here.
export const format = {
  datePlaceholder: 'mm/dd/yyyy',
  openCalendar: 'Choose {{field}} on a calendar',
  dateInvalid: 'Not a day of the calendar',
  duration: {
    underMinute: 'under 1 min',
    minutes: '{{m}} min',
    hours: '{{h}} h',
    hoursMinutes: '{{h}} h {{m}} min',
    days: '{{d}} d',
    daysHours: '{{d}} d {{h}} h',
  },
  relative: { now: 'now', future: 'in {{time}}', past: '{{time}} ago' },
  /** SLA countdowns count business days ("bd") on business-day clocks. */
  countdown: {
    left: '{{time}} left',
    ago: '{{time}} ago',
    businessDays: '{{n}} bd',
    businessDaysHours: '{{n}} bd {{h}} h',
    explain: 'bd: business days',
  },
  bytes: { b: '{{n}} B', kb: '{{n}} KB', mb: '{{n}} MB' },
  zoom: '{{percent}} %',
};
