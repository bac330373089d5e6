// Cell conventions shared by the workbook's sheets.

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const SHARE_FORMAT = '0.0%';

/**
 * Spreadsheet dates carry no time zone: an ISO time with an offset becomes a Date whose UTC
 * fields are its wall-clock fields, which is what the spreadsheet shows.
 */
export function wallClockDate(iso: string): Date {
  return new Date(iso.replace(/(Z|[+-]\d\d:\d\d)$/, 'Z'));
}
