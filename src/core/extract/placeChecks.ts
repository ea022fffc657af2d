// Checks of the event's place against the rest of the sentence and the article: an unknown name
// after "in" when the event is placed only at a district or wider, a facility or post named after
// a place the gazetteer lacks beside a town ("the Daraban police check post here in DI Khan",
// placePostNamed.ts), and a namesake resolved in a country the article names nowhere else. Each
// gives a review; none moves the place. Pure.
import type { Combined } from './placeCombine.ts';
import {
  otherProvinces,
  unsupported,
  type CountrySupport,
  type ProvinceSupport,
} from './placeSupport.ts';
import type { Resolved } from './placeResolve.ts';
import type { Token } from './placeTokens.ts';
import type { PlaceMention, Review, Span } from './types.ts';
import { UNKNOWN_NOT_PLACE } from './placeWords.ts';
import { divisionLacked, listLacked, localityLacked, postNamed } from './placePostNamed.ts';
import { forcedInto, goalBefore } from './placeGoal.ts';

/** The word before a place name: where something happened, where it went, or whence. */
export type Cue = 'at' | 'to' | 'from' | null;

/** "in"/"at"/"near" mark where something happened; "to"/"into" where it went; "from" whence. */
export function cueOf(t: Token | undefined): Cue {
  if (!t) return null;
  if (t.lower === 'from') return 'from';
  if (['in', 'at', 'near', 'inside'].includes(t.lower)) return 'at';
  if (['to', 'into', 'towards', 'toward'].includes(t.lower)) return 'to';
  return null;
}

