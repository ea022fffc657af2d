// A lead that dates an incident without placing it ("Ten people were killed when border forces
// fired on a census team on Friday.") and the next sentence that only says where it happened
// ("The incident occurred in two villages of Chaman."): the second sentence reports nothing new,
// it locates the one incident just told, so the lead takes its place. Read apart, the lead had no
// place and the second sentence no event word (or only one pointing back), and the incident went
// to review or was lost. Only a sentence that opens by pointing back at the incident with a verb
// of happening, names a place, and has no word of another event is read so; a date of its own
// must be the lead's day, or an earlier one when the lead is dated only by its report (then the
// lead takes that day too: ""The incident happened in the border town of Spin Boldak late
// Thursday afternoon," said …" after "… officials said Friday"). Pure.
import { kmBetween } from './distance.ts';
import { holds } from './placeAhead.ts';
import type { Segment } from './segments.ts';
import type { Review, SentenceDates, SentencePlaces, Span } from './types.ts';

/**
 * "The incident occurred in", "This deadly attack took place near", "The clash happened at",
 * "The incident took place around 9.30 am local time (10 am Indian Standard Time) at", "The
 * incident happened early Monday in the provincial capital Mehtarlam when …", "Levies
 * sources said that the incident took place in": the opening of a sentence that only locates the
 * incident told before it.
 */
const LOCATING =
  /^\s*["“‘']?(?:[^.;:"“”]{0,60}\b(?:said|says|reported|added)\s+(?:that\s+)?)?(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|strike|shelling|clash(?:es)?|firing|shooting|fighting|skirmish|firefight|exchange of fire)\s+(?:occurred|took place|happened|was carried out|erupted|broke out)\s+(?:(?:early|late)\s+)?(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:(?:at\s+)?(?:around|about|approximately)\s+[\d.:]+\s*(?:[ap]\.?m\.?\s+)?(?:local\s+time\s+)?(?:\([^()]{0,40}\)\s+)?)?(?:in|at|near|on the outskirts of|close to)\b/i;
/**
 * "The border guards were patrolling in", "The soldiers were on patrol near": the people the lead
 * told of, where they were when it happened (a Mirjaveh page of the eighty-ninth try, whose lead
 * had "a terrorist attack launched from inside Pakistan" and no place of its own).
 */
