// A province in the possessive before a place of its own: "Kandahar's border area of Spin
// Boldak", "Balochistan's Panjgur district". The possessive names the province the place lies
// in, not a second place: "Kandahar" was read as the city, 100 km from Spin Boldak, and the
// sentence sent to review with two places (a regression from a real Afghanistan Times page).
// An unknown name in a known place's possessive is inside it: "Kech district's Jalgai sector"
// falls back to the district; a building or street of a town is in the town ("Quetta's Civil
// Hospital", "Quetta's Zarghoon road", "Pishin's Bypass", "Quetta's Shahrah-e-Iqbal"); an
// office after the possessive is no place ("Quetta's Deputy Inspector-General said"). Pure.
import type { Combined } from './placeCombine.ts';
import { shareProvince } from './placeContains.ts';
import { kmBetween } from './distance.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import { CITY_POPULATION, namesDistrict } from './placeDistrictMeant.ts';
import type { RawMatch } from './placeMatch.ts';
import { isTitleWord } from './placePersons.ts';
import { gap, type Token } from './placeTokens.ts';
import { isSectorCode } from './placeSectors.ts';
import { BUILDING_WORDS, QUARTER_WORDS, STREET_WORDS, VILLAGE_WORDS } from './placeWords.ts';

const isTown = (r: PlaceRecord) => r.kind === 'town' && !r.road;
/** Urdu "highway, avenue" opening a road's name ("Shahrah-e-Iqbal", "Shahra-e-Faisal"). */
const SHAHRAH = new Set(['shahrah', 'shahra', 'shahrahe', 'shahrae']);

/** True when `a` names a district too and the article calls it so ("Khuzdar district"). */
function districtSpoken(text: string, a: RawMatch, index: PlaceIndex): boolean {
  return (
    index.districts.has(a.key) && namesDistrict(text, text.slice(a.start, a.end), false) !== null
  );
}

/**
 * Words that may describe a quarter between a town's possessive and the quarter's name:
 * "Karachi’s densely populated Quaidabad area" (a two-hundred-and-forty-fourth-try page had the
 * blasts proposed at Karachi's centre, 20 km off, as if the town were all the text gave).
 */
const DESCRIBING = new Set([
  'densely', 'thickly', 'heavily', 'populated', 'busy', 'bustling', 'crowded', 'congested',
  'restive', 'troubled', 'volatile', 'remote', 'main', 'old', 'new', 'commercial', 'residential',
  'posh', 'upscale', 'poor', 'impoverished', 'sprawling', 'central', 'northern', 'southern',
  'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'industrial', 'suburban', 'outlying', 'historic', 'famous',
]); // prettier-ignore
/** Nothing, or up to three describing words, from token `from` to token `to`. */
function describedOnly(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  return tokens.slice(from, to).every((t) => !t.cap && DESCRIBING.has(t.lower));
}

/**
 * `a` in the possessive right before `b`, an unknown name ("Kech district's Jalgai sector"): `a`
 * standing for both, with the unknown name as its `fallbackFrom` unless `b` is a building or a
 * street of the town `a` (placed at the town within its radius, a seventy-sixth-try page's
 * "Quetta's Zarghoon road"); null when they are no such pair or `b` opens with a title ("Quetta's
 * Deputy Inspector-General": a seventy-eighth-try page had held the blast for an unknown place
 * "Deputy Inspector-General").
 */
