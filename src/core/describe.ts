// Plain-language descriptions of an incident's date, place and source for the panel and list.
// Every phrase states the precision, so an approximate date or a coarse place never reads as exact.
import type { Article, IncidentProperties, PlacePrecision } from './types.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of an ISO 3166-1 alpha-2 code ("IR" → "Iran"); the code itself if unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The date as shown: an ISO date, or `start – end` for a range. */
export function dateText(p: Pick<IncidentProperties, 'date' | 'date_end'>): string {
  return p.date_end && p.date_end !== p.date ? `${p.date} – ${p.date_end}` : p.date;
}

/** How exact the date is, in words. */
export function datePrecisionText(p: Pick<IncidentProperties, 'date_precision'>): string {
  switch (p.date_precision) {
    case 'day':
      return 'exact day';
    case 'approximate':
      return 'approximate day';
    case 'range':
      return 'somewhere in this range';
    case 'month':
      return 'month only';
    case 'year':
      return 'year only';
  }
}

const PLACE_WORDS: Record<PlacePrecision, string> = {
  point: 'exact point',
  town: 'town level',
  county: 'county level',
  province: 'province level',
  country: 'country level',
  border: 'on the border',
};

/** How exact the place is, in words, with the uncertainty radius when there is one. */
export function placePrecisionText(
  p: Pick<IncidentProperties, 'place_precision' | 'uncertainty_km' | 'area' | 'border_line'>,
): string {
  const words = PLACE_WORDS[p.place_precision] ?? p.place_precision;
  if (p.border_line) return `${words}: anywhere along the highlighted stretch of border`;
  if (p.area) return `${words}: anywhere in the outlined area`;
  if (p.uncertainty_km && p.uncertainty_km > 0)
    return `${words}, within about ${p.uncertainty_km} km`;
  return words;
}

/** Province and country ("Sistan and Baluchestan, Iran"). */
export function regionText(p: Pick<IncidentProperties, 'admin1' | 'country'>): string {
  const country = countryName(p.country);
  return p.admin1 ? `${p.admin1}, ${country}` : country;
}

/**
 * Beyond this many km the distance to the Iran–Pakistan border says nothing about the place (a
 * Kabul or Torkham incident lies 700–1,000 km from it): the panel leaves it out, the data keeps it.
 */
export const BORDER_TEXT_MAX_KM = 250;

/** Distance to the Iran–Pakistan border in words, or null when not known or far from it. */
export function borderText(p: Pick<IncidentProperties, 'border_km'>): string | null {
  if (p.border_km === null || p.border_km === undefined) return null;
  if (p.border_km > BORDER_TEXT_MAX_KM) return null;
  return `${p.border_km} km from the Iran–Pakistan border`;
}

/** The acting and target country of a cross-border action ("from Tehran (Iran) into Pakistan"). */
export function crossBorderText(
  p: Pick<IncidentProperties, 'origin' | 'target' | 'origin_place'>,
): string | null {
  if (!p.origin) return null;
  const country = countryName(p.origin);
  const from =
    p.origin_place && p.origin_place !== country ? `${p.origin_place} (${country})` : country;
  return p.target ? `from ${from} into ${countryName(p.target)}` : `from ${from}`;
}

/**
 * Where an article comes from, for the header of the article view: its headline in quotes when
 * known, the outlet (or that the text names none) and the publication date.
 */
export function articleSourceText(a: Pick<Article, 'title' | 'outlet' | 'published'>): string {
  const outlet = a.outlet === 'unknown' ? 'outlet not named in the text' : a.outlet;
  const head = a.title
    ? `“${a.title}”, ${outlet}`
    : `${outlet[0]!.toUpperCase()}${outlet.slice(1)} (headline not recorded)`;
  return `${head}, published ${a.published}`;
}
