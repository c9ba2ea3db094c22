/** Dates as the publish dialog and the history show them. */

const DAY_MS = 86_400_000;

/** The IANA zone of the admin's browser ("Europe/Paris"), in which the dialog's dates are chosen and shown. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "UTC+1", "UTC+5:30", "UTC-3" or "UTC": the offset of `timeZone` on `date` (it changes with summer time). */
export const utcOffset = (date: Date, timeZone: string) => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC';
  const [, sign, hours, minutes] = match;
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
};

/** "Europe/Paris (UTC+1)": the zone a date is read in, with its offset on that date. */
export const timeZoneLabel = (date: Date, timeZone = browserTimeZone()) => `${timeZone} (${utcOffset(date, timeZone)})`;

/** The moment `days` whole days after `from`. */
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** `YYYY-MM-DD` of a date input's value, or undefined while it is not a whole date. */
export const isoDay = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined);