export function possessiveInside(
  text: string,
  tokens: Token[],
  a: RawMatch,
  b: RawMatch | undefined,
  index: PlaceIndex,
): Combined | null {
  if (a.type !== 'place' || a.records.length === 0 || b?.type !== 'unknown') return null;
  if (!(tokens[a.next - 1] as Token).possessive || !describedOnly(tokens, a.next, b.first))
    return null;
  const first = tokens[b.first] as Token;
  if (isTitleWord(first.lower)) return null;
  // "Khuzdar's Naal Bazaar" where the article speaks of "Khuzdar district": the district's, not
  // a market of the town (a ninety-second-try page; Nal lies 70 km from the town)
  const town = a.records.every(isTown) && !districtSpoken(text, a, index);
  const next = tokens[b.next]?.lower ?? '';
  const streetAfter = STREET_WORDS.has(next) && town;
  let v = VILLAGE_WORDS.has(next) || streetAfter ? b.next + 1 : b.next;
  const shahrah = SHAHRAH.has(first.lower) && town;
  // "Shahrah-e-Iqbal": the hyphenated words after it belong to the road's name
  while (
    shahrah &&
    v < tokens.length &&
    /^[-‐‑–]$/u.test(gap(text, tokens[v - 1] as Token, tokens[v] as Token))
  )
    v++;
  const street = streetAfter || shahrah || (STREET_WORDS.has(tokens[b.last]?.lower ?? '') && town);
  const sector = isSectorCode(text, b.start, b.end);
  // "Turbat's Satellite Town area": a quarter of the town (a hundred-and-sixty-second-try page)
  const quarter = QUARTER_WORDS.has(tokens[b.last]?.lower ?? '') && town;
  const building =
    (BUILDING_WORDS.has(tokens[b.last]?.lower ?? '') && town) || street || sector || quarter;
  const end = (tokens[v - 1] as Token).end;
  // "Rawalpindi's Pir Wadhai bus station": an unknown quarter of a city lies in it, at the reach
  // of an area of the city (a hundred-and-sixty-seventh-try page had been held within 50 km)
  const city = town && a.records.some((r) => (r.population ?? 0) >= CITY_POPULATION);
  if (!building && city && v === b.next) return { ...a, end, next: v, widening: 'area' };
  return {
    ...a,
    end,
    next: v,
    ...(building ? {} : { fallbackFrom: text.slice(b.start, end) }),
  };
}

/** The province a possessive name stands for: a province record, or a town's province namesake. */
function provinceOf(m: Combined, index: PlaceIndex): PlaceRecord | undefined {
  return m.records.find((r) => r.kind === 'province') ?? index.provinces.get(m.key);
}

/** True when `r`, a place finer than a province, lies in `province` by the gazetteer's names. */
function inProvince(r: PlaceRecord, province: PlaceRecord): boolean {
  const finer = r.kind !== 'province' && r.kind !== 'country';
  return finer && r.country === province.country && shareProvince(r, province);
}

/**
 * Y of "X's Y" when X is a town in the possessive right before Y and Y lies within its reach, or
 * within the reach of the district named after it ("Dera Ismail Khan's Kulachi area": a
 * hundred-and-forty-fifth-try page had been held at Dera Ismail Khan, 43 km from Kulachi); the
 * reaches add up, as for the town ("Dera Ismail Khan’s Daraban area", 53 km from the district's
 * seat, drawn at 50: a two-hundred-and-sixtieth-try page was held at the city).
 */
function cityQuarter(
  tokens: Token[],
  a: Combined,
  b: Combined | undefined,
  index: PlaceIndex,
): Combined | null {
  if (a.type !== 'place' || b?.type !== 'place' || a.road || a.next !== b.first) return null;
  if (!(tokens[a.last] as Token).possessive || !a.records.every(isTown)) return null;
  const districts = (index.districts.get(a.key) ?? []).filter((d) =>
    a.records.some((t) => t.country === d.country && kmBetween(t, d) <= t.uncertainty_km),
  );
  const inside = b.records.filter(
    (r) =>
      r.kind !== 'province' &&
      r.kind !== 'country' &&
      (a.records.some((t) => kmBetween(t, r) <= t.uncertainty_km + r.uncertainty_km) ||
        districts.some((d) => kmBetween(d, r) <= d.uncertainty_km + r.uncertainty_km)),
  );
  return inside.length > 0 ? { ...b, records: inside } : null;
}

/**
 * Folds "X's Y" into Y when X, in the possessive right before Y, is a
 * province (or a town whose province namesake) holding Y, or a town whose reach holds Y (a city's
 * quarter); Y's namesakes elsewhere are dropped.
 */
export function foldPossessiveProvinces(
  text: string,
  tokens: Token[],
  matches: Combined[],
  index: PlaceIndex,
): Combined[] {
  const out: Combined[] = [];
  for (let n = 0; n < matches.length; n++) {
    const a = matches[n] as Combined;
    const b = matches[n + 1];
    const province =
      a.type === 'place' && (tokens[a.last] as Token).possessive && !a.road
        ? provinceOf(a, index)
        : undefined;
    if (province && b?.type === 'place' && /^(?:['’]s?)?\s*$/u.test(text.slice(a.end, b.start))) {
      const inside = b.records.filter((r) => inProvince(r, province));
      if (inside.length > 0) {
        out.push({ ...b, records: inside });
        n++;
        continue;
      }
    }
    // "Karachi's Nazimabad locality": a quarter the gazetteer knows, within the city's reach
    const quarter = cityQuarter(tokens, a, b, index);
    if (quarter) {
      out.push(quarter);
      n++;
      continue;
    }
    out.push(a);
  }
  return out;
}
