// A weekday right after a recalled incident: "Earlier on May 12, a suicide bomb blast targeting the
// convoy of a senior politician … had killed 26 people. | The blast in the town of Mastung …
// struck a vehicle carrying Senate Deputy Chairman … shortly after Friday prayers." (a
// two-hundred-and-eighty-ninth-try page proposed the May bombing on the Friday before the
// report, five months late). A bare weekday is read as the latest such day before the report;
// in a sentence that points back at an incident the sentence before dated more than a week
// earlier, it may be that incident's day, so the proposal goes to review. Pure.
import { isoToDay } from '../days.ts';
import { heldFor } from './heldFor.ts';
import type { Proposal } from './types.ts';

/** A weekday with no day of the month: "Friday", "after Friday prayers", "on Sunday night". */
const BARE_WEEKDAY = /^(?!.*\d)(?:.*\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** "The blast in …", "This attack": the sentence opens on an incident told before. */
const POINTS_BACK =
  /^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:blast|bombing|attack|explosion|incident|assault|ambush|strike|raid|shooting)\b/;
/** More days than this between the two makes the earlier one another week's. */
const WEEK_DAYS = 7;
/** At most this many characters between the two excerpts: the next sentence or paragraph. */
const NEXT_CHARS = 40;

/**
 * Holds each proposal dated only by a weekday whose sentence points back, right after a proposal
 * of its kind dated more than a week earlier (see the file comment).
 */
export function flagWeekdayAfterRecalled(text: string, list: Proposal[]): Proposal[] {
  return list.map((b, i) => {
    const a = list[i - 1];
    if (!a?.date || !b.date || a.category !== b.category) return b;
    if (!BARE_WEEKDAY.test(b.date_basis ?? '') || !POINTS_BACK.test(b.excerpt)) return b;
    if (text.slice(a.excerpt_end, b.excerpt_start).length > NEXT_CHARS) return b;
    if (isoToDay(b.date) - isoToDay(a.date_end ?? a.date) <= WEEK_DAYS) return b;
    return heldFor(b, {
      code: 'several_dates',
      message: `"${b.date_basis}" is read as the latest such day before the report, but the sentence points back at the incident told just before, of ${a.date}: the day may be that one's`,
    });
  });
}
