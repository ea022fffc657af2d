// Words that count from the reference day: "yesterday", "last week", "overnight", "over the
// weekend", "earlier this month", and weekdays ("on Friday", "last Friday", "next Friday").
// Weeks run Monday to Sunday ("last week" in a weekend's report also reaches the days of this
// one before it). A period that has not ended by the reference ends at it.
import { dayToIso } from '../days.ts';
import {
  dayParts,
  latestWeekdayOnOrBefore,
  monthDate,
  moveBy,
  yearDate,
  ymdToDay,
  type ResolvedDate,
} from '../dateRules.ts';
import type { DateCore } from './dateCores.ts';

/** One day, `day` precision unless told. */
export const oneDay = (d: number, precision: ResolvedDate['precision'] = 'day'): ResolvedDate => ({
  date: dayToIso(d),
  precision,
});

/** The days from `a` to `b` (either order) as a range; one day when they meet. */
export const dayRange = (a: number, b: number): ResolvedDate =>
  a === b
    ? oneDay(a)
    : { date: dayToIso(Math.min(a, b)), date_end: dayToIso(Math.max(a, b)), precision: 'range' };

/** Monday of the week (Monday to Sunday) holding `d`. */
/** The Monday of the week holding day number `d`. */
export const mondayOf = (d: number): number => d - ((dayParts(d).weekday + 6) % 7);

/** What a word like "yesterday" or "last week" means on the reference day `ref`. */
export function casualDate(
  what: Extract<DateCore, { kind: 'casual' }>['what'],
  ref: number,
): ResolvedDate {
  const { year, month } = dayParts(ref);
  switch (what) {
    case 'today':
      return oneDay(ref);
    case 'yesterday':
      return oneDay(ref - 1);
    case 'dayBeforeYesterday':
      return oneDay(ref - 2);
    case 'tomorrow':
      return oneDay(ref + 1);
    case 'overnight':
      return dayRange(ref - 1, ref);
    case 'weekend': {
      const saturday = latestWeekdayOnOrBefore(6, ref);
      return dayRange(saturday, Math.min(saturday + 1, ref));
    }
    case 'lastWeek': {
      // the previous Monday-to-Sunday week; at a weekend, when this week is all but over, it may
      // mean the past seven days too (a fourteenth-try page of Sunday 3 August put "last week" on
      // Thursday 31 July), so the range reaches the day before the reference
      const weekend = dayParts(ref).weekday === 0 || dayParts(ref).weekday === 6;
      return dayRange(mondayOf(ref) - 7, weekend ? ref - 1 : mondayOf(ref) - 1);
    }
    case 'thisWeek': {
      // early in the week "this week" reaches back over the past days ("Islamabad this week
      // closed the Torkham crossing" in a Monday's report: a try's closure had been dated the
      // Monday itself, at day precision); later in it, the week so far
      const { weekday } = dayParts(ref);
      const early = weekday === 1 || weekday === 2;
      return dayRange(early ? ref - 7 : mondayOf(ref), ref);
    }
    case 'pastWeek':
      return dayRange(ref - 7, ref);
    case 'lastMonth':
      return month === 1 ? monthDate(year - 1, 12) : monthDate(year, month - 1);
    case 'thisMonth':
      return dayRange(ymdToDay(year, month, 1) as number, ref);
    case 'pastMonth':
      return dayRange(moveBy(ref, -1, 'month'), ref);
    case 'lastYear':
      return yearDate(year - 1);
    case 'thisYear':
      return dayRange(ymdToDay(year, 1, 1) as number, ref);
    case 'pastYear':
      return dayRange(moveBy(ref, -1, 'year'), ref);
  }
}

/**
 * A weekday: "on Friday" is the latest Friday on or before the reference (the day itself
 * counts); "last Friday" the latest strictly before it; "this Friday" the Friday of the
 * reference's week; "next Friday" the first after it.
 */
export function weekdayDate(core: Extract<DateCore, { kind: 'weekday' }>, ref: number): number {
  const refWeekday = dayParts(ref).weekday;
  switch (core.which) {
    case 'on':
      return latestWeekdayOnOrBefore(core.weekday, ref);
    case 'last':
      return latestWeekdayOnOrBefore(core.weekday, ref - 1);
    case 'this':
      return mondayOf(ref) + ((core.weekday + 6) % 7);
    case 'next':
      return ref + ((core.weekday - refWeekday + 7) % 7 || 7);
    case 'coming':
      return ref + ((core.weekday - refWeekday + 7) % 7);
  }
}
