import { addBusinessDays, federalHolidays, isBusinessDay, isObservedHoliday } from './holidays.js';
import { DEFAULT_POLICY, formatPolicy, parsePolicy, policyDueOn } from './due-date.js';
import { addDays, daysInMonth, diffDays, isIsoDate, makeDate, todayIn, weekday } from './dates.js';

// Every holiday date below was worked out by hand from the weekday rules and
// checked against `date -d`; none is copied from a run of the code.

/** Holidays of a year as `name -> [date, observed]`. */
const table = (year: number) => Object.fromEntries(federalHolidays(year).map((h) => [h.name, [h.date, h.observed]]));

const NY = "New Year's Day";
const MLK = 'Birthday of Martin Luther King, Jr.';
const WASH = "Washington's Birthday";
const MEM = 'Memorial Day';
const JUNE = 'Juneteenth National Independence Day';
const IND = 'Independence Day';
const LAB = 'Labor Day';
const COL = 'Columbus Day';
const VET = 'Veterans Day';
const THX = 'Thanksgiving Day';
const XMAS = 'Christmas Day';

describe('federalHolidays: exact dates of whole years', () => {
  it('2020: no Juneteenth yet; July 4 a Saturday, observed Friday July 3', () => {
    expect(table(2020)).toEqual({
      [NY]: ['2020-01-01', '2020-01-01'], // Wed
      [MLK]: ['2020-01-20', '2020-01-20'], // Mondays of Jan: 6, 13, 20
      [WASH]: ['2020-02-17', '2020-02-17'], // Feb 1 Sat; Mondays 3, 10, 17
      [MEM]: ['2020-05-25', '2020-05-25'], // May 31 Sun; last Monday 25
      [IND]: ['2020-07-04', '2020-07-03'], // Sat -> Fri
      [LAB]: ['2020-09-07', '2020-09-07'], // Sep 1 Tue; first Monday 7
      [COL]: ['2020-10-12', '2020-10-12'], // Oct 1 Thu; Mondays 5, 12
      [VET]: ['2020-11-11', '2020-11-11'], // Wed
      [THX]: ['2020-11-26', '2020-11-26'], // Nov 1 Sun; Thursdays 5, 12, 19, 26
      [XMAS]: ['2020-12-25', '2020-12-25'], // Fri
    });
    expect(federalHolidays(2020)).toHaveLength(10);
  });

  it('2021: Juneteenth arrives (Sat -> Fri Jun 18); July 4 Sun -> Mon Jul 5; Christmas Sat -> Fri Dec 24', () => {
    expect(table(2021)).toEqual({
      [NY]: ['2021-01-01', '2021-01-01'], // Fri
      [MLK]: ['2021-01-18', '2021-01-18'], // Mondays 4, 11, 18
      [WASH]: ['2021-02-15', '2021-02-15'], // Feb 1 Mon; 1, 8, 15
      [MEM]: ['2021-05-31', '2021-05-31'], // May 31 is a Monday
      [JUNE]: ['2021-06-19', '2021-06-18'],
      [IND]: ['2021-07-04', '2021-07-05'],
      [LAB]: ['2021-09-06', '2021-09-06'], // Sep 1 Wed
      [COL]: ['2021-10-11', '2021-10-11'], // Oct 1 Fri; Mondays 4, 11
      [VET]: ['2021-11-11', '2021-11-11'], // Thu
      [THX]: ['2021-11-25', '2021-11-25'], // Nov 1 Mon; Thursdays 4, 11, 18, 25
      [XMAS]: ['2021-12-25', '2021-12-24'],
    });
    expect(federalHolidays(2021)).toHaveLength(11);
  });

  it('2022: New Year Sat -> Fri Dec 31 2021; Juneteenth Sun -> Mon Jun 20; Christmas Sun -> Mon Dec 26', () => {
    expect(table(2022)).toEqual({
      [NY]: ['2022-01-01', '2021-12-31'],
      [MLK]: ['2022-01-17', '2022-01-17'], // Mondays 3, 10, 17
      [WASH]: ['2022-02-21', '2022-02-21'], // Feb 1 Tue; Mondays 7, 14, 21
      [MEM]: ['2022-05-30', '2022-05-30'], // May 31 Tue; last Monday 30
      [JUNE]: ['2022-06-19', '2022-06-20'],
      [IND]: ['2022-07-04', '2022-07-04'], // Mon
      [LAB]: ['2022-09-05', '2022-09-05'], // Sep 1 Thu
      [COL]: ['2022-10-10', '2022-10-10'], // Oct 1 Sat; Mondays 3, 10
      [VET]: ['2022-11-11', '2022-11-11'], // Fri
      [THX]: ['2022-11-24', '2022-11-24'], // Nov 1 Tue; Thursdays 3, 10, 17, 24
      [XMAS]: ['2022-12-25', '2022-12-26'],
    });
  });

  it('2023: New Year Sun -> Mon Jan 2; Veterans Day Sat -> Fri Nov 10', () => {
    expect(table(2023)).toEqual({
      [NY]: ['2023-01-01', '2023-01-02'],
      [MLK]: ['2023-01-16', '2023-01-16'], // Mondays 2, 9, 16
      [WASH]: ['2023-02-20', '2023-02-20'], // Feb 1 Wed; Mondays 6, 13, 20
      [MEM]: ['2023-05-29', '2023-05-29'], // May 31 Wed
      [JUNE]: ['2023-06-19', '2023-06-19'], // Mon
      [IND]: ['2023-07-04', '2023-07-04'], // Tue
      [LAB]: ['2023-09-04', '2023-09-04'], // Sep 1 Fri
      [COL]: ['2023-10-09', '2023-10-09'], // Oct 1 Sun; Mondays 2, 9
      [VET]: ['2023-11-11', '2023-11-10'],
      [THX]: ['2023-11-23', '2023-11-23'], // Nov 1 Wed; Thursdays 2, 9, 16, 23
      [XMAS]: ['2023-12-25', '2023-12-25'], // Mon
    });
  });

  it('2024 (leap year): nothing shifted', () => {
    expect(table(2024)).toEqual({
      [NY]: ['2024-01-01', '2024-01-01'], // Mon
      [MLK]: ['2024-01-15', '2024-01-15'], // Mondays 1, 8, 15
      [WASH]: ['2024-02-19', '2024-02-19'], // Feb 1 Thu; Mondays 5, 12, 19
      [MEM]: ['2024-05-27', '2024-05-27'], // May 31 Fri
      [JUNE]: ['2024-06-19', '2024-06-19'], // Wed
      [IND]: ['2024-07-04', '2024-07-04'], // Thu
      [LAB]: ['2024-09-02', '2024-09-02'], // Sep 1 Sun
      [COL]: ['2024-10-14', '2024-10-14'], // Oct 1 Tue; Mondays 7, 14
      [VET]: ['2024-11-11', '2024-11-11'], // Mon
      [THX]: ['2024-11-28', '2024-11-28'], // Nov 1 Fri; Thursdays 7, 14, 21, 28
      [XMAS]: ['2024-12-25', '2024-12-25'], // Wed
    });
  });

  it('2025', () => {
    expect(table(2025)).toEqual({
      [NY]: ['2025-01-01', '2025-01-01'], // Wed
      [MLK]: ['2025-01-20', '2025-01-20'], // Mondays 6, 13, 20
      [WASH]: ['2025-02-17', '2025-02-17'], // Feb 1 Sat; Mondays 3, 10, 17
      [MEM]: ['2025-05-26', '2025-05-26'], // May 31 Sat
      [JUNE]: ['2025-06-19', '2025-06-19'], // Thu
      [IND]: ['2025-07-04', '2025-07-04'], // Fri
      [LAB]: ['2025-09-01', '2025-09-01'], // Mon
      [COL]: ['2025-10-13', '2025-10-13'], // Oct 1 Wed; Mondays 6, 13
      [VET]: ['2025-11-11', '2025-11-11'], // Tue
      [THX]: ['2025-11-27', '2025-11-27'], // Nov 1 Sat; Thursdays 6, 13, 20, 27
      [XMAS]: ['2025-12-25', '2025-12-25'], // Thu
    });
  });

  it('2026: July 4 a Saturday, observed Friday July 3', () => {
    expect(table(2026)).toEqual({
      [NY]: ['2026-01-01', '2026-01-01'], // Thu
      [MLK]: ['2026-01-19', '2026-01-19'], // Mondays 5, 12, 19
      [WASH]: ['2026-02-16', '2026-02-16'], // Feb 1 Sun; Mondays 2, 9, 16
      [MEM]: ['2026-05-25', '2026-05-25'], // May 31 Sun
      [JUNE]: ['2026-06-19', '2026-06-19'], // Fri
      [IND]: ['2026-07-04', '2026-07-03'],
      [LAB]: ['2026-09-07', '2026-09-07'], // Sep 1 Tue
      [COL]: ['2026-10-12', '2026-10-12'], // Oct 1 Thu; Mondays 5, 12
      [VET]: ['2026-11-11', '2026-11-11'], // Wed
      [THX]: ['2026-11-26', '2026-11-26'], // Nov 1 Sun; Thursdays 5, 12, 19, 26
      [XMAS]: ['2026-12-25', '2026-12-25'], // Fri
    });
  });

  it('holidays come in calendar order', () => {
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]) {
      const dates = federalHolidays(year).map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('Juneteenth is a holiday only from 2021', () => {
    expect(federalHolidays(2020).some((h) => h.name === JUNE)).toBe(false);
    expect(federalHolidays(2021).some((h) => h.name === JUNE)).toBe(true);
    expect(isBusinessDay('2020-06-19')).toBe(true); // a Friday, not yet a holiday
    expect(isBusinessDay('2021-06-18')).toBe(false); // observed for Sat Jun 19 2021
  });

  it('Martin Luther King Day only from 1986', () => {
    expect(federalHolidays(1985).some((h) => h.name === MLK)).toBe(false);
    expect(table(1986)[MLK]).toEqual(['1986-01-20', '1986-01-20']); // Jan 1 1986 Wed; Mondays 6, 13, 20
  });

  it('Veterans Day was the fourth Monday of October from 1971 to 1977', () => {
    expect(table(1975)[VET]).toEqual(['1975-10-27', '1975-10-27']); // Oct 1 1975 Wed; Mondays 6, 13, 20, 27
    expect(table(1978)[VET]).toEqual(['1978-11-11', '1978-11-10']); // a Saturday
  });
});

describe('isObservedHoliday and isBusinessDay', () => {
  it.each([
    ['2026-07-03', false], // Fri, observed Independence Day
    ['2026-07-04', false], // Sat
    ['2026-07-06', true], // Mon
    ['2022-06-20', false], // Mon, observed Juneteenth
    ['2022-06-17', true], // Fri before: a normal workday
    ['2021-12-31', false], // Fri, observed New Year's Day 2022
    ['2021-12-24', false], // Fri, observed Christmas 2021
    ['2022-12-26', false], // Mon, observed Christmas 2022
    ['2023-01-02', false], // Mon, observed New Year's Day 2023
    ['2023-11-10', false], // Fri, observed Veterans Day
    ['2023-11-13', true],
    ['2027-12-24', false], // Fri, observed Christmas 2027 (Sat)
    ['2027-12-31', false], // Fri, observed New Year's Day 2028 (Sat)
    ['2025-11-28', true], // day after Thanksgiving: not a federal holiday
    ['2025-12-24', true], // Christmas Eve: not a federal holiday
    ['2025-04-18', true], // Good Friday: not a federal holiday
    ['2024-02-29', true], // leap day, a Thursday
    ['2025-05-17', false], // Saturday
    ['2025-05-18', false], // Sunday
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('an observed date is a holiday; the Saturday it stands in for is only a weekend', () => {
    expect(isObservedHoliday('2026-07-03')).toBe(true);
    expect(isObservedHoliday('2026-07-04')).toBe(false);
    expect(isObservedHoliday('2021-12-31')).toBe(true);
    expect(isObservedHoliday('2022-01-01')).toBe(false);
    expect(isObservedHoliday('2022-01-03')).toBe(false); // New Year 2022 is not moved to Monday
  });
});

describe('addBusinessDays', () => {
  it.each([
    // [from, n, expected, why]
    ['2025-04-17', 10, '2025-05-01', 'Thu: Apr 18, 21-25, 28-30, May 1'],
    ['2025-04-17', 0, '2025-04-17', 'zero days is the date itself'],
    ['2025-04-17', 1, '2025-04-18', 'Good Friday counts'],
    ['2025-04-18', 1, '2025-04-21', 'Fri -> Mon'],
    ['2025-07-05', 1, '2025-07-07', 'from a Saturday: the date itself never counts'],
    ['2025-07-03', 1, '2025-07-07', 'Jul 4 Fri holiday, weekend'],
    ['2025-11-26', 1, '2025-11-28', 'Thanksgiving skipped, Friday after counts'],
    ['2026-07-02', 1, '2026-07-06', 'Fri Jul 3 observed, weekend'],
    ['2022-06-17', 1, '2022-06-21', 'weekend, Mon Jun 20 observed Juneteenth'],
    ['2020-06-18', 1, '2020-06-19', 'Juneteenth 2020 was a workday'],
    ['2024-02-16', 1, '2024-02-20', "weekend, Washington's Birthday Feb 19"],
    ['2025-05-20', 15, '2025-06-11', 'across Memorial Day May 26'],
  ])('%s + %d business days = %s (%s)', (from, n, expected) => {
    expect(addBusinessDays(from as string, n as number)).toBe(expected);
  });

  describe('across year ends', () => {
    it.each([
      ['2021-12-23', 1, '2021-12-27', 'Fri Dec 24 observed Christmas'],
      ['2021-12-30', 1, '2022-01-03', 'Fri Dec 31 observed New Year 2022'],
      ['2021-12-23', 5, '2022-01-03', 'Dec 27, 28, 29, 30, (31 off), Jan 3'],
      ['2025-12-24', 3, '2025-12-30', 'Dec 25 off: Dec 26, 29, 30'],
      ['2025-12-30', 2, '2026-01-02', 'Dec 31, (Jan 1 off), Jan 2'],
      ['2027-12-23', 2, '2027-12-28', 'Fri Dec 24 observed Christmas: Dec 27, 28'],
      ['2027-12-30', 1, '2028-01-03', 'Fri Dec 31 observed New Year 2028'],
      ['2022-12-23', 1, '2022-12-27', 'Mon Dec 26 observed Christmas'],
      ['2022-12-30', 1, '2023-01-03', 'Mon Jan 2 observed New Year 2023'],
    ])('%s + %d = %s (%s)', (from, n, expected) => {
      expect(addBusinessDays(from as string, n as number)).toBe(expected);
    });
  });

  describe('across February in a leap year and a common year', () => {
    it.each([
      ['2024-02-28', 1, '2024-02-29'], // Wed -> Thu Feb 29
      ['2025-02-28', 1, '2025-03-03'], // Fri -> Mon
      ['2024-02-26', 5, '2024-03-04'], // Feb 27, 28, 29, Mar 1, Mar 4
      ['2025-02-26', 5, '2025-03-05'], // Feb 27, 28, Mar 3, 4, 5
    ])('%s + %d = %s', (from, n, expected) => {
      expect(addBusinessDays(from as string, n as number)).toBe(expected);
    });
  });
});

describe('policyDueOn', () => {
  it('calendar days are the sent date plus N, weekends and holidays included', () => {
    expect(policyDueOn('2025-04-17', DEFAULT_POLICY)).toBe('2025-05-17'); // a Saturday, not moved
    expect(policyDueOn('2024-01-31', DEFAULT_POLICY)).toBe('2024-03-01'); // Feb 29 exists
    expect(policyDueOn('2025-01-31', DEFAULT_POLICY)).toBe('2025-03-02');
    expect(policyDueOn('2025-12-15', DEFAULT_POLICY)).toBe('2026-01-14');
    expect(policyDueOn('2025-06-04', { days: 30, unit: 'calendar' })).toBe('2025-07-04'); // a holiday, not moved
  });

  it('business days skip weekends and observed federal holidays', () => {
    expect(policyDueOn('2025-04-17', { days: 10, unit: 'business' })).toBe('2025-05-01');
    expect(policyDueOn('2026-06-30', { days: 3, unit: 'business' })).toBe('2026-07-06'); // Jul 1, 2, (3 off), 6
    expect(policyDueOn('2021-12-20', { days: 10, unit: 'business' })).toBe('2022-01-05');
    // Dec 21, 22, 23, (24 off), 27, 28, 29, 30, (31 off), Jan 3, 4, 5
  });
});

describe('parsePolicy and formatPolicy', () => {
  it.each([
    ['30 calendar days', { days: 30, unit: 'calendar' }],
    ['15 business days', { days: 15, unit: 'business' }],
    ['  10   Business   Days ', { days: 10, unit: 'business' }],
    ['1 calendar day', { days: 1, unit: 'calendar' }],
    ['0 calendar days', { days: 0, unit: 'calendar' }],
    ['365 CALENDAR DAYS', { days: 365, unit: 'calendar' }],
  ])('%j -> %o', (text, policy) => {
    expect(parsePolicy(text)).toEqual(policy);
  });

  it.each(['', '30', '30 days', 'thirty calendar days', '30 calendar weeks', '-5 calendar days', '1000 calendar days', '2.5 business days', '30 working days'])(
    '%j is refused',
    (text) => {
      expect(() => parsePolicy(text)).toThrow(/not a response policy/);
    },
  );

  it('the default is 30 calendar days, and formats back to the setting text', () => {
    expect(DEFAULT_POLICY).toEqual({ days: 30, unit: 'calendar' });
    expect(formatPolicy(DEFAULT_POLICY)).toBe('30 calendar days');
    expect(parsePolicy(formatPolicy({ days: 12, unit: 'business' }))).toEqual({ days: 12, unit: 'business' });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2025-02-28', true],
    ['2025-02-29', false], // not a leap year
    ['2025-02-30', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['2025-04-30', true],
    ['2025-12-31', true],
    ['2025-01-00', false],
    ['2025-01-32', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
    [' 2025-01-01', false],
    ['20250101', false],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date('2025-01-01'))).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('addDays and diffDays across month, leap and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(diffDays('2025-05-29', '2025-04-17')).toBe(42);
    expect(diffDays('2024-03-01', '2024-02-28')).toBe(2);
    expect(diffDays('2025-03-01', '2025-02-28')).toBe(1);
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
    expect(diffDays('2026-01-01', '2025-01-01')).toBe(365);
  });

  it('daysInMonth, makeDate and weekday', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(makeDate(2025, 13, 1)).toBe('2026-01-01');
    expect(makeDate(2025, 3, 0)).toBe('2025-02-28');
    expect(weekday('2026-07-04')).toBe(6); // Saturday
    expect(weekday('2022-06-19')).toBe(0); // Sunday
    expect(weekday('2025-04-17')).toBe(4); // Thursday
  });

  it('years before 100 are not read as 19xx', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(diffDays('0100-01-01', '0099-12-31')).toBe(1);
    expect(weekday('0001-01-01')).toBe(1); // a Monday in the proleptic Gregorian calendar
    expect(makeDate(50, 6, 15)).toBe('0050-06-15');
  });

  it('todayIn takes the date in the given time zone', () => {
    const instant = new Date('2025-01-01T03:00:00Z'); // 22:00 on Dec 31 in New York
    expect(todayIn('America/New_York', instant)).toBe('2024-12-31');
    expect(todayIn('UTC', instant)).toBe('2025-01-01');
  });
});