const ON_DUTY =
  /^\s*["“‘']?The\s+(?:[\w-]+\s+){0,2}?(?:guards|soldiers|troops|policemen|police(?:\s+officers)?|personnel|officers|servicemen|forces|patrol|convoy)\s+(?:were|was)\s+(?:patrolling|on\s+(?:a\s+)?(?:patrol|duty)|travel(?:l)?ing|driving)\s+(?:(?:the\s+)?(?:area|border)\s+)?(?:in|at|near|along|through)\b/i;
/** Words saying the sentence tells of another event. */
const ANOTHER =
  /\b(?:another|other|second|separate|separately|earlier|previous|similar|last\s+(?:year|month|week))\b/i;

/** A relative clause or an aside after the place: it describes the place, it does not locate. */
const ASIDE = /,\s+(?:which|where|who|whose|that)\b|;|\s[—–]\s|\s-\s/g;

/**
 * The part of `sentence` of `text` that locates the incident told before it (see the file
 * comment), up to a relative clause or an aside ("…villages of Chaman, which straddle the border
 * between Afghanistan and Pakistan": the countries describe the villages), or null when the
 * sentence does not only locate it.
 */
export function locatingPart(text: string, sentence: Span): Span | null {
  const s = text.slice(sentence.start, sentence.end);
  const m = LOCATING.exec(s) ?? ON_DUTY.exec(s);
  if (!m || ANOTHER.test(s)) return null;
  ASIDE.lastIndex = m[0].length;
  const aside = ASIDE.exec(s);
  return { start: sentence.start, end: aside ? sentence.start + aside.index : sentence.end };
}

/**
 * "The attack in restive Khost province, which borders Pakistan in the east, came the day after
 * six medical students were killed … in Kabul": the subject says where the incident told before
 * happened, the rest when an earlier event did (tries 83 and 89: the lead had stayed unplaced,
 * and the earlier event was held for the lead's place as a rival); so does "The attack in the
 * district capital of Mingora was the latest violence in …" (a ninety-eighth-try page, whose lead
 * had only "the Swat Valley").
 */
const CAME_AFTER =
  /^\s*["“‘']?(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|blast|bombing|explosion|ambush|raid|strike|shelling|clash(?:es)?|fighting)\s+(?:in|at|near|on)\s+[^.;]{1,120}?\s(?=came\s+(?:just\s+|only\s+)?(?:a|an|the|one|two|three|\d+)\s+(?:day|days|hours?|weeks?)\s+(?:after|before)\b|(?:was|is)\s+the\s+latest\b)/i;

/**
 * The subject of a sentence of the form of `CAME_AFTER` (up to a relative clause or an aside:
 * "Khost province, which borders Pakistan" is Khost province) and the rest, from "came"; null
 * for any other sentence or one whose subject says it is another incident.
 */
export function cameAfterParts(text: string, sentence: Span): { subject: Span; rest: Span } | null {
  const s = text.slice(sentence.start, sentence.end);
  const m = CAME_AFTER.exec(s);
  if (!m || ANOTHER.test(m[0])) return null;
  ASIDE.lastIndex = 0;
  const aside = ASIDE.exec(m[0]);
  const end = sentence.start + (aside ? aside.index : m[0].trimEnd().length);
  return {
    subject: { start: sentence.start, end },
    rest: { start: sentence.start + m[0].length, end: sentence.end },
  };
}

/** What the lead does with the place of the locating sentence after it. */
export type LocatedLead =
  /** The lead has no place, or a country or province that holds this one: it takes it. */
  | { take: true }
  /** The lead names another place: both stay, for review. */
  | { take: false; review: Review }
  | null;

/**
 * What the segment `prev`, ending in the sentence just before (index `sentence - 1`), does with
 * the place of the locating sentence (`located`, the places read in its locating part): a dated
 * incident with no place, or with only a country or province that holds that place, takes it; one
 * at another place is for review (the two sentences disagree). Null when the lead is not the
 * sentence before (or, when the locating sentence agrees on the day, `dated`, the one before that),
 * is undated, or the locating sentence has another date of its own (`undated` false) or no place.
 */
export function takesLocation(
  prev: Segment | undefined,
  sentence: number,
  located: SentencePlaces,
  undated: boolean,
  dated = false,
): LocatedLead {
  // the sentence before; or, when the locating sentence gives the lead's day itself (`dated`),
  // the one before that, past a sentence that told no incident ("There was no immediate claim.")
  if (!prev || !undated || prev.lastSentence < sentence - (dated ? 2 : 1)) return null;
  if (!prev.dates.event?.date) return null;
  const place = located.event;
  if (!place || place.role !== 'place' || place.carried || !place.resolved) return null;
  const own = prev.places.event;
  if (!own || own.role !== 'place' || !own.resolved) return { take: true };
  const o = own.resolved;
  const n = place.resolved;
  if (o.precision === 'country' && o.country === n.country) return { take: true };
  if (o.precision === 'province' && o.country === n.country && o.admin1 === n.admin1) {
    return { take: true };
  }
  // "… in Laghman" read as its capital, then "The incident happened early Monday in the provincial
  // capital Mehtarlam": the same place, one incident (a hundred-and-fifty-second-try page had
  // proposed it twice); one that only falls back to the lead's place is read as before
  if (o.name === n.name) return located.reviews.length === 0 ? { take: true } : null;
  // "a check post near Shangla" (the district, widened) then "The attack took place in Chakesar, a
  // town and tehsil of the Shangla District": a town the sentence puts in the lead's district (a
  // hundred-and-thirty-ninth-try page had been held as naming two places)
  const inOwn = located.mentions.some((m) => m !== place && m.resolved?.name === o.name);
  if (o.precision === 'county' && n.precision === 'town' && inOwn && holds(o, n)) {
    return { take: true };
  }
  // "in Karachi" then "The incident took place … at Nazimabad in the city": a finer place within
  // the town's reach is a part of it (a hundred-and-fifty-fifth-try page, once Clifton was known)
  const part = o.precision === 'town' && n.uncertainty_km < o.uncertainty_km;
  if (part && n.country === o.country && kmBetween(o, n) <= o.uncertainty_km) return { take: true };
  return {
    take: false,
    review: {
      code: 'several_places',
      message: `the next sentence says the incident happened at "${place.text}", not at "${own.text}"; check which is right`,
    },
  };
}

/**
 * How the locating sentence's own date (`own`) stands to the lead `prev`'s: 'same' day, or
 * 'earlier' than a lead dated only by its report (the lead then takes it); null when it has none
 * or another.
 */
export function datesTheLead(
  prev: Segment | undefined,
  own: SentenceDates,
): 'same' | 'earlier' | null {
  const lead = prev?.dates.event;
  const told = own.event;
  if (!lead?.date || !told?.date || told.date_end || own.mentions.length !== 1) return null;
  if (told.reviews.length > 0) return null;
  if (told.date === lead.date && !lead.date_end) return 'same';
  return lead.role === 'report' && told.date < lead.date ? 'earlier' : null;
}
