// What a sentence next to a dated incident says of it (placeNear.ts): whether it points back at
// the incident ("the attack took place in", "attacked the post", "targeted the border guards"),
// the finer place it names that the gazetteer lacks ("in the Paroom area of Panjgur district"),
// and the one known place it names as where it happened (`onePlace`). Pure.
import { escapeRegExp } from '../regexp.ts';
import { holds, POINTS_BACK } from './placeAhead.ts';
import { VERB_POINTS_BACK } from './leadDetail.ts';
import { SAME_VICTIM } from './repeats.ts';
import { findTriggers, quotedIn } from './events.ts';
import { FINENESS, isLandmark } from './placeEvent.ts';
import { isAfterwards, isSeat, isSourceSeat } from './placeSeats.ts';
import { WIDENING_KM } from './placeResolve.ts';
import { inTown, LOCALITY_OF } from './placeWords.ts';
import type { Segment } from './segments.ts';
import type { PlaceMention, SentencePlaces, Span } from './types.ts';

/** "the shooting happened near", "the attack took place in": a sentence that locates the event. */
export const HAPPENED =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|strike|shelling|clash(?:es)?|firing|shooting|shootout|fighting|skirmish|firefight)\s+(?:occurred|took\s+place|happened|was\s+carried\s+out)\b/i;
/** "on the post", "at the checkpoint": a definite target, the one the lead named. */
const THE_TARGET =
  /\b(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:post|check ?post|checkpoint|outpost|convoy|vehicle|station|camp|patrol)\b/i;

/**
 * "the checkpost was northeast of X", "the village is located near X": a sentence that says
 * where the incident's target lies.
 */
