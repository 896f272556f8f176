/**
 * Calendar dates as `YYYY-MM-DD` strings. They compare correctly as strings,
 * and arithmetic goes through UTC day numbers so no time zone can shift them.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date: `2024-02-29` yes, `2025-02-30` no. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of a (year, month, day), overflowing like `Date.UTC`.
 * Not `Date.UTC` itself: it reads years 0-99 as 1900-1999, so `0099-12-31`
 * plus a day would be `2000-01-01`.
 */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDayNumber(year, month + 1, 0) * MS_PER_DAY).getUTCDate();
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return utcDayNumber(y, m, d);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(utcDayNumber(year, month, day));
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** `a - b` in days. */
export const diffDays = (a: IsoDate, b: IsoDate): number => toDayNumber(a) - toDayNumber(b);

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: IsoDate): number => new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();

/** Today's date in an IANA time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // Building a formatter costs far more than using one, and this runs on every request.
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
