// A lead that places an incident without dating it ("Two soldiers embraced martyrdom when troops
// intercepted militants in Kurram district.") and the next sentence that only says when it
// happened ("According to the military, the incident occurred on the night between October 26
// and 27."): the second sentence reports nothing new, it dates the one incident just told, so the
// lead takes its date. Read apart, the lead had no date and the second sentence no event word,
// and the incident went to review. Only a sentence that opens by pointing back at the incident
// with a verb of happening (or reports so: "X told Kabul Now that the incident took place this
// morning"), has a date, and names no other place than the lead's and no other event is read so
// (the mirror of locating "The incident occurred in X"), or only a finer place inside the lead's
// ("… in Farah Province. | The incident took place on Tuesday in Farah's Posht Rod district.": a
// seventy-seventh-try page, whose lead had stayed undated and the detail unread), which the lead
// then takes too. Pure.
import { REPORT_ONLY } from './dateEvent.ts';
import { holds } from './placeAhead.ts';
import { FINENESS } from './placeEvent.ts';
import type { Segment } from './segments.ts';
import type { PlaceCandidate, SentenceDates, SentencePlaces, Span } from './types.ts';

/**
 * "The incident occurred on", "According to officials, the attack took place late on", "X told
 * Kabul Now that the incident took place this morning": the opening of a sentence that only
 * dates the incident told before it.
 */
const DATING =
  /^[\s"“]*(?:according to [^,.;]{1,90},\s*|[^.;"“]{1,140}?\s(?:said|says|say|told\s+[^,.;]{1,40}?)\s+(?:that\s+)?)?(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|strike|shelling|clash(?:es)?|firing|shooting|fighting|skirmish|firefight|exchange of fire|engagement|encounter)\s+(?:occurred|took place|happened)\s+(?:(?:early|late)\s+)?(?:on|at|during|in the (?:early )?hours of|overnight|yesterday|today|last|this\s+(?:morning|afternoon|evening))\b/i;
/** Words saying the sentence tells of another event, or of more than the date. */
const ANOTHER =
  /\b(?:another|other|second|separate|separately|earlier|previous|similar|last\s+(?:year|month)|after|before|following)\b/i;

/** True when `sentence` of `text` opens by saying when the incident before it happened. */
export function isDatingSentence(text: string, sentence: Span): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return DATING.test(s) && !ANOTHER.test(s);
}

/** What a sentence between the lead and the dating sentence says (see `takesDate`). */
export interface Between {
  dates: SentenceDates;
  places: SentencePlaces;
}

/**
 * True when the segment `prev`, ending in the sentence just before (index `sentence - 1`), or
 * before that with at most two sentences naming no date and no place between (`between`: "… said
 * on Saturday. | … were among the killed in the shooting rampage occurred in Ali-Shir district of
 * the province. The gunmen had escaped the site. The incident happened on Friday.", an
 * eighty-fifth-try page), is an incident at a place that takes the date of the dating sentence
 * (`dates`, `places`: what that sentence says): it has one event date and no place of its own but
 * the lead's. The lead is undated, or dated only by its report ("local officials said on
 * Saturday") on or after the day the dating sentence gives.
 */
export function takesDate(
  prev: Segment | undefined,
  sentence: number,
  dates: SentenceDates,
  places: SentencePlaces,
  between: Between[] = [],
): prev is Segment {
  if (!prev || prev.lastSentence + 1 + between.length !== sentence || between.length > 2)
    return false;
  if (between.some((b) => b.dates.mentions.length > 0 || b.places.mentions.length > 0))
    return false;
  if (prev.dates.mentions.length > 0 && !reportDatedLater(prev.dates, dates)) return false;
  if (prev.places.event?.role !== 'place' || !prev.places.event.resolved) return false;
  if (!dates.event?.date || dates.reviews.some((r) => r.code === 'several_dates')) return false;
  // no place, or only the lead's own ("… took place this morning, November 02, in PD3 of
  // Lashkargah city" after a blast "in Lashkargah"), or finer ones inside it
  const own = prev.places.event.resolved;
  return places.mentions.every(
    (m) =>
      m.role !== 'place' ||
      m.resolved?.name === own.name ||
      (m.resolved !== null && finerIn(own, m.resolved)),
  );
}

/** True when `lead` is dated only by its report, on or after the event day `dating` gives. */
function reportDatedLater(lead: SentenceDates, dating: SentenceDates): boolean {
  const [report, day] = [lead.event?.date, dating.event?.date];
  const reportOnly = lead.reviews.some((r) => REPORT_ONLY.test(r.message));
  return reportOnly && !!report && !!day && day <= report;
}

/** Is `inner` finer than `outer` and inside it ("Pusht Rod District" in Farah province)? */
function finerIn(outer: PlaceCandidate, inner: PlaceCandidate): boolean {
  const fineness = (p: PlaceCandidate) => FINENESS[p.precision] ?? 9;
  return fineness(inner) < fineness(outer) && holds(outer, inner);
}

/**
 * True when the dating sentence's event place (`places`) is a finer place inside the lead's
 * (`prev`, which `takesDate` accepted): the lead takes that place as well as the date.
 */
export function refinesPlace(prev: Segment, places: SentencePlaces): boolean {
  const own = prev.places.event?.resolved;
  const ev = places.event;
  return !!own && ev?.role === 'place' && !!ev.resolved && finerIn(own, ev.resolved);
}
