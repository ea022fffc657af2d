// The calendar rules shared by the pipeline (dates.ts) and the extractor (extract/).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  agoDate,
  isAfter,
  latestMonthDayOnOrBefore,
  latestMonthYear,
  latestWeekdayOnOrBefore,
  monthDate,
  parseAgo,
  shiftDate,
  yearDate,
  ymdToDay,
} from '../../src/core/dateRules.ts';
import { dayToIso, isoToDay } from '../../src/core/days.ts';

const monday = isoToDay('2024-01-29');

describe('latest on or before', () => {
  it('a weekday on the reference day is that day', () => {
    expect(dayToIso(latestWeekdayOnOrBefore(1, monday))).toBe('2024-01-29');
  });
  it('another weekday is the latest one before the reference', () => {
    expect(dayToIso(latestWeekdayOnOrBefore(2, monday))).toBe('2024-01-23');
  });
  it('a month-day later in the year than the reference falls in the previous year', () => {
    expect(dayToIso(latestMonthDayOnOrBefore(3, 3, monday) as number)).toBe('2023-03-03');
  });
  it('February 29 goes back to the latest leap year', () => {
    expect(dayToIso(latestMonthDayOnOrBefore(2, 29, isoToDay('2023-06-01')) as number)).toBe(
      '2020-02-29',
    );
  });
  it('a day that exists in no year is null', () => {
    expect(latestMonthDayOnOrBefore(4, 31, monday)).toBeNull();
  });
  it('a month that has begun by the reference is this year, else last year', () => {
    expect(latestMonthYear(1, monday)).toBe(2024);
    expect(latestMonthYear(2, monday)).toBe(2023);
  });
});

describe('months, years and steps', () => {
  it('a month is its first to last day, month precision', () => {
    expect(monthDate(2024, 2)).toEqual({
      date: '2024-02-01',
      date_end: '2024-02-29',
      precision: 'month',
    });
  });
  it('a year is January 1 to December 31, year precision', () => {
    expect(yearDate(2019)).toEqual({
      date: '2019-01-01',
      date_end: '2019-12-31',
      precision: 'year',
    });
  });
  it('adding months clamps the day to the month end', () => {
    expect(dayToIso(addMonths(isoToDay('2024-03-31'), -1))).toBe('2024-02-29');
  });
  it('shifting a range moves both ends', () => {
    expect(
      shiftDate({ date: '2024-01-01', date_end: '2024-01-03', precision: 'range' }, -1),
    ).toEqual({ date: '2023-12-31', date_end: '2024-01-02', precision: 'range' });
  });
  it('ymdToDay refuses February 30', () => {
    expect(ymdToDay(2024, 2, 30)).toBeNull();
  });
});

describe('"ago"', () => {
  it('whole days are exact', () => {
    expect(agoDate(monday, 3, 'day', false)).toEqual({ date: '2024-01-26', precision: 'day' });
  });
  it('a hedged count of days is approximate', () => {
    expect(agoDate(monday, 10, 'day', true).precision).toBe('approximate');
  });
  it('weeks are approximate', () => {
    expect(agoDate(monday, 2, 'week', false)).toEqual({
      date: '2024-01-15',
      precision: 'approximate',
    });
  });
  it('a month ago is the same day of the previous month, approximate', () => {
    expect(agoDate(monday, 1, 'month', false)).toEqual({
      date: '2023-12-29',
      precision: 'approximate',
    });
  });
  it('parseAgo reads words and digits', () => {
    expect(parseAgo('nearly 10 days ago')).toEqual({ amount: 10, unit: 'day' });
    expect(parseAgo('two weeks ago')).toEqual({ amount: 2, unit: 'week' });
    expect(parseAgo('a month ago')).toEqual({ amount: 1, unit: 'month' });
    expect(parseAgo('on Monday')).toBeNull();
  });
});

describe('after the reference', () => {
  it('a day after the reference is after it', () => {
    expect(isAfter({ date: '2024-01-30', precision: 'day' }, monday)).toBe(true);
  });
  it('the month holding the reference is not after it', () => {
    expect(isAfter(monthDate(2024, 1), monday)).toBe(false);
  });
  it('a range counts by its last day', () => {
    expect(
      isAfter({ date: '2024-01-28', date_end: '2024-01-30', precision: 'range' }, monday),
    ).toBe(true);
  });
});
