// "a blast in Balochistan's Barkhan on Sunday … Barkhan District Health Officer …": a bare name
// that is both a town and the district it is the seat of, in an article that speaks of that
// district, may mean either. Read as the town within 5 km, it was a confident wrong answer when
// the incident lay elsewhere in the district ("clashes … in Chitral", posts 64 km from the town,
// "in the Chitral district" a few lines on: a twenty-third-try page). The place becomes the
// district: answered within its published size when that is small enough, else held as coarse
// (reviews.ts). Pure.
import { escapeRegExp } from '../regexp.ts';
import { FALLBACK_KM, toCandidate, type PlaceIndex, type PlaceRecord } from './placeIndex.ts';
import type { Combined } from './placeCombine.ts';
import { CONFIDENT_DIVISION_KM } from './reviews.ts';
import type { PlaceCandidate, PlaceMention, Review } from './types.ts';
import { QUARTER_WORDS } from './placeWords.ts';

/** A town this close (km, in degrees about 0.05) to a district's point is its seat. */
const SEAT_DEGREES = 0.05;

/**
 * "the (border) town of ", "the city of ": words naming the town before its name; "a crowded bus
 * terminal at Kohat": a facility only a town has (a hundred-and-eighteenth-try page's Kohat
 * bombing had been held as anywhere in Kohat district, for "Kohat district police chief").
 */
const TOWN_OF =
  /\b(?:(?:town|city|bazaar|market)\s+of|bus\s+(?:terminal|stand|station|adda)\s+(?:at|in)|railway\s+station\s+(?:at|in)|airport\s+(?:at|in))\s+$/i;
/**
 * A building or quarter of the town named with it ("the Loralai Police Lines", "Police Lines
 * Loralai").
 */
const TOWN_PLACE =
  '(?:Police\\s+(?:Lines|Station|Headquarters)|Press\\s+Club|(?:Civil|District(?:\\s+Headquarters)?)\\s+Hospital|Cantonment|Cantt|Bazaa?r|Jail|Prison|Airport|city|town)';
const TOWN_PLACE_AFTER = new RegExp(`^\\s+${TOWN_PLACE}\\b`);
const TOWN_PLACE_BEFORE = new RegExp(`\\b${TOWN_PLACE}\\s+$`);

/**
 * Where `text` speaks of the district `name` ("Barkhan District", "district Barkhan"), or, with
 * `parts`, of a named area or tehsil in it ("Mashkay area of Awaran": a forty-second-try convoy
 * blast "in Awaran" had been proposed at the town, 86 km from Mashkay), or null.
 */
export function namesDistrict(text: string, name: string, parts = true): string | null {
  const n = escapeRegExp(name);
  // "the Sibi District Hospital" is a building of the seat, where the victims of any place go
  const re = new RegExp(
    `\\b${n}\\s+district\\b(?!\\s+(?:headquarters?\\s+)?hospital)|\\bdistrict\\s+(?:of\\s+)?${n}\\b`,
    'i',
  );
  // "Satellite Town area of Turbat": a quarter of the town (`QUARTER_WORDS`), not of the district
  const part = new RegExp(
    `\\b(?!(?:${QUARTER_NAMES})\\b)\\p{Lu}[\\p{L}'’-]+\\s+(?:area|tehsil|valley)\\s+of\\s+${n}\\b`,
    'u',
  );
  return re.exec(text)?.[0] ?? (parts ? part.exec(text)?.[0] : undefined) ?? null;
}

/** Quarter words as they end a quarter's name ("Town|Colony|…"). */
const QUARTER_NAMES = [...QUARTER_WORDS].map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|');

/** A seat this populous is a city whose named areas are its own quarters ("Matni area of Peshawar"). */
export const CITY_POPULATION = 100_000;

/**
 * The district `event` (matched as `match`) stands for, when it is a bare town name whose
 * district has the town as its seat and the article `text` names that district; else null.
 */
export function districtMeant(
  text: string,
  event: PlaceMention | null,
  match: Combined | null,
  index: PlaceIndex,
): PlaceMention | null {
  const town = event?.resolved;
  if (!event || !town || !match || event.role !== 'place' || event.carried) return null;
  if (town.precision !== 'town' || match.hint || match.widening || match.road) return null;
  // "the border town of Spin Boldak", "Police Lines Loralai": the text says it is the town
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  if (TOWN_OF.test(before) || TOWN_PLACE_BEFORE.test(before)) return null;
  // "the Loralai Police Lines": a building of the town (a twenty-eighth-try page)
  if (TOWN_PLACE_AFTER.test(text.slice(match.end, match.end + 40))) return null;
  const district = (index.districts.get(match.key) ?? []).find(
    (d: PlaceRecord) =>
      d.country === town.country &&
      Math.abs(d.lat - town.lat) < SEAT_DEGREES &&
      Math.abs(d.lon - town.lon) < SEAT_DEGREES &&
      d.uncertainty_km > town.uncertainty_km,
  );
  // a city's named areas are mostly its quarters ("the Matni area of Peshawar"): not the district
  const small = match.records.every((r) => (r.population ?? 0) < CITY_POPULATION);
  const said = namesDistrict(text, match.name, small);
  if (!said) return null;
  // a district the gazetteer does not hold: its seat, at a county's radius, of unknown size
  if (!district && index.districts.has(match.key)) return null;
  const resolved: PlaceCandidate = district
    ? toCandidate(district)
    : {
        ...town,
        precision: 'county',
        uncertainty_km: Math.max(town.uncertainty_km, FALLBACK_KM),
        division_size_unknown: true,
      };
  const settled = resolved.whole_division && resolved.uncertainty_km <= CONFIDENT_DIVISION_KM;
  const review: Review = {
    code: 'coarse_place',
    message: `'${match.name}' is a town and the district it is the seat of, and the article speaks of the district ("${said}"): the event may lie anywhere in it, ${resolved.division_size_unknown ? 'whose size is not known offline' : `within about ${Math.round(resolved.uncertainty_km)} km`}`,
  };
  return { ...event, resolved, reviews: settled ? event.reviews : [...event.reviews, review] };
}
