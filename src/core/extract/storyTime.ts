// Story time: a sentence that reports an incident but names no date of its own continues the
// dated report before it ("Militants attacked two camps late on Wednesday. … In Panjgur, troops
// beat back the attackers."). Wire reports date the lead and let the detail paragraphs inherit
// it; the detail then takes the lead's day (or night: "overnight"), with the lead's phrase and
// span as its basis. Background is what breaks the rule, so a sentence inherits only when
// nothing says it lies elsewhere in time: no date phrase of its own, the same kind of event as
// the dated one, at most a few sentences after it, no perfect tense in its own words ("has
// carried out"; reported speech after "said", "adding that" shifts tenses back and does not
// count), no "similar attack", no habitual or summing-up words, a dated lead that names one day
// or one night (a longer range or a month is not a day to hand on), and a lead that sums up
// (no place, or a country, province or border the detail's town lies in, or two places it lists,
// "shot dead … in Turbat and Panjgur areas", one of which holds the detail's place): a lead
// placed at one town told one incident, and a detail paragraph elsewhere retells it. Pure.
import { REPORT_ONLY } from './dateEvent.ts';
import type { Category } from '../types.ts';
import { aggregatePhrase } from './events.ts';
import { holds } from './placeAhead.ts';
import type { DateMention, PlaceCandidate, PlaceMention, SentenceDates, Span } from './types.ts';
import { RECALLED, withoutRelativeClauses } from './nonEventWords.ts';

/** The last dated incident a later sentence may inherit its day from. */
export interface StoryAnchor {
  /** Its event date, as read in its own sentence. */
  mention: DateMention;
  /** Index of the sentence it ends in. */
  sentence: number;
  category: Category;
  /** The resolved name of its place, or null when it had none. */
  place: string | null;
  /**
   * The area a summing-up lead of the same date placed the story in ("two bombs ripped through
   * election offices in Balochistan on Wednesday"): `null` when that lead named no place,
   * `undefined` when no lead of the story sums up (its incidents each have their own place).
   */
  area?: PlaceCandidate | null;
  /** The lead reports several targets or attacks (`SEVERAL_TARGETS`): "the first incident" is one. */
  several?: boolean;
  /** The two places a lead lists ("shot dead … in Turbat and Panjgur areas on Tuesday"). */
  listed?: PlaceCandidate[];
}

/**
 * A lead that reports several targets or attacks ("attacked two camps", "Two bombs ripped", "in
 * separate operations in Orakzai and Khyber").
 */
export const SEVERAL_TARGETS =
  /\b(?:two|three|four|five|six|twin|several|multiple|separate|different|\d+|(?:a|the)\s+(?:spate|series|wave|string)\s+of)\s+(?:(?!(?:in|on|at|of|and|or|by|from|with|during|after|were|was|are|killed|died|dead|wounded|injured|martyred)\b)[\w-]+\s+){0,3}?(?:camps|bases|posts|outposts|checkpoints|towns|cities|villages|districts|stations|offices|headquarters|convoys|attacks|assaults|raids|bombs|blasts|bombings|explosions|strikes|ambushes|operations|incidents|clashes)\b/i;

/**
 * "Later in the day, a bomb … was detonated": another incident of the story's day, neither a
 * retelling of the day's lead nor a lead of its own details (a hundred-and-thirty-second-try
 * shooting, placed "on the outskirts of the city", had taken its day from the bomb's words and
 * the bomb had vanished into it).
 */
export const SAME_DAY_OTHER =
  /^\W*(?:later|earlier)\s+(?:in\s+the|that|on\s+the\s+same)\s+(?:day|morning|afternoon|evening|night)\b/i;

/**
 * The story anchor after a dated segment (`lead` its text) placed at `resolved` (null when it
 * names none): a lead that names no place or a coarse one, or that reports several targets or
 * attacks ("attacked two camps in Turbat"), sums up the story; a later segment of the same date
 * keeps the area of the lead it details ("A second blast on the same day hit … in Qila
 * Saifullah"). A lead placed at one town that reports one attack sums up nothing.
 */
