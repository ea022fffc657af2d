// A known name that is only part of a longer name: "near Pehro Kunri" (Kunri is a town in Sindh,
// Pehro Kunri a village elsewhere), "Bar Qambar Khel" (a clan's village, not the town Qambar),
// "the Gomal Zam dam" (a dam in South Waziristan, not the Afghan town also called Gomal).
// The longer name is then unknown here, never the namesake town; and the run of capitalised words
// that names nothing known (`unknownRun`). Pure.
import { normalizePlaceName } from '../gazetteer.ts';
import type { RawMatch } from './placeMatch.ts';
import { gap, joins, type Token } from './placeTokens.ts';
import { haversineKm } from './distance.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import {
  CLAN_SUFFIXES,
  DISTRICT_WORDS,
  FEATURE_WORDS,
  POST_NOUNS,
  POST_QUALIFIERS,
  STATION_QUALIFIERS,
} from './placeWords.ts';

/** Words before a town's name that refine it rather than make a new name ("North", "Upper"). */
const REFINERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'upper', 'lower', 'greater', 'new', 'old', 'downtown',
]); // prettier-ignore

/**
 * True when town `m` is the last word of a longer name the gazetteer does not know: one unknown
 * capitalised word right before it, itself after a lower-case word ("near Pehro Kunri", "in Mir
 * Hasan"). The town is then a namesake of part of the name, not the place meant.
 */
export function partOfLongerName(
  text: string,
  tokens: Token[],
  prev: RawMatch,
  m: RawMatch,
): boolean {
  if (prev.type !== 'unknown' || prev.first !== prev.last || prev.next !== m.first) return false;
  const word = tokens[prev.first] as Token;
  const before = tokens[prev.first - 1];
  // "in District Kohlu", "of Tehsil Gazg": the division word before the name, not a longer name
  if (!before || before.cap || word.upper || word.possessive || REFINERS.has(word.lower)) {
    return false;
  }
  if (DISTRICT_WORDS.has(word.lower)) return false;
  return (
    gap(text, word, tokens[m.first] as Token) === ' ' && m.records.every((r) => r.kind === 'town')
  );
}

/** A town this populous bearing a name as its own is the name's reading, whatever follows it. */
const NOTED_TOWN = 10_000;

/**
 * True when place `prev` is the first word of a longer name the gazetteer does not know: a name
 * GeoNames gives as another place's alternate (and no noted town's own), right before one
 * unknown capitalised word that ends the name ("Shal Talu": "Shal" is a former name of Quetta,
 * 721 km from Shal Talu in Upper Dir, a thirty-first-try page). A noted town's own name before a
 * word ("Kandahar Airfield") stays the place.
 */
export function alternateHead(
  text: string,
  tokens: Token[],
  prev: RawMatch,
  word: number,
  index: PlaceIndex,
): boolean {
  if (prev.type !== 'place' || prev.first !== prev.last || prev.next !== word) return false;
  if (prev.hint || prev.widening || prev.typo) return false;
  const t = tokens[word] as Token;
  const after = tokens[word + 1];
  if (t.upper || (after?.cap && !/[,;:.()]/.test(gap(text, t, after)))) return false;
  if (gap(text, tokens[prev.last] as Token, t) !== ' ') return false;
  const alternates = index.alternateOnly.get(prev.key);
  // some place bears the name only as another name, and none that bears it as its own is a town
  // of note ("Shal": a former name of Quetta, and a village of Qazvin)
  return (
    prev.records.some((r) => alternates?.has(r)) &&
    prev.records.every((r) => alternates?.has(r) || (r.population ?? 0) < NOTED_TOWN)
  );
}

/** Capitalised words from `i` that name nothing known (an unknown village, a person). */
export function unknownRun(text: string, tokens: Token[], i: number, index: PlaceIndex): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1] as Token;
    const known = index.byName.has(next.lower) || index.organisations.has(next.lower);
    if (!next.cap || known || (tokens[j] as Token).possessive) break;
    if (!joins(gap(text, tokens[j] as Token, next))) break;
    j++;
  }
  return j;
}

