// A post or station named after a locality the gazetteer lacks, beside the town the event is
// placed at ("attacked the Daraban police check post here in DI Khan"): the post may lie far
// outside the town, so the answer goes to review as a fallback. Pure.
import type { Combined } from './placeCombine.ts';
import { LOCALITY_OF, POST_AFTER, STATION_QUALIFIERS, UNKNOWN_NOT_PLACE } from './placeWords.ts';
import type { PlaceMention } from './types.ts';

/**
 * "attacked the Daraban police check post here in DI Khan": a post or station named after a
 * locality the gazetteer lacks, beside the town the event is placed at, may lie far outside it (a
 * fifty-sixth-try page: Daraban, 61 km from Dera Ismail Khan, had been answered at the town
 * ±5 km). Returns the post's name, or null.
 */
export function postNamed(
  text: string,
  matches: Combined[],
  event: PlaceMention | null,
): string | null {
  const post = lackedBeside(
    text,
    matches,
    event,
    (m, ev) =>
      (m.end <= ev.span.start || m.start >= ev.span.end) &&
      // "the Saddar police station in Quetta": a station of the town itself
      !STATION_QUALIFIERS.has(text.slice(m.start, m.end).toLowerCase()) &&
      POST_AFTER.test(text.slice(m.end, m.end + 40)),
  );
  return post ? text.slice(post.start, post.end) : null;
}

/** After a name: a division's word ("the Gorbuz district", "Kholu tehsil"). */
const DIVISION_AFTER = /^\s+(?:district|province|county|tehsil|agency)\b/i;
/** Before a name: where something happened ("in the ", "at ", "near "). */
const AT_BEFORE = /\b(?:in|at|near)\s+(?:the\s+)?$/i;
/** Between a town and a division that holds it ("Mastung, in the ", " of the "). */
const HOLDS_IT = /^\s*(?:,\s*)?(?:of|in)?\s*(?:the\s+)?$/i;

/**
 * "a strike hit the home of a resident in the Gorbuz district": a district the gazetteer lacks,
 * named apart from the town the event is placed at, may be where it happened (a sixty-seventh-try
 * page had been proposed at Peshawar, 168 km from Gurbuz in Khost). Returns "Gorbuz district", or
 * null; "Mastung, in the X district" puts the town in it and returns null.
 */
export function divisionLacked(
  text: string,
  matches: Combined[],
  event: PlaceMention | null,
): string | null {
  const division = lackedBeside(
    text,
    matches,
    event,
    (m, ev) =>
      (m.end <= ev.span.start ||
        (m.start >= ev.span.end && !HOLDS_IT.test(text.slice(ev.span.end, m.start)))) &&
      AT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
      DIVISION_AFTER.test(text.slice(m.end, m.end + 12)),
  );
  if (!division) return null;
  const word = DIVISION_AFTER.exec(text.slice(division.end, division.end + 12))?.[0] ?? '';
  return text.slice(division.start, division.end + word.length);
}

/**
 * "a motorcycle parked in the town of Kuchlak, a suburb of the provincial capital Quetta": a town
 * or village the gazetteer lacks, named as such beside the town the event is placed at, may be
 * where it happened (an eighty-sixth-try page had been proposed at Quetta ±5 km, 25 km from
 * Kuchlak). Returns "Kuchlak", or null.
 */
export function localityLacked(
  text: string,
  matches: Combined[],
  event: PlaceMention | null,
): string | null {
  const locality = lackedBeside(
    text,
    matches,
    event,
    (m, ev) =>
      (m.end <= ev.span.start || m.start >= ev.span.end) &&
      LOCALITY_OF.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
  return locality ? text.slice(locality.start, locality.end) : null;
}

/** A name in a list: up to three capitalised words. */
const NAME = String.raw`(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;
/** The next item of a list: ", Nakyal", ", and Goyee", " and Barnala". */
const NEXT_ITEM = new RegExp(String.raw`^(\s*,\s*(?:and\s+)?|\s+and\s+)${NAME}`);
/** The item before: "Nakyal, ", "Goyee and ". */
const PREV_ITEM = new RegExp(String.raw`${NAME}(\s*,\s*(?:and\s+)?|\s+and\s+)$`);

/**
 * "in eight sectors of Azad Kashmir -- Khuiratta, Nakyal, Abbaspur, Tatta Pani and Barnala": the
 * event's town is one item of a list (joined by "and", or three items or more) whose other items
 * the gazetteer lacks; the event may have happened at any of them (a hundred-and-seventy-ninth-try
 * shelling had been proposed at Khuiratta alone). Returns the names lacked, or null.
 */
export function listLacked(
  text: string,
  matches: Combined[],
  event: PlaceMention | null,
): string[] | null {
  if (!event?.resolved || !['town', 'point'].includes(event.resolved.precision)) return null;
  let { start, end } = event.span;
  let items = 1;
  let joinedByAnd = false;
  for (let m = NEXT_ITEM.exec(text.slice(end, end + 80)); m;) {
    joinedByAnd ||= /and/.test(m[1] ?? '');
    end += m[0].length;
    items += 1;
    m = NEXT_ITEM.exec(text.slice(end, end + 80));
  }
  for (let m = PREV_ITEM.exec(text.slice(Math.max(0, start - 80), start)); m;) {
    joinedByAnd ||= /and/.test(m[1] ?? '');
    start -= m[0].length;
    items += 1;
    m = PREV_ITEM.exec(text.slice(Math.max(0, start - 80), start));
  }
  if (items < 2 || (!joinedByAnd && items < 3)) return null;
  const lacked = matches
    .filter((m) => m.type === 'unknown' && m.start >= start && m.end <= end)
    .map((m) => text.slice(m.start, m.end))
    .filter((name) => !UNKNOWN_NOT_PLACE.test(name));
  return lacked.length > 0 ? lacked : null;
}

/**
 * The shared finder of postNamed, divisionLacked and localityLacked: when the event is placed at a town or a
 * point, the first name the gazetteer lacks (not a word like "the area") that `beside` accepts.
 */
function lackedBeside(
  text: string,
  matches: Combined[],
  event: PlaceMention | null,
  beside: (m: Combined, event: PlaceMention) => boolean,
): Combined | null {
  if (!event?.resolved || !['town', 'point'].includes(event.resolved.precision)) return null;
  return (
    matches.find(
      (m) =>
        m.type === 'unknown' &&
        !UNKNOWN_NOT_PLACE.test(text.slice(m.start, m.end)) &&
        beside(m, event),
    ) ?? null
  );
}