export function nextAnchor(
  previous: StoryAnchor | null,
  next: Omit<StoryAnchor, 'area'>,
  resolved: PlaceCandidate | null,
  lead: string,
  listed: PlaceCandidate[] = [],
): StoryAnchor {
  // a lead listing two places sums up the incidents told at each (a hundred-and-fifty-sixth-try
  // page's three shootings at Buleda, Turbat and Panjgur had vanished into it)
  if (listed.length > 1) return { ...next, area: null, several: true, listed };
  // "Later in the day, …" on the lead's day: the story stays the lead's
  if (previous?.mention.date === next.mention.date && SAME_DAY_OTHER.test(lead)) return previous;
  const several = SEVERAL_TARGETS.test(lead);
  if (!resolved || COARSE.has(resolved.precision)) return { ...next, area: resolved, several };
  if (several) return { ...next, area: null, several };
  const m = next.mention;
  const same =
    previous !== null &&
    previous.mention.date === m.date &&
    (previous.mention.date_end ?? null) === (m.date_end ?? null);
  return same && previous.area !== undefined ? { ...next, area: previous.area } : next;
}

/** At most this many sentences after the dated one may inherit its day. */
export const STORY_REACH = 3;

/**
 * A roundup's detail may lie this many sentences after a lead that told several attacks ("A
 * spate of suicide bombings … today in southern Afghanistan left 13 people dead": its Helmand
 * and Kunar paragraphs came six and nine sentences on, past quotes on the first, and were lost).
 */
export const ROUNDUP_REACH = 10;
/**
 * A paragraph opening on its place: "In neighboring Helmand province,", "In eastern Kunar,",
 * "Elsewhere in Kalat,", "Meanwhile, in Kharan town,".
 */
const ROUNDUP_DETAIL =
  /^\s*(?:(?:Elsewhere|Meanwhile|Separately),?\s+i|I)n\s+(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:province|district|county|region|agency|town|city|tehsil))?,/;

/** True when `sentence` opens on its place as a roundup's paragraph does ("Elsewhere in Kalat,"). */
export function opensOnPlace(sentence: string): boolean {
  return ROUNDUP_DETAIL.test(sentence);
}

/** "has carried out", "had been killed", "have long targeted": background, not the story's day. */
const PERFECT =
  /\b(?:has|have|had)\s+(?:(?:also|already|previously|repeatedly|long|often|since|recently)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|lt|ught|ot)\b/i;
/** A sentence speaking of another event than the dated one. */
const OTHER_EVENT =
  /\b(?:similar|previous|earlier|last|another|prior|recent|past|separate|first|second)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|incidents?|strikes?|raids?|abductions?|kidnappings?|ambush(?:es)?|clash(?:es)?|killings?)\b/i;
/** "In the first incident", "In the second attack": a detail of a lead that told several. */
const ORDINAL_DETAIL =
  /^\s*(?:In|At)\s+the\s+(?:first|second|third|fourth|former|latter)\s+(?:incident|attack|case|blast|bombing)\b/i;
/** "In another firing incident": after a lead listing its places, one of its incidents. */
const ANOTHER_DETAIL = /^\s*In\s+another\s+(?:[\w-]+\s+)?(?:incident|attack|case)\b/i;
/**
 * Habitual words, and the words by which Pakistani papers bring in an earlier incident ("It is
 * pertinent to mention here that …", "It may be recalled that …": a sixty-second-try page's
 * Quetta railway station bombing of November had taken the day of a Qilla Abdullah blast).
 */
const HABITUAL = new RegExp(
  String.raw`\b(?:repeatedly|frequently|often|routinely|regularly|in recent (?:years|months|weeks)|over the years|for years|in the past|previously|usually|sometimes|every|${RECALLED})\b`,
  'i',
);

/** Places too wide to be one incident's: a lead placed there may sum up several. */
export const COARSE = new Set(['country', 'province', 'border']);

/**
 * True when the lead sums up incidents the detail may be one of: it names no place, or a country,
 * a province or a border that the detail's place lies in ("attacked two camps in Balochistan" →
 * "In Panjgur, …"). A lead placed at a town, a crossing or a district told one incident, and a
 * detail placed elsewhere retells it ("on the outskirts of Zahedan" → "the attackers stopped
 * their car in the city's Ahmadabad district") or names a title ("the commissioner of Makran").
 */
