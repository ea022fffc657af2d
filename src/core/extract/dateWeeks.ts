// "The first week of January", "the last week of December": seven days of a month, a range
// (held for review, like any span of days). Pure.

/** The weeks a text may count within a month; "final" is the last. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'last', 'final'];
/** Days of each month, February without its leap day (its last week is the 22nd–28th). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * First and last day of the week `ordinal` ("first" … "fourth", "last", "final") of `month`
 * (1–12), or null when either is missing or unknown.
 */
export function weekOfMonth(
  ordinal: string | undefined,
  month: number | null,
): { day: number; endDay: number } | null {
  const k = ORDINALS.indexOf(ordinal?.toLowerCase() ?? '');
  if (k < 0 || month === null) return null;
  const day = k < 4 ? k * 7 + 1 : (MONTH_DAYS[month - 1] as number) - 6;
  return { day, endDay: day + 6 };
}