/** "taken to a hospital in", "shifted to the DHQ hospital at": where the wounded were taken. */
const TAKEN_TO_CARE =
  /\b(?:taken|shifted|moved|rushed|brought|sent|transferred|evacuated|airlifted|referred|admitted)\s+(?:to|into)\s+(?:an?|the)\s+(?:[\w'’()-]+\s+){0,3}(?:hospital|clinic|medical (?:facility|centre|center)|trauma (?:centre|center))\s+(?:in|at)\s+$/i;

/**
 * The cue of a place name, read from the text before it: like `cueOf`, but a hospital the
 * wounded or the dead were taken to ("the injured was taken to a hospital in Quetta") is where
 * they went, not where the event happened (regression from a real Dawn report); "close to X" is
 * where it happened.
 */
export function cueBefore(text: string, start: number, t: Token | undefined, end = start): Cue {
  // "militants from adjoining areas of North Waziristan and Hangu district attacked Manguk" (a
  // seventeenth-try page): the word before each place is no cue; "from" before them is
  const before = text.slice(Math.max(0, start - 60), start);
  const cue = cueOf(t) ?? (FROM_NEARBY.test(before) || FROM_LIST.test(before) ? 'from' : null);
  // "kidnapped at least 10 people … from Shaban", "picnickers kidnapped from Quetta outskirts":
  // where people were taken from is where the abduction happened
  if (cue === 'from' && t && TAKEN_FROM.test(text.slice(Math.max(0, t.start - 80), t.start))) {
    return 'at';
  }
  // "close to Khash" is near it, not where anything went.
  if (cue === 'to' && t && /\bclose\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) {
    return 'at';
  }
  // "gunmen burst into Tehran's parliament complex": the place entered is the scene
  if (
    cue === 'to' &&
    t?.lower === 'into' &&
    forcedInto(text.slice(Math.max(0, t.start - 40), t.end + 1))
  ) {
    return 'at';
  }
  if ((cue === 'at' || cue === null) && goalBefore(text.slice(Math.max(0, start - 80), start)))
    return 'to';
  if (cue !== 'at') return cue;
  if (TAKEN_TO_CARE.test(text.slice(Math.max(0, start - 120), start))) return 'to';
  // "the hospital in Panjgur town …, where victims of the strike were moved" (a regression from
  // a real CBC caption, proposed as the strike at Panjgur on the day the victims were moved)
  const hospital = HOSPITAL_IN.test(text.slice(Math.max(0, start - 60), start));
  return hospital && WHERE_TAKEN.test(text.slice(end, end + 160)) ? 'to' : cue;
}

/** "from adjoining ", "from the neighbouring ": where people came from, before a place. */
const FROM_NEARBY =
  /\bfrom\s+(?:the\s+)?(?:adjoining|adjacent|neighbouring|neighboring|nearby|surrounding|bordering)\s+$/i;

/** "from North Waziristan and ": the next place of the list is where people came from too. */
const FROM_LIST = /\bfrom\s+(?:[\w'’-]+\s+){1,5}(?:and|or)\s+$/i;

/**
 * An abduction verb earlier in the clause, before "from X", with no other "from" or a route
 * between ("kidnapped from a coach going to Gwadar from Karachi": Karachi is where the coach came
 * from, 350 km off; a regression from the eighteenth blind try, proposed there).
 */
const TAKEN_FROM =
  /\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|snatch(?:ed|ing)|seiz(?:ed|ing))\b(?:(?!\b(?:from|to|going|travell?ing|heading|bound)\b)[^.;!?\n]){0,70}$/i;

/** "the district hospital in ", "a hospital at ": a hospital named just before a place. */
const HOSPITAL_IN =
  /\b(?:hospital|clinic|medical (?:facility|centre|center)|trauma (?:centre|center))\s+(?:in|at)\s+$/i;
/** ", where victims … were moved": the wounded or the dead were brought there. */
const WHERE_TAKEN =
  /^(?:(?!\.\s+[A-Z])[^;]){0,80}?\bwhere\s+(?:[\w'’-]+\s+){0,8}?(?:were|was|had been|have been|are|is)\s+(?:being\s+)?(?:moved|taken|shifted|rushed|brought|transferred|admitted|treated|evacuated)\b/i;

/** Places coarser than this the event may only be somewhere in. */
const COARSE_PRECISIONS = new Set(['county', 'province', 'border', 'country']);

/**
 * "stormed the headquarters in Nokkundi …, the town in Chagai district": a capitalised name after
 * "in", "at" or "near" (or "in the": "in the Khanozai bazaar of Pishin district") that the
 * gazetteer does not know, when the event's place is only a
 * district, province, border or country, is likely where it happened. Returns that name, or null.
 */
function unknownLocus(
  text: string,
  tokens: Token[],
  matches: Combined[],
  event: PlaceMention | null,
): string | null {
  if (!event?.resolved || !COARSE_PRECISIONS.has(event.resolved.precision)) return null;
  if (event.reviews.some((r) => r.code === 'fallback_admin')) return null;
  const outside = unknownLoci(text, tokens, matches).filter(
    (s) => !(s.start >= event.span.start && s.end <= event.span.end),
  );
  return outside[0] ? text.slice(outside[0].start, outside[0].end) : null;
}

/**
 * "area", "district", "village", "(security) check posts": a word after a name that makes it a
 * place ("the Shandur and Garam Chashma security posts").
 */
const PLACE_WORD_AFTER =
  /^\s+(?:area|district|village|villages|town|region|sector|tehsil|subdivision|county|locality|(?:(?:security|border|military)\s+)?(?:check\s*)?(?:posts?|points?|outposts?|checkpoints?))\b/i;

/**
 * The spans of capitalised names after "in", "at" or "near" (or "in the") that the gazetteer does
 * not know ("in the Mughalgai area", "at Kharlachi"): likely where something happened, though
 * no offline source locates them. With `named`, also a name before "area", "district",
 * "village" … after any word ("hit the Mughalgai area").
 */
export function unknownLoci(
  text: string,
  tokens: Token[],
  matches: Combined[],
  named = false,
): Span[] {
  const out: Span[] = [];
  for (const m of matches) {
    if (m.type !== 'unknown') continue;
    const before = tokens[m.first - 1];
    const at = before?.lower === 'the' ? m.first - 2 : m.first - 1;
    const cue = tokens[at];
    // "Sher-e-Khan Bandar", "Qala-i-Naw": the whole hyphenated name, not its first part
    const end = m.end + (HYPHENATED.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0);
    const placeWord = named && PLACE_WORD_AFTER.test(text.slice(end, end + 24));
    // "in a remote village of Tirah valley": a place word, then "of" the name
    const partOf = cue?.lower === 'of' && PART_BEFORE_OF.has(tokens[at - 1]?.lower ?? '');
    if (cueOf(cue) !== 'at' && !placeWord && !partOf) continue;
    const name = text.slice(m.start, m.end);
    if (CITY_QUARTER.test(name) && /^[\s-]?\d/.test(text.slice(m.end, m.end + 3))) continue;
    if (!UNKNOWN_NOT_PLACE.test(name)) out.push({ start: m.start, end });
  }
  return out;
}

/** The rest of a hyphenated name after its first part: "-e-Khan Bandar", "-i-Naw". */
const HYPHENATED = /^(?:-(?:[a-z]{1,2}-)?\p{Lu}[\p{L}']*)+(?: \p{Lu}[\p{L}']*)*/u;

/**
 * A numbered quarter of a city ("in PD 18", "PD-3", "District 9", "Police District 6"), before
 * its number: somewhere in the city the text names, not a place the gazetteer lacks.
 */
const CITY_QUARTER = /^(?:PD|District|Police District|Zone)$/;

/** Words for a part of a place before "of" and an unknown name ("a village of Tirah valley"). */
const PART_BEFORE_OF = new Set([
  'village', 'villages', 'area', 'areas', 'outskirts', 'suburbs', 'suburb', 'locality', 'town',
  'hamlet', 'hills', 'mountains', 'valley', 'neighbourhood', 'neighborhood', 'vicinity',
]); // prettier-ignore

/**
 * With one namesake only, a town is doubted when the article speaks of two other countries and
 * never of its own: a word that is a town in a third country is then more likely a name of
 * something else (a sixth-try regression: "Mizan", the Iranian judiciary's news site, in a story
 * of Iran and Pakistan, proposed at a village of Zabul, 820 km away). A story of one other country
 * ("Chaman on the Afghan border") is the usual cross-border report and is not doubted.
 */
function thirdCountry(support: CountrySupport, country: string): boolean {
  return [...support.keys()].filter((k) => k !== country).length >= 2;
}

/**
 * Reviews of the event's place `event` (matched as `match`) from the sentence's `tokens` and
 * `matches` and the article's country `support`.
 */
export function articleChecks(
  text: string,
  tokens: Token[],
  matches: Combined[],
  event: PlaceMention | null,
  match: Combined | null,
  support: CountrySupport | undefined,
): Review[] {
  const out: Review[] = [];
  const c = event?.resolved;
  if (
    event &&
    c &&
    match &&
    support &&
    ['town', 'county', 'point'].includes(c.precision) &&
    !match.records.every((r) => r.countries) &&
    unsupported(support, c.country, match.key) &&
    (new Set(match.records.map((r) => r.country)).size > 1 || thirdCountry(support, c.country))
  ) {
    const several = new Set(match.records.map((r) => r.country)).size > 1;
    out.push({
      code: 'ambiguous_place',
      message: several
        ? `'${event.text}' resolves to ${c.name} in ${c.country}, a country the article names nowhere else; it may be a namesake of a place the text means`
        : `'${event.text}' is only known as ${c.name} in ${c.country}, a country the article names nowhere else; the word may name something else (an outlet, a person) or a place the gazetteer lacks`,
    });
  }
  const unknown = unknownLocus(text, tokens, matches, event);
  if (unknown && c) {
    out.push({
      code: 'fallback_admin',
      message: `'${unknown}' is not in the gazetteer; the event is placed only at ${c.name}, which may lie far from it`,
    });
  }
  const facility =
    facilityInUnknown(text, tokens, matches, event) ??
    postNamed(text, matches, event) ??
    localityLacked(text, matches, event);
  if (facility && c) {
    out.push({
      code: 'fallback_admin',
      message: `'${facility}' is not in the gazetteer; the event is placed only at ${c.name}, which may not hold it`,
    });
  }
  const division = divisionLacked(text, matches, event);
  if (division && c) {
    out.push({
      code: 'several_places',
      message: `the sentence also names '${division}', which the gazetteer lacks; the event may have happened there, not at ${c.name}`,
    });
  }
  const listed = listLacked(text, matches, event);
  if (listed && c) {
    const names = listed.map((n) => `'${n}'`).join(', ');
    out.push({
      code: 'several_places',
      message: `the sentence lists ${c.name} with places the gazetteer lacks (${names}); the event may have happened at any of them`,
    });
  }
  return out;
}

/** Between a town and an unknown area after it: the rest of a facility's name ("Fish Harbour in the "). */
const FACILITY_IN = /^(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:in|at|near)\s+(?:the\s+)?$/;

/**
 * "the workers who lived near the Gwadar Fish Harbour in the Surbandar area": a facility named
 * after the town lies in an area the gazetteer lacks, which may lie outside the town's circle (a
 * thirteenth-try page, settled at Gwadar ±5 km, 11 km from Surbandar). Returns that area, or null.
 */
function facilityInUnknown(
  text: string,
  tokens: Token[],
  matches: Combined[],
  event: PlaceMention | null,
): string | null {
  if (!event?.resolved || !['town', 'point'].includes(event.resolved.precision)) return null;
  const after = unknownLoci(text, tokens, matches).find(
    (s) => s.start >= event.span.end && FACILITY_IN.test(text.slice(event.span.end, s.start)),
  );
  return after ? text.slice(after.start, after.end) : null;
}

/**
 * A town resolved in a province the article names nowhere, while it names other provinces of
 * that country outright (`otherProvinces`): a namesake the gazetteer lacks may be meant, unless
 * the text says which part of the country it lies in.
 */
export function provinceCheck(
  event: PlaceMention | null,
  resolved: Pick<Resolved, 'match' | 'compass'> | null,
  support: ProvinceSupport | undefined,
): Review[] {
  // The text itself puts it in a part of its country ("the southwestern city of"): settled.
  if (resolved?.compass) return [];
  const match = resolved?.match ?? null;
  const c = event?.resolved;
  if (!event || !c || !match || !support || !['town', 'point'].includes(c.precision)) return [];
  const record = match.records.find((r) => r.lat === c.lat && r.lon === c.lon);
  const named = record ? otherProvinces(support, record, match.key) : null;
  if (!named) return [];
  return [
    {
      code: 'ambiguous_place',
      message: `'${event.text}' resolves to ${c.name} in ${c.admin1 ?? c.country}, a province the article names nowhere else while it speaks of ${named.join(', ')}; it may be a namesake of a place there`,
    },
  ];
}
