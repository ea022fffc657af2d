// A date counted from the last incident read ("A day later, the Pakistan Air Force shot down two
// Indian jets") while a sentence in between, telling no incident the reader proposes, names
// another date ("… after Indian jets intruded into Pakistani airspace on February 26 …"): the
// text may count from that date, not from the incident (a hundred-and-seventy-third-try page
// dated the Bhimber shoot-down 11 March, twelve days late, with no doubt raised). The date stands
// for review, with both readings named. Pure.
import type { DateMention, SentenceDates } from './types.ts';

/** The last dated mention of a sentence that is not a report's day, or null. */
export function lastNamedDate(dates: SentenceDates): DateMention | null {
  return dates.mentions.filter((m) => m.date && m.role !== 'report').at(-1) ?? null;
}

/**
 * `dates` with a review when its event was read against another date (`basis` "anchor") and the
 * sentence names no other, so it counts from `previous`, the last incident read, while `skipped`,
 * a date named since in a sentence proposing nothing, differs from it.
 */
export function skippedDate(
  dates: SentenceDates,
  previous: DateMention | null,
  skipped: DateMention | null,
): SentenceDates {
  const event = dates.event;
  if (!event || event.basis !== 'anchor' || dates.mentions.length !== 1) return dates;
  if (!previous || !skipped || skipped.date === previous.date) return dates;
  const review = {
    code: 'other' as const,
    message: `"${event.text}" was counted from "${previous.text}" (${previous.date}), the last incident read; the text names "${skipped.text}" (${skipped.date}) since, which it may count from instead`,
  };
  return { ...dates, reviews: [...dates.reviews, review] };
}
