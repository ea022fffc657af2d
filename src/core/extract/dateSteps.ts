// Steps the text does not count to the day: "days after" (a stretch wider than a date may be
// off) and "two months after" (a count of months or years names no day). Reviews, never answers.
import { dayToIso, isoToDay } from '../days.ts';
import type { TimeUnit } from '../dateRules.ts';
import type { Reading, Reference } from './dateResolve.ts';
import type { Review } from './types.ts';

/** Widest uncounted step ("two or three days") still taken as an answer, in days. */
export const SETTLED_STEP_DAYS = 3;

/**
 * "days after", "weeks later", "several days ago": the text does not count the step, so only a
 * stretch is known, wider than the 3 days a date may be off; for review, never an answer (a
 * synthetic regression: "days after seven soldiers were killed in an ambush" was proposed as the
 * nine days before the report, against an ambush two days before it).
 */
export function unsettledStep(phrase: string, unit: TimeUnit, lo: number, hi: number): Review[] {
  if (unit === 'hour' || lo === hi) return [];
  const perUnit = { day: 1, week: 7, month: 30, year: 365 }[unit];
  if ((hi - lo) * perUnit <= SETTLED_STEP_DAYS) return [];
  return [
    {
      code: 'other',
      message: `"${phrase}" does not say how many ${unit}s: only a stretch of ${lo}–${hi} ${unit}s is known, not the day`,
    },
  ];
}

/**
 * "The attack came two months after a rocket attack …": a count of months or years names no day,
 * as "two months ago" does not (a regression from a real report of the eighth try, proposed as
 * the day two months before).
 */
export function monthStep(phrase: string, unit: TimeUnit, lo: number, hi: number): Review[] {
  if ((unit !== 'month' && unit !== 'year') || hi === 0 || lo !== hi) return [];
  return [
    {
      code: 'other',
      message: `"${phrase}" counts in ${unit}s from another event: the day is a guess, only the ${unit} is roughly known`,
    },
  ];
}

/**
 * "The blast comes three weeks after gunmen killed five people": a count of weeks back to an
 * earlier event is a round figure, not a day (a thirteenth-try probe had it proposed as the day
 * exactly 21 days before; the real page's "at least three weeks after" was counted forwards).
 * `direction` is −1 when the phrase places that earlier event.
 */
export function weeksBack(phrase: string, unit: TimeUnit, direction: 1 | -1): Review[] {
  if (unit !== 'week' || direction !== -1) return [];
  return [
    {
      code: 'other',
      message: `"${phrase}" counts back in weeks to another event: a round figure, the day is a guess`,
    },
  ];
}

/**
 * "as the insurgency expands more than 15 years after they were toppled": a step on from an event
 * (`reading` of phrase `text`) past the day of the report measures a span up to now, not a date;
 * it dates nothing and nothing counts from it (a ninety-ninth-try page had "a day after" dated
 * 2032). Other readings pass unchanged.
 */
export function pastReport(reading: Reading, text: string, ref: Reference | null): Reading {
  const r = reading.resolved;
  if (!r || !ref || reading.basis !== 'anchor' || isoToDay(r.date) <= ref.day) return reading;
  const message = `"${text}" counts on from an earlier event past the day of the report (${dayToIso(ref.day)}): it measures a span, not the date of an event.`;
  return {
    resolved: null,
    basis: 'anchor',
    reviews: [{ code: 'date_after_publication', message }],
  };
}