export const TARGET_LIES =
  /\bthe\s+(?:[\w-]+\s+)?(?:post|check ?post|checkpoint|outpost|camp|station|base|village|house)\s+(?:was|is|lies|lay)\s+(?:located\s+|situated\s+)?(?:in|near|at|close\s+to|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\b/i;

/** "targeted the border guards", "ambushed the soldiers": an act on victims named before. */
const ON_THE_VICTIMS =
  /\b(?:attacked|targeted|ambushed|struck|shot|killed|abducted|kidnapped|seized)\s+the\s+(?:[\w-]+\s+)?(guards|soldiers|policemen|officers|troops|personnel|conscripts|workers|labourers|laborers|passengers)\b/i;

/**
 * True when `next` tells an act on the victims `lead` named ("three Iranian border guards were
 * killed …" then "assailants targeted the border guards while they were filling gas at a station
 * in Mirjaveh city", a twentieth-try page held at the province).
 */
export function onTheVictims(lead: string, next: string): boolean {
  const m = ON_THE_VICTIMS.exec(next);
  return m !== null && new RegExp(`\\b${m[1]}\\b`, 'i').test(lead);
}

/** Does the sentence point back at the incident told next to it? */
export function pointsBack(words: string): boolean {
  return (
    POINTS_BACK.test(words) ||
    VERB_POINTS_BACK.test(words) ||
    HAPPENED.test(words) ||
    THE_TARGET.test(words) ||
    TARGET_LIES.test(words) ||
    SAME_VICTIM.test(words.trim())
  );
}

/** Before a name the gazetteer lacks: a fort, post or camp put in it ("the fort in "). */
const FACILITY_IN =
  /\b(?:fort|post|check ?post|checkpoint|outpost|camp|base|station)\s+(?:in|at|near)\s+(?:the\s+)?$/i;

/** Words after a name the gazetteer lacks that make it a locality ("Raghzai area", "Khadi market"). */
const LOCALITY =
  /^\s+(?:area|village|market|bazaar|locality|valley|tehsil|sector|town|check ?post|checkpoint)\b/i;

/**
 * The finer place a sentence gives that the gazetteer lacks: its event placed at the division or
 * town it is said to be in ("in the Paroom area of Panjgur district"), or a name it does not know
 * before a locality word ("near Khadi market in Mirali"); null when it gives none. With `town`
 * (the incident is placed at a town), a street or building is no finer place ("the attack that
 * took place at the Press Club road", a fifty-sixth-try page in Turbat, had been named 'Kech').
 */
export function lackedPlace(text: string, places: SentencePlaces, town = false): string | null {
  const all = places.unknown ?? [];
  const unknown = all.filter((s) => !(town && inTown(text.slice(s.start, s.end))));
  const event = places.event;
  if (event && places.reviews.some((r) => r.code === 'fallback_admin')) {
    // "the Danishkol village of the Pindiyali tehsil in Mohmand": the village, not Mohmand
    const lacked =
      unknown.find((s) => s.end <= event.span.start) ??
      unknown.find((s) => s.start >= event.span.end);
    if (lacked) return text.slice(lacked.start, lacked.end);
    return unknown.length < all.length ? null : event.text;
  }
  const named = unknown.find(
    (s) =>
      LOCALITY.test(text.slice(s.end, s.end + 20)) ||
      // "attacked the fort in Sararogha": a post or fort put in a name (an eighty-fourth-try page);
      // "in the village of Khara Tanga" (an eighty-sixth-try page)
      FACILITY_IN.test(text.slice(Math.max(0, s.start - 40), s.start)) ||
      LOCALITY_OF.test(text.slice(Math.max(0, s.start - 20), s.start)),
  );
  return named ? text.slice(named.start, named.end) : null;
}

/**
 * The lead's town (`own`) widened to its outskirts when the later sentence (`sentence`) puts the
 * name the gazetteer lacks (`lacked`) on them: "near Pir Wadhai Chowk at Ghousia Adda area on the
 * outskirts of Rawalpindi" after a blast in Rawalpindi; "in the Kunjak area on the outskirts of
 * the city" (two tries' leads, 1 and 3 km off, had been held as possibly far). Else null.
 */
export function onOutskirts(
  text: string,
  sentence: Span,
  lacked: string,
  own: PlaceMention,
): PlaceMention | null {
  const at = text.indexOf(lacked, sentence.start);
  if (!own.resolved || own.resolved.precision !== 'town' || at < 0 || at >= sentence.end)
    return null;
  const town = [own.resolved.name, own.text].map(escapeRegExp).join('|');
  const after = text.slice(at + lacked.length, Math.min(sentence.end, at + lacked.length + 80));
  const re = new RegExp(
    `^(?:\\s+(?:area|village|locality|neighbou?rhood|chowk|adda|bazaa?r|market))?,?\\s+(?:on|in|at)\\s+the\\s+(?:outskirts|suburbs|edge)\\s+of\\s+(?:the\\s+(?:city|town)|${town})\\b`,
    'i',
  );
  if (!re.test(after)) return null;
  const km = own.resolved.uncertainty_km + WIDENING_KM.outskirts;
  return { ...own, resolved: { ...own.resolved, uncertainty_km: km } };
}

/** Event words of a sentence, as lower-case stems ("mortar", "attack"). */
export function eventWords(text: string, span: Span): Set<string> {
  return new Set(findTriggers(text, span, null).map((t) => t.text.toLowerCase().replace(/s$/, '')));
}

/** Places coarse enough that a place in a neighbouring sentence may say where in them. */
const COARSE = new Set(['county', 'province', 'country']);

/** How the dated incident's own place may be refined: null when it may not. */
export function ownKind(text: string, seg: Segment): 'coarse' | 'seat' | null {
  const own = seg.places.event;
  if (!own || own.role !== 'place' || own.carried || !own.resolved) return null;
  if (COARSE.has(own.resolved.precision)) return 'coarse';
  return isSeat(text, own) ? 'seat' : null;
}

/** What the neighbouring sentence says of the incident's place. */
export type Found = { take: PlaceMention } | { rivals: string[] } | null;

/** The one place `places` names as where it happened (landmarks and places holding it aside). */
export function onePlace(text: string, sentence: Span, places: SentencePlaces): Found {
  const ev = places.event;
  // where the victims were taken ("The victims were rushed to Bannu") is no place of the event
  if (!ev || ev.role !== 'place' || ev.carried || !ev.resolved) return null;
  if (isSeat(text, ev) || isSourceSeat(text, ev) || isAfterwards(text, ev)) return null;
  // a place in a quote is quotedPlace.ts's to judge
  if (quotedIn(text, sentence).some((q) => ev.span.start >= q.start && ev.span.end <= q.end)) {
    return null;
  }
  if ((places.unknown ?? []).length > 0) return null;
  const rank = (m: PlaceMention) => FINENESS[m.resolved?.precision ?? 'country'] ?? 9;
  const rivals = places.mentions.filter(
    (m) =>
      m !== ev &&
      // the event's own words, resolved again as the article reads them ("at Urgun" as the
      // district the article named before): one place, not two
      m.span.start !== ev.span.start &&
      m !== places.origin &&
      m.role === 'place' &&
      m.resolved &&
      m.resolved.name !== ev.resolved?.name &&
      !isLandmark(text, m) &&
      !isSourceSeat(text, m) &&
      !(rank(m) > rank(ev) && holds(m.resolved, ev.resolved as NonNullable<typeof ev.resolved>)),
  );
  if (rivals.length > 0) return { rivals: [ev, ...rivals].map((m) => `'${m.text}'`) };
  return { take: ev };
}
