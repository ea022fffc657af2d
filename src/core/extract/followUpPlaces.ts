// A place named only in the words of a follow-up is no second place of the incident. When a
// sentence's date was told from a follow-up's by its tie to the incident word ("Pakistani forces
// on Friday began searching the border districts of Balochistan for policemen seized … in
// Saravan late on Thursday"), the incident's place lies in the incident's words (dates.ts
// `incidentStretch`); a place named after the follow-up's date and before the incident's words
// is where the follow-up happened (the search), not a rival locus. Pure.
import type { SentenceDates, SentencePlaces } from './types.ts';

/**
 * True when every place of the sentence other than the event's lies in the follow-up's words:
 * after another date of the sentence and before the incident's words, while the event's place
 * lies inside them. Then `several_places` says nothing the incident needs.
 */
export function onlyFollowUpPlaces(dates: SentenceDates, places: SentencePlaces): boolean {
  const told = dates.incident;
  const event = places.event;
  if (!told || !event || !dates.event) return false;
  if (event.span.start < told.start || event.span.end > told.end) return false;
  const others = dates.mentions.filter((m) => m !== dates.event && m.date !== null);
  const rivals = places.mentions.filter((m) => m.role === 'place' && m !== event);
  if (rivals.length === 0) return false;
  return rivals.every(
    (m) =>
      m.span.end <= told.start &&
      others.some((d) => d.span.end <= m.span.start) &&
      // the same name inside the incident's words is the incident's own
      !(m.span.start >= told.start && m.span.end <= told.end),
  );
}
