// The words before one place name that change what it means: "near X", "close to the village of
// X", "(on) the outskirts of X", "the border area of X", "the tribal district of X", "in district
// X", "X district of Kandahar" (the province). Pure; called by `placeMatch` (placeQualifiers.ts),
// which reads the words after the name.
import type { PlaceRecord } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import type { Token } from './placeTokens.ts';
import { DISTRICT_WORDS, TRIBAL_UNITS, namedPlaceSkip, nearAt } from './placeWords.ts';

/** Words before "district X" that make it that district ("in district Ziarat"). */
const AFTER_OF = new Set(['in', 'of', 'at', 'the', 'from', 'near', 'across']);

/** The word before "district of X" that makes it a quarter of the city X: "police", "18th". */
const CITY_DISTRICT =
  /^(?:police|municipal|security|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$/;

/** Words before the name: "near X", "(on) the outskirts of X", "the border area of X", "province of X". */
export function readPrefix(
  tokens: Token[],
  first: number,
  m: RawMatch,
  floor: number,
  districts?: PlaceRecord[],
): void {
  // Words already read as part of the previous phrase ("the Mand area of Kech") are not a prefix.
  const w = (k: number) => (first - k >= floor ? tokens[first - k]?.lower : undefined);
  /** A compass adjective right before the name ("southern Ghazni"), skipped before "of". */
  const compass = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern$|^central$/.test(
    w(1) ?? '',
  )
    ? 1
    : 0;
  // "the capital of Afghanistan's northern Balkh province": a country's possessive between (read
  // as a place of its own, so below `floor`)
  const held = tokens[first - 1 - compass];
  const country = held?.possessive && held.cap ? 1 : 0;
  const past = (k: number) => (country ? tokens[first - k]?.lower : w(k));
  const startOf = (k: number) => {
    const s = first - k;
    return tokens[s - 1]?.lower === 'the'
      ? (tokens[s - 1] as Token).start
      : (tokens[s] as Token).start;
  };
  // "near the (border) town of X", "close to the village of X": the noun names X, "near" widens.
  const named = namedPlaceSkip(w);
  const [of, division, name] = [1, 2, 3].map((k) => tokens[first - k]);
  if (
    (of?.lower === 'of' || of?.lower === 'in') &&
    DISTRICT_WORDS.has(division?.lower ?? '') &&
    name?.cap &&
    m.records.some((r) => r.kind === 'province')
  ) {
    // "Spin Boldak district of Kandahar", "Maruf district in Kandahar": the province the named
    // district lies in, not its capital (94 km from Spin Boldak) nor a district called Kandahar.
    m.hint ??= 'province';
  } else if (named > 0 && nearAt(w, named + 1) > 0) {
    m.widening ??= 'near';
    m.start = (tokens[first - named - nearAt(w, named + 1)] as Token).start;
  } else if (
    past(1 + compass + country) === 'of' &&
    past(2 + compass + country) === 'capital' &&
    !(tokens[m.last] as Token).possessive
  ) {
    // "the capital of Nimroz province", "the provincial capital of Helmand", "the capital of
    // southern Ghazni province" (a forty-first-try page, held at the province): its capital town;
    // not "capital of Afghanistan's eastern province of Kunar" (a ninety-fifth-try page: Kabul)
    m.capital = true;
    m.start = startOf((past(3 + compass + country) === 'provincial' ? 3 : 2) + compass + country);
  } else if (w(1) === 'near' || w(1) === 'nearby') {
    m.widening ??= 'near';
    m.start = (tokens[first - 1] as Token).start;
  } else if (w(1) === 'to' && w(2) === 'close') {
    m.widening ??= 'near';
    m.start = (tokens[first - 2] as Token).start;
  } else if (w(1) === 'from' && w(2) === 'far' && w(3) === 'not') {
    m.widening ??= 'near';
    m.start = (tokens[first - 3] as Token).start;
  } else if (
    (w(1) === 'in' || (w(1) === 'of' && w(3) !== 'the')) &&
    (w(2) === 'village' || w(2) === 'villages' || w(2) === 'hamlet')
  ) {
    // "a village in Chitral": somewhere around the town X, not X itself ("the village of
    // Shaghalak" names the village; "villages in Spera district" lie in the district's radius).
    if ((m.hint === undefined || m.hint === 'town') && m.records.some((r) => r.kind === 'town')) {
      m.widening ??= 'near';
    }
  } else if (w(1) === 'of' && (w(2) === 'outskirts' || w(2) === 'suburbs')) {
    // "Adezai, a village on the outskirts of Peshawar": a village, as "a village in X" (24 km)
    const village = ['village', 'villages', 'hamlet'].includes(w(5) ?? '') && w(4) === 'on';
    m.widening = village ? 'near' : 'outskirts';
    m.start = startOf(2);
  } else if (
    w(1) === 'of' &&
    (w(2) === 'area' || w(2) === 'areas' || w(2) === 'region') &&
    (w(3) === 'border' || w(3) === 'bordering' || w(3) === 'frontier')
  ) {
    m.widening = 'border-area';
    m.start = startOf(3);
  } else if (w(1) === 'of' && TRIBAL_UNITS.has(w(2) ?? '') && w(3) === 'tribal') {
    // "the former tribal area of Bajaur", "the tribal district of Kurram": the district itself
    m.hint = 'district';
    m.start = startOf(3);
    m.records = districts ?? m.records;
  } else if (w(1) === 'of' && (w(2) === 'vicinity' || w(2) === 'area' || w(2) === 'areas')) {
    m.widening ??= 'area';
    m.start = startOf(2);
  } else if (w(1) === 'area' && w(2) === 'general') {
    // "in general area Mir Ali": the military's press releases for the area around X
    m.widening ??= 'area';
    m.start = startOf(2);
  } else if (w(1) === 'of' && w(2) === 'district' && CITY_DISTRICT.test(w(3) ?? '')) {
    // "the 18th police district of Kabul city", "the ninth district of Kabul": a quarter of the
    // city, so the city itself, not a district named after it
    m.hint ??= 'town';
  } else if (w(1) === 'of' && (w(2) === 'district' || w(2) === 'county')) {
    m.hint = 'district';
    m.start = startOf(2);
  } else if (w(1) === 'district' && AFTER_OF.has(w(2) ?? '')) {
    // "in district Ziarat", "Sanjawi area of district Ziarat", "Janthali area of District Kohlu":
    // the South Asian order for "Ziarat district" (a regression from a real Nation report, where
    // it was proposed as the town; "District Kohlu", capitalised, had named no place).
    m.hint = 'district';
    m.start = startOf(1);
    m.records = districts ?? m.records;
  } else if (w(1) === 'of' && w(2) === 'province') {
    // "in Iran's northwestern province of Urmia": called a province like "Zabol province", so a
    // town alone of the name is no answer (a hundred-and-fifty-ninth-try page: Orūmīyeh, 38 km)
    m.hint ??= 'province';
    m.divisionWord ??= 'province';
  }
}