function leadSumsUp(
  detail: PlaceCandidate,
  lead: PlaceCandidate | null | undefined,
  roundup = false,
): boolean {
  if (lead === undefined) return false;
  // "In neighboring Helmand province, …" opening a paragraph after "attacks … today in southern
  // Afghanistan" (a retelling, "the attack took place in the … province", stays a mention)
  if (detail.precision === 'province')
    return roundup && lead?.precision === 'country' && detail.country === lead.country;
  if (COARSE.has(detail.precision)) return false;
  if (lead === null) return true;
  if (lead.precision === 'province')
    return detail.country === lead.country && detail.admin1 === lead.admin1;
  return lead.precision === 'border' || detail.country === lead.country;
}

/**
 * A trailing attribution (", Deputy Interior Minister X told state television, adding that"):
 * what follows it is reported speech, its tense shifted back ("had failed"). An opening one ("A
 * security source said Islamabad had carried out strikes") puts the event itself in reported
 * speech, so its tense counts.
 */
const TRAILING_ATTRIBUTION =
  /,\s+(?:[\w'’.()-]+\s+){0,7}?(?:said|says|told|tells|added|according to)\b|,\s+(?:adding|saying)\b/i;

/**
 * An attribution opening the sentence in the perfect ("Farah security chief … has declared that",
 * "Police have confirmed that"): the speaker's tense, not the incident's.
 */
const LEADING_ATTRIBUTION =
  /^[^"“”]*?\b(?:has|have|had)\s+(?:also\s+)?(?:declared|confirmed|announced|stated|reported|claimed|noted|said|told\s+\w+)\s+that\b/i;

/** The sentence's own words, after a leading and before a trailing attribution. */
function ownWords(seg: string): string {
  const own = withoutRelativeClauses(seg).replace(LEADING_ATTRIBUTION, '');
  const at = own.search(TRAILING_ATTRIBUTION);
  return at < 0 ? own : own.slice(0, at);
}

/** One day, or the two days of one night ("overnight", "the night of May 3 to 4"). */
function oneNight(m: DateMention): boolean {
  if (!m.date) return false;
  if (!m.date_end) return m.precision === 'day';
  return (Date.parse(m.date_end) - Date.parse(m.date)) / 86_400_000 === 1;
}

/**
 * The dates a segment inherits from the story's last dated incident, or null when it may not
 * (see the module comment). `sentence` is the segment's sentence index, `category` its kind,
 * `place` its own place.
 */
export function inheritDate(
  text: string,
  span: Span,
  sentence: number,
  category: Category | undefined,
  place: PlaceMention | null,
  anchor: StoryAnchor | null,
): SentenceDates | null {
  if (!anchor || !category || category !== anchor.category) return null;
  const name = place?.role === 'place' ? (place.resolved?.name ?? null) : null;
  // the same place retells the lead, but a city named like the lead's province, and called a
  // city, does not ("in the center of Farah city" after "in Farah province on Sunday night"; a
  // bare "in Ghazni" after "in eastern Ghazni province" is the province again)
  const namesake =
    name === anchor.place &&
    anchor.area?.precision === 'province' &&
    place?.resolved?.precision === 'town' &&
    /\b(?:city|town)\b/i.test(place.text);
  // a lead listing places: a detail at (or holding, or in) one of them is one of its incidents
  const listed = anchor.listed?.some((l) => place?.resolved && holds(l, place.resolved));
  if (anchor.listed && !listed) return null;
  if (name === null || (name === anchor.place && !namesake && !listed)) return null;
  const seg = text.slice(span.start, span.end);
  const roundup = ROUNDUP_DETAIL.test(seg);
  if (!place?.resolved || !leadSumsUp(place.resolved, anchor.area, roundup)) return null;
  const m = anchor.mention;
  if (!m.date || !oneNight(m)) return null;
  // a roundup's paragraphs, each opening on its place ("In neighboring Helmand province, …"),
  // may lie further from a lead that told several attacks than one detail from its lead
  const reach = anchor.several && roundup ? ROUNDUP_REACH : STORY_REACH;
  if (sentence <= anchor.sentence || sentence - anchor.sentence > reach) return null;
  // "Two attacks on Tuesday … In the first incident, …": a detail, not another event
  const detail = ORDINAL_DETAIL.test(seg) || (listed && ANOTHER_DETAIL.test(seg));
  const other = OTHER_EVENT.test(seg) && !(anchor.several && detail);
  if (PERFECT.test(ownWords(seg)) || other || HABITUAL.test(ownWords(seg))) return null;
  if (aggregatePhrase(text, span)) return null;
  // a lead dated only by its report ("… state TV reported on Thursday") hands on that doubt, and
  // so does a doubt about the day itself ("on July 25" with no year, read a year back: a
  // hundred-and-ninety-ninth-try page had proposed the Mastung bombing on it)
  const reviews: DateMention['reviews'] = [...m.reviews];
  if (m.role === 'report')
    reviews.push({
      code: 'other',
      message: `"${m.text}" dates the report the story opens with, not necessarily this event, which may be earlier`,
    });
  const event: DateMention = { ...m, span: { ...m.span }, role: 'event', reviews };
  return { mentions: [], event, reviews: [] };
}

/** A report-dated sentence may take the day of a summing-up lead this many sentences before it. */
export const REPORTED_REACH = 6;

/**
 * The story lead's day for a segment dated only by its report or a reaction ("Pakistan today
 * mourned the death of its three soldiers as militants opened fire on a post in Bajaur", after a
 * lead "… attacked a post on the border … and IED attacks in different areas on Sunday"), or null.
 * The lead must sum up (no place, or a country, province or border holding the segment's place),
 * be of the same kind, name one day or night told as the event's, lie at most `REPORTED_REACH`
 * sentences before, and end on the report's day or the day before it: the report then tells
 * that day's incident. The report's date stays among the mentions; its review goes.
 */
export function leadDayForReport(
  text: string,
  span: Span,
  sentence: number,
  category: Category | undefined,
  place: PlaceMention | null,
  dates: SentenceDates,
  anchor: StoryAnchor | null,
): SentenceDates | null {
  const own = dates.event;
  if (!own?.date || !anchor || !category || category !== anchor.category) return null;
  if (!dates.reviews.some((r) => REPORT_ONLY.test(r.message))) return null;
  if (dates.mentions.length !== 1 || own.date_end) return null;
  if (place?.role !== 'place' || !place.resolved) return null;
  if (!leadSumsUp(place.resolved, anchor.area)) return null;
  const m = anchor.mention;
  if (!m.date || !oneNight(m) || m.role === 'report' || m.reviews.length > 0) return null;
  if (sentence <= anchor.sentence || sentence - anchor.sentence > REPORTED_REACH) return null;
  const gap = (Date.parse(own.date) - Date.parse(m.date_end ?? m.date)) / 86_400_000;
  if (gap < 0 || gap > 1) return null;
  const seg = text.slice(span.start, span.end);
  if (PERFECT.test(ownWords(seg)) || OTHER_EVENT.test(seg) || HABITUAL.test(ownWords(seg)))
    return null;
  const event: DateMention = { ...m, span: { ...m.span }, role: 'event', reviews: [] };
  const reviews = dates.reviews.filter((r) => !REPORT_ONLY.test(r.message));
  return { mentions: dates.mentions, event, reviews };
}

/**
 * The dates of a segment (`dates` its own) within the story: an undated detail inherits the
 * story's day (`inheritDate`), a report-dated one takes its summing-up lead's
 * (`leadDayForReport`); else its own.
 */
export function storyDay(
  text: string,
  span: Span,
  sentence: number,
  category: Category | undefined,
  place: PlaceMention | null,
  dates: SentenceDates,
  anchor: StoryAnchor | null,
): SentenceDates {
  if (dates.mentions.length === 0)
    return inheritDate(text, span, sentence, category, place, anchor) ?? dates;
  return leadDayForReport(text, span, sentence, category, place, dates, anchor) ?? dates;
}
