// A lead settled at a town whose attacked station or post a later sentence names after another
// known place: "Militants attacked a police station in Dera Ismail Khan …" and, a paragraph on,
// "… stormed the Kulachi Police Station": the station was Kulachi's, 43 km from the town (a
// sixtieth-try page, answered at the town); or names it and then another place ("the Gul Imam
// Police Station in the Tank area of D.I. Khan", 65 km from the town: an eighty-second-try page).
// The answer goes to review, naming the sentence; the place is not moved, since the text does not
// say that the two are one station. Pure.
import { kmBetween } from './distance.ts';
import type { Segment } from './segments.ts';
import { POST_AFTER, POST_IN, POST_OR_STATION_WORDS } from './placeWords.ts';
import type { PlaceMention, Review, SentencePlaces, Span } from './types.ts';

/** How far on (sentences) a later naming of the facility is looked for. */
const REACH = 5;
/** Closer than this (km, beyond the answer's own radius), the named place may be the same. */
const SLACK_KM = 10;
/**
 * "Quetta-bound trains stopped at Jacobabad station" after the blast near Sibi: where traffic was
 * held up afterwards, not a station of the incident (a hundred-and-sixth-try page was held so).
 */
const HELD_UP_AT =
  /\b(?:stopped|halted|held\s+up|stranded|diverted|rerouted|parked|waiting)\s+(?:at|to|in)\s+(?:the\s+)?$/i;

/**
 * Sends to review each segment settled at a town or point whose lead names a police station or a
 * post, when one of the next `REACH` sentences (before the next dated incident) names such a
 * facility after another known place farther than the answer's radius plus `SLACK_KM`.
 */
export function facilityLater(
  text: string,
  segments: Segment[],
  sentences: Span[],
  places: (span: Span) => SentencePlaces,
): Segment[] {
  return segments.map((seg, index) => {
    const own = seg.places.event?.resolved;
    if (!own || !['town', 'point'].includes(own.precision) || seg.places.event?.carried) return seg;
    const lead = text.slice(seg.span.start, seg.span.end);
    if (!POST_OR_STATION_WORDS.test(lead)) return seg;
    const next = segments.slice(index + 1).find((s) => s.dates.event !== null);
    const last = Math.min(seg.lastSentence + REACH, (next?.sentence ?? sentences.length) - 1);
    for (let k = seg.lastSentence + 1; k <= last; k++) {
      const found = places(sentences[k]!).mentions.find(
        (m) =>
          m.resolved &&
          !HELD_UP_AT.test(text.slice(Math.max(0, m.span.start - 30), m.span.start)) &&
          (POST_AFTER.test(text.slice(m.span.end, m.span.end + 30)) || namedPostIn(text, m)) &&
          kmBetween(m.resolved, own) > own.uncertainty_km + m.resolved.uncertainty_km + SLACK_KM,
      );
      if (!found?.resolved) continue;
      const km = Math.round(kmBetween(found.resolved, own));
      const words = POST_AFTER.exec(text.slice(found.span.end, found.span.end + 30))?.[0];
      const phrase = words
        ? `${found.text}${words.trimEnd()}`
        : `${namedPostIn(text, found)}${found.text}`;
      const name = found.resolved.name;
      const known = name.toLowerCase() === found.text.toLowerCase() ? '' : ` (${name})`;
      const review: Review = {
        code: 'several_places',
        message: `a later sentence names '${phrase}'${known}, ${km} km from ${own.name}; the incident may have happened there`,
      };
      return { ...seg, places: { ...seg.places, reviews: [...seg.places.reviews, review] } };
    }
    return seg;
  });
}

/** Capitalised words before a post's words: its name ("Gul Imam Police Station"). */
const NAME_BEFORE = /(?:\b[A-Z][\w'’-]*\s+){1,3}$/;

/**
 * The words before `m` that name a post or station and put it there ("Gul Imam Police Station in
 * the " before "Tank area"), or null; an unnamed "a police station in" is not one.
 */
function namedPostIn(text: string, m: PlaceMention): string | null {
  const before = text.slice(Math.max(0, m.span.start - 80), m.span.start);
  const post = POST_IN.exec(before);
  const name = post && NAME_BEFORE.exec(before.slice(0, post.index));
  return post && name ? name[0] + post[0] : null;
}
