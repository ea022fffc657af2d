// The finer place in the next sentence: wire reports often name only the province or district in
// the incident's sentence ("Nine children were killed when jets bombed houses in Khost province
// on Monday night.") and the finer place in the next one ("The strike hit the town of Matun.").
// Read apart, the coarse place was proposed as settled although the text says more. When the next
// sentence of the same paragraph points back at the incident, has no date of its own and no word
// of another event, and its place lies in the coarse one, the incident takes that place (with its
// span, the excerpt widened to both sentences); a place outside it is a doubt, for review. When the
// finer place is a name the gazetteer lacks ("the Mughalgai area of Gurbuz district"), the coarse
// answer stays but goes to review, as a fallback. Past a paragraph break (a page setting each
// sentence as a paragraph), only a next sentence whose noun points back, that tells and counts
// nothing of its own and names the coarse place again, refines a lead that sums up no several
// targets, and nothing else is judged there ("… in Swat district … on Saturday" then "… said in
// a statement that the attack happened in … Kabal town of Swat", a two-hundred-and-seventeenth-
// try page). Pure.
import { kmBetween as km } from './distance.ts';
import { findTriggers, quotedIn } from './events.ts';
import { findFatalities } from './fatalities.ts';
import { VERB_POINTS_BACK } from './leadDetail.ts';
import { RECALLED } from './nonEventWords.ts';
import { FINENESS, isLandmark } from './placeEvent.ts';
import { isSourceSeat } from './placeSeats.ts';
import { inTown } from './placeWords.ts';
import { SEVERAL_TARGETS } from './storyTime.ts';
import type { Segment } from './segments.ts';
import type { PlaceCandidate, PlaceMention, SentenceDates, SentencePlaces, Span } from './types.ts';

/** Places coarse enough that a finer one in the next sentence may say where in them. */
const COARSE = new Set(['county', 'province', 'country']);

/**
 * "the strike", "this deadly attack", "the clash, which took place in", "the exchange of fire": the
 * incident told before.
 */
export const POINTS_BACK =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:incident|attack|assault|blast|bombing|bombardment|explosion|ambush|raid|strike|air\s*strike|airstrike|shelling|abduction|kidnapping|clash|skirmish|firefight|gunfight|encounter|shooting|fighting|exchange\s+of\s+(?:fire|firing|gunfire))s?\b/i;
/** Targets a lead names with "a" and its next sentence takes up with "the" ("hitting the compound"). */
const TARGETS =
  'compound|house|home|vehicle|car|truck|van|bus|convoy|post|check ?post|checkpoint|outpost|camp|base|station|market|mosque|school|hideout|building|hotel|patrol';

/**
 * True when `lead` names a target with "a"/"an" ("a drone strike targeting a compound in North
 * Waziristan") and `next` takes it up with "the" ("four missiles slammed into the compound near
 * Datta Khel"): the next sentence tells the same act, though in other words. With `indefinite`,
 * "a compound" again counts too (for a sentence that also tells the same kind of act).
 */
