// A place named only inside quoted speech that retells the incident before it: "At least 11
// police officers were killed in an attack in Sistan and Baluchestan province on Friday. … The
// deputy governor said, "During the attack on the police headquarters in the city of Rask, 11
// police officers were killed."" Event words inside quotes make no incident of their own
// (events.ts), so the quote's place was never read and the incident stayed at its province. The
// quote becomes part of the incident and its place the incident's, when it retells an event of
// the same kind, names one place and that place lies in the incident's own (or it named none).
import { findTriggers, type Trigger } from './events.ts';
import type { Segment } from './segments.ts';
import type { PlaceMention, SentencePlaces, Span } from './types.ts';

/** The quote must come within this many sentences after the incident's last one. */
const MAX_SENTENCES_AFTER = 2;
/** Words between the incident and the quote that move to another time. */
const OTHER_TIME = /\b(?:1[89]|20)\d{2}\b|\bat (?:that|the) time\b|\byears? ago\b/i;
/** Precisions coarse enough for a quote's place to refine. */
const COARSE = new Set(['province', 'country']);

/** True when `inner` lies in `outer` by the gazetteer's country and province. */
function within(inner: PlaceMention, outer: PlaceMention): boolean {
  const i = inner.resolved;
  const o = outer.resolved;
  if (!i || !o || i.country !== o.country) return false;
  return o.precision === 'country' || (o.admin1 !== null && i.admin1 === o.admin1);
}

/** The one place a sentence names, unless it names several or only in doubt. */
function onlyPlace(places: SentencePlaces): PlaceMention | null {
  const event = places.event;
  if (event?.role !== 'place' || !event.resolved || event.carried) return null;
  if (places.mentions.filter((m) => m.role === 'place').length !== 1) return null;
  if (event.reviews.length > 0 || places.reviews.length > 0) return null;
  return COARSE.has(event.resolved.precision) ? null : event;
}

/**
 * Folds a sentence whose only event words are quoted into `prev` when it retells `prev`'s event
 * with a finer place (see above); returns true when it did. `category` is `prev`'s kind of event
 * and `readPlaces` the place reader bound to the article.
 */
export function foldQuotedPlace(
  text: string,
  sentence: Span,
  index: number,
  prev: Segment | undefined,
  category: Trigger['category'] | undefined,
  readPlaces: (span: Span) => SentencePlaces,
): boolean {
  if (!prev || !category || index - prev.lastSentence > MAX_SENTENCES_AFTER) return false;
  const own = prev.places.event;
  if (own && !(own.role === 'place' && own.resolved && COARSE.has(own.resolved.precision)))
    return false;
  if (!findTriggers(text, sentence, null, true).some((t) => t.category === category)) return false;
  // "… in 2013 at least 16 were executed. The prosecutor at that time said, '… an attack near
  // Saravan'": a year or "at that time" on the way tells of another time, not this incident
  if (OTHER_TIME.test(text.slice(prev.span.end, sentence.end))) return false;
  const places = readPlaces(sentence);
  const quoted = onlyPlace(places);
  if (!quoted || (own && !within(quoted, own))) return false;
  prev.span = { start: prev.span.start, end: sentence.end };
  prev.lastSentence = index;
  prev.places = { ...prev.places, event: quoted, reviews: [] };
  prev.extraMentions = places.mentions;
  return true;
}
