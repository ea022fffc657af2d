// Checks of a day read from a phrase against the calendar: a stated weekday that the date
// contradicts, and a month and day with no year that falls just after the reference (read a
// year earlier, which the text does not confirm). Each gives a review; neither moves the date.
import { dayToIso } from '../days.ts';
import { dayParts, latestMonthDayOnOrBefore, ymdToDay } from '../dateRules.ts';
import type { DateCore } from './datePhrases.ts';
import { weekdayName } from './dateWords.ts';
import type { Review } from './types.ts';

/** "Friday, 12 May": checks the weekday against the calendar for the date read. */
export function weekdayCheck(
  phrase: string,
  stated: number,
  d: number,
  yearGiven: boolean,
): Review[] {
  const p = dayParts(d);
  if (p.weekday === stated) return [];
  let hint = '';
  if (!yearGiven) {
    for (let y = p.year - 1; y >= p.year - 11; y--) {
      const other = ymdToDay(y, p.month, p.day);
      if (other !== null && dayParts(other).weekday === stated) {
        hint = ` (it was a ${weekdayName(stated)} in ${y})`;
        break;
      }
    }
  }
  const message =
    `"${phrase}": ${dayToIso(d)} is a ${weekdayName(p.weekday)}, not a ${weekdayName(stated)}` +
    `${hint}; the weekday and the date disagree, so one of them is wrong.`;
  return [{ code: 'weekday_mismatch', message }];
}

/**
 * Days after the reference within which a month and day with no year is more likely a coming
 * date (a plan, a deadline) or a slip than the same day a year earlier.
 */
export const ROLLBACK_DOUBT_DAYS = 60;

/**
 * "on June 20" in an article of June 13: read as the latest June 20 on or before publication,
 * a year earlier; when this year's June 20 is only days ahead, that reading is a guess, said so.
 */
export function rollbackCheck(
  phrase: string,
  core: Extract<DateCore, { kind: 'day' }>,
  refDay: number,
): Review[] {
  const thisYear = ymdToDay(dayParts(refDay).year, core.month, core.day);
  if (thisYear === null || thisYear <= refDay || thisYear - refDay > ROLLBACK_DOUBT_DAYS) return [];
  const earlier = latestMonthDayOnOrBefore(core.month, core.day, refDay);
  const read = earlier === null ? 'unread' : `read as ${dayToIso(earlier)}`;
  return [
    {
      code: 'other',
      message: `"${phrase}" has no year and this year's falls ${thisYear - refDay} days after the reference date ${dayToIso(refDay)}; ${read}, a year earlier, which the text does not confirm.`,
    },
  ];
}