/** A name the gazetteer does not know, tokens `first`..`last`. */
export function unknownMatch(text: string, tokens: Token[], first: number, last: number): RawMatch {
  const [start, end] = [(tokens[first] as Token).start, (tokens[last] as Token).end];
  const name = text.slice(start, end);
  const key = normalizePlaceName(name);
  return { type: 'unknown', start, end, first, last, key, name, records: [], next: last + 1 };
}

/** The clan word's token when the name ending at `last` is followed by one ("Qambar Khel"). */
export function clanVillage(text: string, tokens: Token[], last: number): number | null {
  const next = tokens[last + 1];
  if (!next?.cap || !CLAN_SUFFIXES.has(next.lower)) return null;
  return gap(text, tokens[last] as Token, next) === ' ' ? last + 1 : null;
}

/** Words for a locality that another place named right after holds ("area of Bajaur"). */
const LOCALITY = new Set([
  'area',
  'village',
  'locality',
  'neighbourhood',
  'neighborhood',
  'mohalla',
]);

/** True when tokens from `at` say "police station" or "thana" (a station's name ends before). */
function stationAt(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  return word === 'thana' || (word === 'police' && tokens[at + 1]?.lower === 'station');
}

/** True when token `at` is a locality word followed by "of" or "in" and a capitalised word. */
function localityIn(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  const of = tokens[at + 1];
  return (
    !!word &&
    !word.cap &&
    LOCALITY.has(word.lower) &&
    (of?.lower === 'of' || of?.lower === 'in') &&
    !!tokens[at + 2]?.cap
  );
}

/**
 * The last token of a feature's name that goes on past the known name ending at `last`: "the
 * Gomal Zam dam", one unknown capitalised word, then a feature word ("dam", "river", "valley")
 * or "police station" ("Lal Qila police station"); or a locality whose holder is named right after ("in Tangi Garigal area of Bajaur": not the
 * town Tangi in Charsadda, 64 km off, a regression from a real Express Tribune report).
 */
export function namedFeature(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  last: number,
): number | null {
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (!next?.cap || !after) return null;
  // "Khas Kunar district": a district named with two words, the second a province's name and
  // the first a town's elsewhere (Khash in Nimruz, 848 km off, a regression from a real report)
  const district =
    DISTRICT_WORDS.has(after.lower) &&
    !index.districts.has(next.lower) &&
    !index.districts.has(`${next.lower} ${after.lower}`);
  // "the Khar Kamar Checkpost": a post named with two words, not the town Khar (Bajaur, 248 km
  // off, a regression from a real Nation report); "Torkham Border Post" stays Torkham's post
  const post = POST_NOUNS.has(after.lower) && !POST_QUALIFIERS.has(next.lower);
  // "the Lal Qila police station": a station named with two words, not the town La‘l in
  // Afghanistan (510 km off, a fifty-second-try page); "Bannu City police station" stays Bannu
  const station = stationAt(tokens, last + 2) && !STATION_QUALIFIERS.has(next.lower);
  if (
    !FEATURE_WORDS.has(after.lower) &&
    !localityIn(tokens, last + 2) &&
    !district &&
    !post &&
    !station
  ) {
    return longerLocality(text, tokens, index, last);
  }
  if (!district && (index.byName.has(next.lower) || index.districts.has(next.lower))) return null;
  const spaced = gap(text, tokens[last] as Token, next) === ' ' && gap(text, next, after) === ' ';
  if (!spaced) return null;
  // a capitalised post word is part of the name ("Checkpost" of "Khar Kamar Checkpost")
  return post && after.cap ? last + 2 : last + 1;
}

/**
 * The last token of a locality named with two or three more unknown words after the known one,
 * its holder named right after ("in Tangi Gari Kal area of Bajaur Agency": not the town Tangi in
 * Charsadda, 59 km off, a twenty-sixth-try page); null otherwise.
 */