export function takesUpTarget(lead: string, next: string, indefinite = false): boolean {
  const named = new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(${TARGETS})\\b`, 'gi');
  const article = indefinite ? '(?:the|that|a|an)' : '(?:the|that)';
  for (const m of lead.matchAll(named)) {
    const noun = (m[1] as string).toLowerCase();
    if (new RegExp(`\\b${article}\\s+${noun}\\b`, 'i').test(next)) return true;
  }
  return false;
}

/**
 * "separate" of another event ("a separate attack"), not of this one's targets ("pounded two
 * separate mud-built houses": a forty-eighth-try page, whose district lead missed the unknown
 * village of its next sentence). A regular-expression source, for a word alternative.
 */
export const SEPARATE = `separate(?!\\s+(?:[\\w-]+\\s+)?(?:${TARGETS})s?\\b)`;

/** Words saying the next sentence tells of another event, or of more than this one. */
const ANOTHER = new RegExp(
  `\\b(?:another|other|second|${SEPARATE}|${RECALLED}|separately|also|earlier|previous|previously|similar|meanwhile|elsewhere|last\\s+(?:year|month|week)|in\\s+\\d{4})\\b`,
  'i',
);

/** `POINTS_BACK`, for every match in a sentence. */
const EVERY_POINTING_BACK = new RegExp(POINTS_BACK.source, 'gi');

/**
 * True when `seg` tells an incident of `category` in words of its own, or counts its dead ("Nine
 * police officers and seven civilians died in the bombing"), not only with a noun pointing back
 * ("the attack happened in a sports area of the unit in Kabal town").
 */
function tellsItsOwn(text: string, seg: Segment | null, category: string | undefined): boolean {
  if (!seg || !category) return false;
  if (findFatalities(text, seg.span)) return true;
  const nouns = [...text.slice(seg.span.start, seg.span.end).matchAll(EVERY_POINTING_BACK)].map(
    (m) => ({
      start: seg.span.start + m.index,
      end: seg.span.start + m.index + m[0].length,
    }),
  );
  return seg.triggers.some(
    (t) =>
      t.category === category && !nouns.some((n) => t.span.start >= n.start && t.span.end <= n.end),
  );
}

/** True when `words` name the coarse place `outer` again ("… of Swat" after "Swat district"). */
function namesAgain(words: string, outer: string): boolean {
  const name = outer
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:district|province|agency|region)$/i, '');
  return words.toLowerCase().includes(name.toLowerCase());
}

/** What reading the next sentence needs: its dates and its places. */
export interface AheadReaders {
  dates: (span: Span) => SentenceDates;
  places: (span: Span) => SentencePlaces;
}

/**
 * Does the coarse `outer` hold `inner`: the same country, and for a province or district the same
 * province name or `inner` within the two radii of its point (a province named otherwise by
 * GeoNames, "Khowst" for Khost, still holds its towns).
 */
export function holds(outer: PlaceCandidate, inner: PlaceCandidate): boolean {
  if (outer.country !== inner.country) return false;
  if (outer.precision === 'country') return true;
  if (outer.precision === 'province' && outer.admin1 !== null && outer.admin1 === inner.admin1) {
    return true;
  }
  return km(outer, inner) <= outer.uncertainty_km + inner.uncertainty_km;
}

/** The sentence's place mention when it is a usable place finer than `own`, else null. */
function finerPlace(
  text: string,
  sentence: Span,
  places: SentencePlaces,
  own: PlaceCandidate,
): PlaceMention | null {
  const ev = places.event;
  if (!ev || ev.role !== 'place' || ev.carried || !ev.resolved) return null;
  // "the Assistant Political Agent Khar said …": an office's seat is no finer place of the scene
  if (isSourceSeat(text, ev)) return null;
  // a place in a quote is quotedPlace.ts's to judge; two places ("in Rask and Saravan") are two
  const quoted = quotedIn(text, sentence).some(
    (q) => ev.span.start >= q.start && ev.span.end <= q.end,
  );
  const others = places.mentions.filter(
    (m) =>
      m.role === 'place' &&
      m.resolved &&
      m.resolved.name !== ev.resolved?.name &&
      !isLandmark(text, m) &&
      !isSourceSeat(text, m),
  );
  const alone = others.every(
    (m) =>
      (FINENESS[m.resolved?.precision ?? 'country'] ?? 9) >
      (FINENESS[ev.resolved?.precision ?? 'town'] ?? 9),
  );
  if (quoted || !alone) return null;
  return (FINENESS[ev.resolved.precision] ?? 9) < (FINENESS[own.precision] ?? 9) ? ev : null;
}

/**
 * Lets each segment placed only at a district, province or country take the finer place of the
 * next sentence (see the file comment), or sends it to review when that place is unknown or lies
 * elsewhere. `sentences` are the article's sentence spans; a segment of the next sentence that
 * the incident absorbs is dropped. Returns the segments in order.
 */
export function placeAhead(
  text: string,
  segments: Segment[],
  sentences: Span[],
  read: AheadReaders,
): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    const next = segments[i + 1];
    out.push(seg);
    const own = seg.places.event;
    if (!own || own.role !== 'place' || own.carried || !own.resolved) continue;
    // a town is refined by nothing, but an unknown place the next sentence names in it may lie
    // out of town (the posts "in Chitral" of a district of the same name)
    const coarse = COARSE.has(own.resolved.precision);
    if (!(coarse || own.resolved.precision === 'town') || !seg.dates.event?.date) continue;
    // the last clause of its sentence, and a next sentence in the same paragraph
    if (next?.sentence === seg.sentence) continue;
    const n = seg.sentence + 1;
    const span = sentences[n];
    const first = sentences[seg.sentence];
    if (!span || !first) continue;
    const broken = /[\n\r]/.test(text.slice(first.end, span.start));
    const words = text.slice(span.start, span.end);
    if (ANOTHER.test(words)) continue;
    const merged = seg.lastSentence >= n;
    const own2 = next?.sentence === n ? next : null;
    if (own2 && own2.dates.mentions.length > 0) continue;
    const strict =
      POINTS_BACK.test(words) ||
      VERB_POINTS_BACK.test(words) ||
      takesUpTarget(text.slice(first.start, first.end), words);
    const category = seg.triggers[0]?.category;
    // across a paragraph break, only a sentence pointing back that tells nothing of its own, after
    // a lead that sums up no several targets ("attacked two security forces camps in Balochistan")
    const lead = text.slice(first.start, first.end);
    if (broken && (!strict || tellsItsOwn(text, own2, category) || SEVERAL_TARGETS.test(lead)))
      continue;
    const retold =
      strict ||
      merged ||
      findTriggers(text, span, null).some((t) => t.category === category && category);
    if (!retold || read.dates(span).mentions.length > 0) continue;
    const places = read.places(span);
    const unknown = (places.unknown ?? [])
      .map((s) => text.slice(s.start, s.end))
      .filter((u) => !(own.resolved?.precision === 'town' && inTown(u)));
    const finer = finerPlace(text, span, places, own.resolved);
    const widen = () => {
      seg.span = { start: seg.span.start, end: Math.max(seg.span.end, span.end) };
      seg.lastSentence = Math.max(seg.lastSentence, n);
      if (own2) i++;
    };
    // across a paragraph break only a finer place the sentence says lies in the coarse one
    // ("… in Kabal town of Swat"); rivals and unknown places there are placeNear.ts's to judge
    const sure =
      coarse && finer?.resolved && unknown.length === 0 && strict ? finer.resolved : null;
    if (broken && !(sure && namesAgain(words, own.text) && holds(own.resolved, sure))) continue;
    if (sure && finer) {
      if (holds(own.resolved, sure)) {
        seg.extraMentions = [...seg.extraMentions, ...seg.places.mentions];
        seg.places = places;
        widen();
      } else {
        seg.places = {
          ...seg.places,
          reviews: [
            ...seg.places.reviews,
            {
              code: 'several_places',
              message: `the next sentence places the incident at '${finer.text}', which does not lie in '${own.text}'; check which is right`,
            },
          ],
        };
      }
      continue;
    }
    if (unknown.length > 0) {
      seg.places = {
        ...seg.places,
        reviews: [
          ...seg.places.reviews,
          {
            code: 'fallback_admin',
            message: `the next sentence says where in ${own.resolved.name} it happened ('${unknown[0]}'), a place the gazetteer does not know; the event is placed only at ${own.resolved.name}, which may lie far from it`,
          },
        ],
      };
    }
  }
  return out;
}
