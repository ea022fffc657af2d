// An unknown place, or a misspelling read as a namesake outside the division the text puts it
// in, falling back to that division: "Kalag village, Saravan district", "Kalag village in
// Saravan", "around Mangochar in Balochistan's Kalat district", "in Surbandar, Gwadar". The
// review says it fell back and from which phrase. Pure.
import type { Combined } from './placeCombine.ts';
import { contains, noneNearby } from './placeContains.ts';
import type { PlaceRecord } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import { isSectorCode } from './placeSectors.ts';
import { QUARTER_WORDS, STREET_WORDS, VILLAGE_WORDS } from './placeWords.ts';
import type { Token } from './placeTokens.ts';

/**
 * An official's title, capitalised ("Assistant Commissioner of North Waziristan": a
 * two-hundred-and-seventy-ninth-try page had the title fall back to the district as a place).
 */
const TITLE_NOT_PLACE =
  /\b(?:Commissioner|Superintendent|Governor|Minister|Secretary|Director|Administrator|Inspector|Mayor|Commander|Officer|Spokes(?:man|person))$/u;

/** Between an unknown name and where it lies: ",", "in", "of", and a part ("of central Kurram"). */
const IN_DIVISION =
  /^\s*(?:,|(?:here\s+)?in|of|,\s*in)\s*(?:(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)\s+)?$/u;

/**
 * True when the unknown name `a`, then "area of" and the town `b`, is a quarter of `b` ("Satellite
 * Town area of Turbat") or an area of what the text calls a town or city ("Gormakan area of
 * Panjgur town"): `b` is no district (by hint or record), and `a` ends in a quarter word or `b`
 * in a town word.
 */
function inTown(text: string, tokens: Token[], a: RawMatch, b: RawMatch | undefined): boolean {
  if (b?.type !== 'place' || b.records.length === 0 || (b.hint && b.hint !== 'town')) return false;
  if (b.records.some((r) => r.kind !== 'town')) return false;
  // (the town's match may hold "area of" itself)
  const last = (tokens[a.last] as Token).end;
  if (!/^\s+area\s+of\s+(?:the\s+)?\S/i.test(text.slice(last, b.end))) return false;
  return QUARTER_WORDS.has(tokens[a.last]?.lower ?? '') || b.hint === 'town';
}

/** The match's first record when every record is of `kind` (a country, a province …), else null. */
export const only = (m: RawMatch | undefined, kind: PlaceRecord['kind']): PlaceRecord | null =>
  m?.type === 'place' && m.records.length > 0 && m.records.every((r) => r.kind === kind)
    ? (m.records[0] as PlaceRecord)
    : null;

/** A fallback to a division, and how many of the matches after `matches[n]` it takes in. */
export interface Fallback {
  match: Combined;
  consumed: number;
}

/**
 * The division that `matches[n]` falls back to, with the phrase it came from, or null when the
 * match stands as it is.
 */