function longerLocality(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  last: number,
): number | null {
  for (let k = 2; k <= 3; k++) {
    const words = tokens.slice(last + 1, last + 1 + k);
    if (words.length < k) return null;
    const unknown = (t: Token) =>
      t.cap && !index.byName.has(t.lower) && !index.districts.has(t.lower);
    if (!words.every(unknown)) return null;
    const spaced = [tokens[last] as Token, ...words].every(
      (t, n, all) => n === 0 || gap(text, all[n - 1] as Token, t) === ' ',
    );
    if (!spaced) return null;
    if (localityIn(tokens, last + 1 + k)) return last + k;
  }
  return null;
}

/**
 * The unknown phrase of a clan's village ending at token `clan`, from `i` or from the unknown
 * word right before it (`prev`, "Bar" of "Bar Qambar Khel"); `first < i` says `prev` is taken in.
 */
export function clanRun(
  text: string,
  tokens: Token[],
  i: number,
  clan: number,
  prev: RawMatch | undefined,
): RawMatch {
  const t = tokens[i] as Token;
  const withPrev =
    prev?.type === 'unknown' && prev.next === i && gap(text, tokens[i - 1] as Token, t) === ' ';
  const start = withPrev ? prev.start : t.start;
  const end = (tokens[clan] as Token).end;
  const name = text.slice(start, end);
  return {
    type: 'unknown',
    start,
    end,
    first: withPrev ? prev.first : i,
    last: clan,
    key: normalizePlaceName(name),
    name,
    records: [],
    next: clan + 1,
  };
}

/** Nouns of buildings and markets named after something else than the town they stand in. */
const BUILDINGS = new Set([
  'market', 'bazaar', 'bazar', 'mosque', 'shrine', 'hospital', 'school', 'madrassa', 'madrasa',
  'hotel', 'stadium', 'ground', 'park', 'square', 'chowk', 'imambargah', 'church', 'temple',
]); // prettier-ignore

/** The places (towns, provinces, districts) named by the words `run`, or none. */
export function recordsOfRun(index: PlaceIndex, run: Token[]): PlaceRecord[] {
  const key = run.map((t) => t.lower).join(' ');
  return index.byName.get(key) ?? index.districts.get(key) ?? [];
}

/** The records of the capitalised name of up to three words from token `at`, longest first. */
function recordsAt(tokens: Token[], index: PlaceIndex, at: number): PlaceRecord[] {
  for (let k = 3; k >= 1; k--) {
    const run = tokens.slice(at, at + k);
    if (run.length < k || !run.every((t) => t.cap)) continue;
    const found = recordsOfRun(index, run);
    if (found.length > 0) return found;
  }
  return [];
}

/** A building's name lies this far from the place it stands in at most, else it is a namesake. */
const BUILDING_NAMESAKE_KM = 50;

/**
 * True when the name ending at `last` (records `records`) names a building or market that stands
 * in another known place named right after, far from every place that name may be: "the Eidgah
 * used-clothes market in Parachinar" (up to three more words, the building noun, "in" or "of",
 * the place). Eidgah had been resolved to Eidghah in Gilgit-Baltistan, 464 km from Parachinar (a
 * regression from a real AFP report); "the Khanozai bazaar of Pishin district" stays Khanozai.
 */
export function buildingIn(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  last: number,
  records: PlaceRecord[],
): boolean {
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!/^[\s-]+$/.test(gap(text, tokens[j - 1] as Token, t))) return false;
    if (!BUILDINGS.has(t.lower)) continue;
    const of = tokens[j + 1];
    if (of?.lower !== 'in' && of?.lower !== 'of') return false;
    const holder = recordsAt(tokens, index, j + 2);
    return (
      holder.length > 0 &&
      records.every((r) =>
        holder.every((h) => haversineKm(r.lat, r.lon, h.lat, h.lon) > BUILDING_NAMESAKE_KM),
      )
    );
  }
  return false;
}
