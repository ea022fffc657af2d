// A sentence that only says when the news was reported ("This is reported by Tolo News on
// Wednesday, August 12.") tells no incident, but its day is what "the previous day" in the next
// sentences counts from when no dated event comes before it (a regression from a real report:
// "Clashes … took place the previous day in the Pachiragam area" was held with no anchor).
// Pure: no I/O.
import type { DateMention, SentenceDates } from './types.ts';

/**
 * The day a sentence with no event words gives for the report, or null: its one date must be a
 * report's ("reported … on Wednesday"), resolved to a single day.
 */
export function reportedDay(dates: SentenceDates): DateMention | null {
  if (dates.mentions.length !== 1) return null;
  const m = dates.mentions[0] as DateMention;
  if (m.role !== 'report' || !m.date || m.precision !== 'day') return null;
  if (m.date_end && m.date_end !== m.date) return null;
  return m;
}
