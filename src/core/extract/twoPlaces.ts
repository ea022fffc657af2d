// One sentence, two places joined by "and": "militants attacked police stations in Chabahar and
// Rask on Wednesday night", "clashes broke out in Chaman and Spin Boldak". The sentence tells of
// something that happened at each, on its date, so it becomes two proposals, one per place, each
// as settled as its own place and the date are (it used to be one proposal at the first town,
// for review, "several places"). "Two bombs exploded, one in Turbat and the other in Gwadar" is
// told so too, unless the two are where people were brought. Only two towns (or crossings) named
// side by side count, nothing else in the sentence competing; a count of dead is of both
// together, so neither states it. A real Siasat and a real Sputnik report told the Jaish al-Adl
// attacks of April 2024 so. Pure.
import type { Segment } from './segments.ts';
import type { PlaceMention } from './types.ts';

/** What joins the two names: "A and B", "A and in B", "A as well as B". */
const JOINED = /^\s*(?:and|as well as|&)\s+(?:(?:in|at)\s+)?$/i;
/**
 * What joins a third name to a pair: "posts in Rask and Sarbaz towns, as well as a coast guard
 * station in Chabahar" (a two-hundred-and-sixty-second-try page, held as one proposal at Rask),
 * "in Rask, Sarbaz and Chabahar".
 */
const JOINED_MORE =
  /^\s*(?:towns|cities|districts)?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+|(?:in|at)\s+)?$/i;
/** At most this many towns in one list are each a place of the sentence's event. */
const MAX_LISTED = 3;
/**
 * "one in A and the other in B": a count told out place by place (a two-hundred-and-fortieth-try
 * round held "two blasts, one in … and the other in …" at the first town). `ONE_BEFORE` must
 * stand before A for `OTHER_JOINED` to join the two.
 */
const OTHER_JOINED =
  /^\s*,?\s*(?:and|while)\s+(?:the\s+other|another|the\s+second|a\s+second)\s+(?:one\s+)?(?:in|at)\s+(?:the\s+)?$/i;
const ONE_BEFORE = /\bone\s+(?:of\s+them\s+)?(?:in|at)\s+(?:the\s+)?$/i;
/** "taken to two hospitals, one in A and the other in B": where people were brought, no scenes. */
const BROUGHT =
  /\b(?:hospitals?|clinics?|taken|shifted|moved|rushed|sent|transferred|buried|funerals?|graves?)\b[^.;]*$/i;
/** Words before the first name that make the two the ends of a way, or where people came from. */
const ENDS =
  /\b(?:between|from|to|towards?|linking|connecting|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Precisions fine enough to be two places of one event rather than a region and a spot. */
const FINE = new Set(['town', 'point']);

const fine = (m: PlaceMention) =>
  m.role === 'place' && !m.carried && m.resolved !== null && FINE.has(m.resolved.precision);

/**
 * The segment as two, one at each of two places named side by side (see the file comment), or
 * null when it names one place, or more than two, or the two in doubt.
 */
export function splitTwoPlaces(text: string, seg: Segment): Segment[] | null {
  const a = seg.places.event;
  if (!a || !fine(a) || a.reviews.length > 0) return null;
  const several = seg.places.reviews.filter((r) => r.code === 'several_places');
  if (several.length !== 1) return null;
  const towns = seg.places.mentions.filter(fine);
  if (towns.length < 2 || towns.length > MAX_LISTED || towns[0] !== a) return null;
  const b = towns[1] as PlaceMention;
  if (b.reviews.length > 0 || b.span.start < a.span.end) return null;
  if (b.resolved?.name === a.resolved?.name) return null;
  const between = text.slice(a.span.end, b.span.start);
  const before = text.slice(Math.max(0, a.span.start - 80), a.span.start);
  const counted = OTHER_JOINED.test(between) && ONE_BEFORE.test(before) && !BROUGHT.test(before);
  if (!JOINED.test(between) && !counted) return null;
  // a third town joined to the pair ("…, as well as a coast guard station in Chabahar")
  const c = towns[2];
  if (c) {
    if (c.reviews.length > 0 || counted || c.span.start < b.span.end) return null;
    if ([a, b].some((t) => t.resolved?.name === c.resolved?.name)) return null;
    if (!JOINED_MORE.test(text.slice(b.span.end, c.span.start))) return null;
  }
  // "a bus travelling between Quetta and Taftan", "from Chabahar and Rask": two ends, not two places
  if (ENDS.test(text.slice(Math.max(0, a.span.start - 60), a.span.start))) return null;
  // every other place the sentence names must hold both (a province, a country)
  const listed = c ? [a, b, c] : [a, b];
  const others = seg.places.mentions.filter(
    (m) => !listed.includes(m) && m.role === 'place' && m.resolved !== null,
  );
  const holds = (o: PlaceMention, t: PlaceMention) =>
    o.resolved?.country === t.resolved?.country &&
    (o.resolved?.precision === 'country' ||
      (o.resolved?.precision === 'province' && o.resolved.admin1 === t.resolved?.admin1));
  if (!others.every((o) => listed.every((t) => holds(o, t)))) return null;
  const reviews = seg.places.reviews.filter((r) => r.code !== 'several_places');
  const at = (event: PlaceMention): Segment => ({
    ...seg,
    places: { ...seg.places, event, reviews },
  });
  return listed.map(at);
}
