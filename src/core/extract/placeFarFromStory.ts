// A town far from the story: "QUETTA: … gunmen attacked their check post in the Dasht area" was
// settled at Dasht in Iran's Golestan, 1,100 km from the border with Pakistan, the only other
// country the article speaks of (the Dasht meant, a tehsil of Balochistan, is not in GeoNames'
// towns). A place known in one country only, which the article names through nothing else, lying
// far from that country's border with every country the article does speak of, is more likely a
// namesake the gazetteer lacks: review. A capital or a town of 100,000 people is known well
// enough, and a country named only by an adjective ("Iranian police said") may be the actors'
// nationality, not where the story is. Pure.
import { kmFromBorder } from './placeBorderDistance.ts';
import type { PlaceIndex } from './placeIndex.ts';
import type { Combined } from './placeCombine.ts';
import { unsupported, type CountrySupport } from './placeSupport.ts';
import { normalizePlaceName } from '../gazetteer.ts';
import { haversineKm } from './distance.ts';
import type { PlaceCandidate, PlaceMention, Review } from './types.ts';

/** Beyond this distance (km) from the border with the story's countries, a town is doubted. */
export const FAR_FROM_STORY_KM = 250;
/**
 * The countries whose borders the product covers: a village far inland from all of them, named
 * in an article that names nothing else, is doubted too ("gunmen killed two labourers in Dasht"
 * had been settled at Dasht in North Khorasan, not the Dasht of Balochistan).
 */
const REGION = ['IR', 'PK', 'AF'];
/** Towns this populous are not mistaken for a namesake. */
const WELL_KNOWN = 100_000;

/** True when nothing in the article but `key` names a country (not even an adjective). */
function onlyEvidence(support: CountrySupport, country: string, key: string): boolean {
  const names = support.get(country);
  return support.size <= 1 && (!names || [...names].every((k) => k === key));
}

/** The review of a town far from every country the article speaks of, or none. */
export function farFromStory(
  index: PlaceIndex,
  event: PlaceMention | null,
  match: Combined | null,
  support: CountrySupport | undefined,
  filed?: string | null,
): Review[] {
  const c = event?.resolved;
  if (!event || !c || !match || !support || !['town', 'county', 'point'].includes(c.precision)) {
    return [];
  }
  if (new Set(match.records.map((r) => r.country)).size !== 1) return [];
  if (match.records.some((r) => r.capital || (r.population ?? 0) >= WELL_KNOWN)) return [];
  // (alone, only a place of unknown population: a village, not a town GeoNames counts)
  const alone =
    onlyEvidence(support, c.country, match.key) &&
    match.records.every((r) => r.population === null);
  if (!alone && !unsupported(support, c.country, match.key)) return [];
  // the countries a place name of the article lies in (not only an adjective); with none and no
  // other word for the place's own country, the region's other countries
  const others = alone
    ? REGION.filter((k) => k !== c.country && REGION.includes(c.country))
    : [...support.entries()]
        .filter(([k, keys]) => k !== c.country && [...keys].some((key) => !key.startsWith('adj:')))
        .map(([k]) => k);
  if (others.length === 0) return [];
  const kms = others.map((o) => kmFromBorder(index, c.country, c.lat, c.lon, o));
  if (kms.some((km) => km !== null && km <= FAR_FROM_STORY_KM)) {
    // a village GeoNames counts no people in, not a town
    const village = match.records.every((r) => r.population === null && r.kind === 'town');
    if (alone || !village) return [];
    return acrossTheBorder(index, event.text, c, others, support, filed);
  }
  const nearest = Math.min(...kms.map((km) => km ?? Infinity));
  const name = (code: string) => index.countries.get(code)?.name ?? code;
  const how = Number.isFinite(nearest)
    ? `${Math.round(nearest)} km from its border with `
    : 'far from ';
  return [
    {
      code: 'ambiguous_place',
      message: `'${event.text}' is only known as ${c.name} in ${name(c.country)}, ${how}${others.map(name).join(' and ')}, ${alone ? 'and the article names no other place or country' : "where the article's other places lie"}; it may be a namesake the gazetteer lacks`,
    },
  ];
}

/** Nearer than this (km) to the article's places across the border, a village is a neighbour. */
const NEIGHBOUR_KM = 100;

/**
 * The review of a village near the border whose country the article names through nothing
 * else, while every place it names across that border (finer than a country, the dateline's
 * city aside) lies more than 100 km away: "a rocket attack on a checkpost in Jani Khel area" in
 * a report on Bannu district was settled at Jānī Khēl in Paktika, 208 km off (the Jani Khel
 * meant, in Bannu, is not in GeoNames' towns: a twenty-ninth-try page). A village close to the
 * article's places across the border ("attacked posts in Mamond tehsil" from Kunar) is their
 * neighbour, not a namesake.
 */
function acrossTheBorder(
  index: PlaceIndex,
  written: string,
  c: PlaceCandidate,
  others: string[],
  support: CountrySupport,
  filed: string | null | undefined,
): Review[] {
  // the city a report was filed from ("QUETTA: Mortars fired from Pakistan landed in Saravan")
  // is no place of its story
  const dateline = new Set((filed ?? '').split('/').map(normalizePlaceName));
  const places = others.flatMap((o) =>
    [...(support.get(o) ?? [])]
      .filter((key) => !dateline.has(key))
      .flatMap((key) =>
        (index.byName.get(key) ?? []).filter((r) => r.country === o && r.kind !== 'country'),
      ),
  );
  if (places.length === 0) return [];
  const km = Math.min(...places.map((r) => haversineKm(c.lat, c.lon, r.lat, r.lon)));
  if (km <= NEIGHBOUR_KM) return [];
  const label = (code: string) => index.countries.get(code)?.name ?? code;
  return [
    {
      code: 'ambiguous_place',
      message: `'${written}' is only known as ${c.name} in ${label(c.country)}, a country the article names nowhere else, ${Math.round(km)} km from its places in ${others.map(label).join(' and ')}; it may be a namesake there that the gazetteer lacks`,
    },
  ];
}