export function divisionFallback(
  text: string,
  tokens: Token[],
  matches: RawMatch[],
  n: number,
): Fallback | null {
  const a = matches[n] as RawMatch;
  const b = matches[n + 1];
  const ca = only(a, 'country');
  const cb = only(b, 'country');
  const lower = (k: number) => tokens[k]?.lower;
  // "Kalag village, Saravan district", "Kalag village in Saravan", "Kalag, Kech district"; and
  // a misspelling read as a namesake outside the division the text puts it in ("Kalagan in
  // Sarawan county" is not Kalafgan in Takhar; "Barmal district of Paktika province" is not
  // Zurmat in Paktia): the name is unknown, the division stands.
  // "Barmal district of Afghanistan's Paktika province": the country's possessive sits between.
  const c = matches[n + 2];
  if (
    a.type === 'place' &&
    a.typo !== undefined &&
    cb &&
    b &&
    (tokens[b.last] as Token).possessive &&
    c?.type === 'place' &&
    c.first === b.next &&
    c.records.length === 1 &&
    (c.hint === 'province' || c.records[0]?.kind === 'province') &&
    (c.records[0] as PlaceRecord).country === cb.country &&
    !a.records.some((r) => contains(c.records[0] as PlaceRecord, r)) &&
    /^\s*(?:of|in|,)\s*$/u.test(text.slice(a.end, b.start))
  ) {
    return {
      match: { ...c, start: a.start, fallbackFrom: text.slice(a.start, a.end) },
      consumed: 2,
    };
  }
  // "around Mangochar in Balochistan's Kalat district": an unknown name in a district that a
  // province's or country's possessive introduces falls back to that district, as without it.
  if (
    a.type === 'unknown' &&
    b?.type === 'place' &&
    (only(b, 'province') || cb) &&
    (tokens[b.last] as Token).possessive &&
    c?.type === 'place' &&
    c.first === b.next &&
    c.records.length > 0 &&
    (c.hint === 'district' || c.records.every((r) => r.kind === 'district')) &&
    /^\s*(?:of|in|,|,\s*in)\s*$/u.test(text.slice(a.end, b.start))
  ) {
    return {
      match: { ...c, start: a.start, fallbackFrom: text.slice(a.start, a.end) },
      consumed: 2,
    };
  }
  const misread =
    a.type === 'place' &&
    a.typo !== undefined &&
    b?.type === 'place' &&
    b.records.length === 1 &&
    (b.hint === 'province' || b.records[0]?.kind === 'province') &&
    !a.records.some((r) => contains(b.records[0] as PlaceRecord, r));
  const misreadInDistrict =
    a.type === 'place' &&
    a.typo !== undefined &&
    b?.type === 'place' &&
    b.records.length > 0 &&
    (b.hint === 'district' || b.records.every((r) => r.kind === 'district')) &&
    !a.records.some((r) => b.records.some((d) => contains(d, r)));
  // "Aliabad area of Hangu": six Aliabads, none near Hangu; the area is one the gazetteer lacks
  const area = [a.next - 1, a.next].some((k) => VILLAGE_WORDS.has(lower(k) ?? ''));
  const namesakesAway = area && b?.type === 'place' && noneNearby(a, b.records);
  // "Saparay Targhao area in Barang tehsil in Bajaur tribal district": "Barang" read as Narang in
  // Afghanistan, outside Bajaur, is no division to fall back to; Bajaur is (a
  // hundred-and-fifty-first-try page had been held at Narang District, 42 km off)
  const divisionAfter =
    c?.type === 'place' &&
    c.records.length > 0 &&
    (c.hint === 'district' ||
      c.hint === 'province' ||
      c.records.every((r) => r.kind === 'district' || r.kind === 'province'));
  const misreadDivision =
    b?.type === 'place' &&
    b.typo !== undefined &&
    divisionAfter &&
    !b.records.some((r) => c.records.some((d) => contains(d, r)));
  // "in Satellite Town area of Turbat", "in Gormakan area of Panjgur town": a quarter of a town
  // ("… Town", "… Colony"), or an area of one the text calls a town or city, lies in that town,
  // at an area's reach; the whole phrase is the place's words (a hundred-and-fifty-sixth-try page
  // had put both at 50 km, as if anywhere in the district)
  if (a.type === 'unknown' && b?.type === 'place' && inTown(text, tokens, a, b)) {
    return { match: { ...b, start: a.start }, consumed: 1 };
  }
  // "Assistant Commissioner of North Waziristan": a title is no unknown place
  const notPlace = a.type === 'unknown' && TITLE_NOT_PLACE.test(text.slice(a.start, a.end));
  if (
    !misreadDivision &&
    !notPlace &&
    (a.type === 'unknown' || misread || misreadInDistrict || namesakesAway) &&
    b?.type === 'place' &&
    b.records.length > 0 &&
    !isSectorCode(text, a.start, a.end)
  ) {
    const v = VILLAGE_WORDS.has(lower(a.next) ?? '') ? a.next + 1 : a.next;
    const between = text.slice((tokens[v - 1] as Token).end, (tokens[b.first] as Token).start);
    const districtLike =
      b.hint === 'district' || b.records.every((r) => r.kind === 'district') || misread;
    const villageWord = v > a.next || VILLAGE_WORDS.has(lower(a.next - 1) ?? '');
    // "in Surbandar, Gwadar" (proposed at Gwadar, ±5 km, 25 km from Surbandar), "an area called
    // Kota Rash in Saghez": an unknown place in or near a town (tries 138 and 141)
    // "near Gharhi Yaseen in Shikarpur" (a two-hundred-and-twenty-sixth-try killing, proposed at
    // Shikarpur ±10 km, 14 km from Garhi Yasin)
    const nearTown =
      a.type === 'unknown' &&
      ![QUARTER_WORDS, STREET_WORDS].some((w) => w.has(lower(a.last) ?? '')) &&
      ((['in', 'at', 'near'].includes(lower(a.first - 1) ?? '') && /^\s*,\s*$/u.test(between)) ||
        (lower(a.first - 1) === 'near' && /^\s*in\s*$/u.test(between)) ||
        (['called', 'named'].includes(lower(a.first - 1) ?? '') &&
          VILLAGE_WORDS.has(lower(a.first - 2) ?? '')));
    if (
      // "Damadola village, in the Bajaur tribal region": "in the" only after a village word;
      // "Barang tehsil here in Bajaur district": a dateline's "here" may stand before "in"
      (IN_DIVISION.test(between) || (villageWord && /^\s*,?\s*in\s+the\s*$/u.test(between))) &&
      (districtLike || villageWord || nearTown) &&
      !ca &&
      !cb
    ) {
      const fallbackFrom = text.slice(a.start, (tokens[v - 1] as Token).end);
      const farNamesakes = namesakesAway ? a.records.length : undefined;
      return {
        match: { ...b, start: a.start, fallbackFrom, ...(farNamesakes ? { farNamesakes } : {}) },
        consumed: 1,
      };
    }
  }
  return null;
}
