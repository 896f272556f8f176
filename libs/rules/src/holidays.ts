import { makeDate, weekday, addDays, type IsoDate } from './dates.js';

/** The `n`th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, day: number, n: number): IsoDate {
  if (n > 0) {
    const first = makeDate(year, month, 1);
    const offset = (day - weekday(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const last = addDays(makeDate(year, month + 1, 1), -1);
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

/** A fixed-date holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
function observed(date: IsoDate): IsoDate {
  const day = weekday(date);
  if (day === 6) return addDays(date, -1);
  if (day === 0) return addDays(date, 1);
  return date;
}

export interface Holiday {
  name: string;
  /** The date the holiday falls on. */
  date: IsoDate;
  /** The date federal offices close for it. */
  observed: IsoDate;
}

/**
 * The legal public holidays of 5 U.S.C. 6103 for a year, by their rules
 * (Monday holidays since 1971, Juneteenth since 2021). Inauguration Day is
 * left out: it closes offices only around Washington. Years before 1971
 * (fixed-date Washington's Birthday and Memorial Day, no Columbus Day) are
 * not modelled: they get the post-1971 rules.
 */
export function federalHolidays(year: number): Holiday[] {
  const fixed = (name: string, month: number, day: number): Holiday => {
    const date = makeDate(year, month, day);
    return { name, date, observed: observed(date) };
  };
  const floating = (name: string, month: number, day: number, n: number): Holiday => {
    const date = nthWeekday(year, month, day, n);
    return { name, date, observed: date };
  };
  const list: Holiday[] = [
    fixed("New Year's Day", 1, 1),
    floating('Birthday of Martin Luther King, Jr.', 1, 1, 3),
    floating("Washington's Birthday", 2, 1, 3),
    floating('Memorial Day', 5, 1, -1),
    fixed('Independence Day', 7, 4),
    floating('Labor Day', 9, 1, 1),
    floating('Columbus Day', 10, 1, 2),
    // The Uniform Monday Holiday Act moved Veterans Day to the fourth Monday of
    // October from 1971; Pub. L. 94-97 returned it to November 11 from 1978.
    year >= 1971 && year <= 1977 ? floating('Veterans Day', 10, 1, 4) : fixed('Veterans Day', 11, 11),
    floating('Thanksgiving Day', 11, 4, 4),
    fixed('Christmas Day', 12, 25),
  ];
  if (year >= 2021) list.splice(4, 0, fixed('Juneteenth National Independence Day', 6, 19));
  if (year < 1986) list.splice(1, 1);
  return list;
}

const observedCache = new Map<number, Set<IsoDate>>();

/** Dates on which federal offices are closed for a holiday, for the year the date is in. */
function observedDates(year: number): Set<IsoDate> {
  let set = observedCache.get(year);
  if (!set) {
    // A Saturday New Year's Day of the next year is observed on December 31 of this one.
    set = new Set([...federalHolidays(year), ...federalHolidays(year + 1)].map((h) => h.observed).filter((d) => d.startsWith(`${year}-`)));
    observedCache.set(year, set);
  }
  return set;
}

export function isObservedHoliday(date: IsoDate): boolean {
  return observedDates(Number(date.slice(0, 4))).has(date);
}

export function isBusinessDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isObservedHoliday(date);
}

/** The `n`th business day after `date` (`date` itself never counts). */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  let current = date;
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) counted += 1;
  }
  return current;
}
