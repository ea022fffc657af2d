// Calendar rules shared by the curated-record pipeline (src/core/dates.ts, `npm run data`) and
// the article extractor (src/core/extract/): whole UTC day numbers as in days.ts, never the clock.
// - a weekday or a month-day means the latest such day on or before the reference;
// - "in March" is the latest March that has begun by the reference;
// - a month or a year is one date of that precision (first day, `date_end` last day);
// - "N units ago" is the reference minus the span: whole days are exact, the rest approximate;
// - a month or year lies after the reference only if it begins after it.
import { dayToIso, isoToDay } from './days.ts';
import type { DatePrecision } from './types.ts';

/** A resolved date: `date` (and `date_end` for ranges) with its precision. */
export interface ResolvedDate {
  date: string;
  date_end?: string;
  precision: DatePrecision;
}

/** Day number of a calendar date, or null when it does not exist (February 30). */
export function ymdToDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / 86_400_000);
}

/** Year, month (1–12), day of month and weekday (0 = Sunday) of a day number. */
export function dayParts(day: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
} {
  const d = new Date(day * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** The latest day with this weekday (0 = Sunday) on or before `refDay` (the day itself counts). */
export function latestWeekdayOnOrBefore(weekday: number, refDay: number): number {
  return refDay - ((dayParts(refDay).weekday - weekday + 7) % 7);
}

/**
 * The latest `month`/`day` on or before `refDay` ("October 16" in a 2018-11-20 article is
 * 2018-10-16; "December 3" is 2017-12-03); February 29 goes back to a leap year. Null when the
 * day does not exist in any year (April 31).
 */
export function latestMonthDayOnOrBefore(
  month: number,
  day: number,
  refDay: number,
): number | null {
  const refYear = dayParts(refDay).year;
  for (let y = refYear; y >= refYear - 8; y--) {
    const d = ymdToDay(y, month, day);
    if (d !== null && d <= refDay) return d;
  }
  return null;
}

/** The year of the latest `month` that has begun on or before `refDay` ("in March"). */
export function latestMonthYear(month: number, refDay: number): number {
  const { year, month: refMonth } = dayParts(refDay);
  return month <= refMonth ? year : year - 1;
}

/** One month as a `month`-precision date: its first day, `date_end` its last. */
export function monthDate(year: number, month: number): ResolvedDate {
  const first = Math.round(Date.UTC(year, month - 1, 1) / 86_400_000);
  const last = Math.round(Date.UTC(year, month, 1) / 86_400_000) - 1;
  return { date: dayToIso(first), date_end: dayToIso(last), precision: 'month' };
}

/** One year as a `year`-precision date: January 1, `date_end` December 31. */
export function yearDate(year: number): ResolvedDate {
  return {
    date: `${String(year).padStart(4, '0')}-01-01`,
    date_end: `${year}-12-31`,
    precision: 'year',
  };
}

/** `day` moved by whole calendar months, the day of month clamped (March 31 − 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const p = dayParts(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = dayParts(Math.round(Date.UTC(y, m, 1) / 86_400_000) - 1).day;
  return ymdToDay(y, m, Math.min(p.day, last)) as number;
}

/** A unit of elapsed time in "two weeks ago", "48 hours later". */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** `day` moved by `amount` units (negative goes back); hours round to whole days. */
export function moveBy(day: number, amount: number, unit: TimeUnit): number {
  switch (unit) {
    case 'hour':
      return day + Math.round(amount / 24);
    case 'day':
      return day + amount;
    case 'week':
      return day + 7 * amount;
    case 'month':
      return addMonths(day, amount);
    case 'year':
      return addMonths(day, 12 * amount);
  }
}

/**
 * "N units ago": the reference minus the span. Only whole days are exact; hours (the day may
 * have changed), weeks, months and years are `approximate`, and so is any hedged count.
 */
export function agoDate(
  refDay: number,
  amount: number,
  unit: TimeUnit,
  hedged: boolean,
): ResolvedDate {
  const precision: DatePrecision = unit === 'day' && !hedged ? 'day' : 'approximate';
  return { date: dayToIso(moveBy(refDay, -amount, unit)), precision };
}

/** Counts written as words, as in "two weeks ago", "a day after", "a couple of days later". */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ...'one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i): [string, number] => [w, i + 1]),
  ['a', 1],
  ['an', 1],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
]);

/** The number a count word or digits stand for ("two" → 2, "10" → 10), or null. */
export function parseCount(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return COUNT_WORDS.get(w) ?? null;
}

const AGO_PHRASE =
  /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a couple of)\s+(hour|day|week|month|year)s?\s+ago\b/i;

/** The count and unit of an "N units ago" phrase ("nearly 10 days ago" → 10 day), or null. */
export function parseAgo(phrase: string): { amount: number; unit: TimeUnit } | null {
  const m = AGO_PHRASE.exec(phrase);
  const amount = m ? parseCount(m[1] as string) : null;
  return m && amount !== null ? { amount, unit: (m[2] as string).toLowerCase() as TimeUnit } : null;
}

/** `resolved` moved by whole days, keeping its precision (and `date_end` for ranges). */
export function shiftDate(resolved: ResolvedDate, offset: number): ResolvedDate {
  const out: ResolvedDate = {
    date: dayToIso(isoToDay(resolved.date) + offset),
    precision: resolved.precision,
  };
  if (resolved.date_end) out.date_end = dayToIso(isoToDay(resolved.date_end) + offset);
  return out;
}

/**
 * True when a resolved date lies after the reference day. A day, an approximate day or a range
 * counts by its last day; a month or year by its first (an article of 20 November may report
 * something "in November").
 */
export function isAfter(resolved: ResolvedDate, refDay: number): boolean {
  const whole = resolved.precision === 'month' || resolved.precision === 'year';
  const last = whole ? resolved.date : (resolved.date_end ?? resolved.date);
  return isoToDay(last) > refDay;
}
