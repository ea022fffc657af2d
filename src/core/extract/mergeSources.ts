// Several sources for one incident: decides whether a proposal from another article reports an
// incident already on the map, so the app adds a source to it instead of a second marker. Same
// category, dates overlapping within their precision, places within their radii. When the
// facts are too coarse or missing to tell (a country, a month, no date), the answer is
// `possible` and a person decides; a wrong merge would hide an incident.
import type { Category, DatePrecision, PlacePrecision } from '../types.ts';
import { daysApart, haversineKm } from './distance.ts';

/** What the comparison needs of an incident or a proposal. */
export interface IncidentFacts {
  category: Category;
  date: string | null;
  date_end?: string | null | undefined;
  date_precision: DatePrecision | null;
  lat: number | null;
  lon: number | null;
  uncertainty_km: number | null;
  place_precision: PlacePrecision | null;
  /** ISO2 country of the place, when known: a country-level place matches any point in it. */
  country?: string | null | undefined;
}

/** Days an `approximate` date may be off either way (as the evaluation counts "3 days off"). */
export const APPROXIMATE_DAYS = 3;
/** Smallest radius a place is given, so two points of one town a kilometre apart still meet. */
export const MIN_RADIUS_KM = 5;

/** The verdict and the reason in words. */
export interface SameIncident {
  verdict: 'same' | 'possible' | 'different';
  reason: string;
}

function slack(p: DatePrecision | null): number {
  return p === 'approximate' ? APPROXIMATE_DAYS : 0;
}

/** True when the two dates overlap once each is widened by its precision. */
export function datesOverlap(a: IncidentFacts, b: IncidentFacts): boolean {
  if (!a.date || !b.date) return false;
  const gap = daysApart(
    { date: a.date, date_end: a.date_end ?? null },
    { date: b.date, date_end: b.date_end ?? null },
  );
  return gap <= slack(a.date_precision) + slack(b.date_precision);
}

/** Distance in km between the two places, or null when either has no point. */
export function distanceKm(a: IncidentFacts, b: IncidentFacts): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/**
 * True when the two places' circles (point and radius) overlap, or, when either is a whole
 * country (a circle is a poor outline of one), when both lie in that country.
 */
export function placesOverlap(a: IncidentFacts, b: IncidentFacts): boolean {
  if (
    (a.place_precision === 'country' || b.place_precision === 'country') &&
    a.country &&
    b.country
  ) {
    return a.country === b.country;
  }
  const d = distanceKm(a, b);
  if (d === null) return false;
  const r = (f: IncidentFacts) => Math.max(f.uncertainty_km ?? 0, MIN_RADIUS_KM);
  return d <= r(a) + r(b);
}

const COARSE_PLACE: (PlacePrecision | null)[] = ['country', null];
const COARSE_DATE: (DatePrecision | null)[] = ['month', 'year', null];

/** Whether `a` and `b` report the same incident. */
export function compareIncidents(a: IncidentFacts, b: IncidentFacts): SameIncident {
  if (a.category !== b.category) {
    return { verdict: 'different', reason: `different categories (${a.category}, ${b.category})` };
  }
  if (a.date && b.date && !datesOverlap(a, b)) {
    return { verdict: 'different', reason: 'the dates do not overlap within their precision' };
  }
  const d = distanceKm(a, b);
  if (d !== null && !placesOverlap(a, b)) {
    return { verdict: 'different', reason: `the places are ${Math.round(d)} km apart` };
  }
  if (!a.date || !b.date) return { verdict: 'possible', reason: 'one of them has no date' };
  if (d === null) return { verdict: 'possible', reason: 'one of them has no place' };
  if (COARSE_PLACE.includes(a.place_precision) || COARSE_PLACE.includes(b.place_precision)) {
    return { verdict: 'possible', reason: 'one of them is placed only at a country' };
  }
  if (COARSE_DATE.includes(a.date_precision) || COARSE_DATE.includes(b.date_precision)) {
    return { verdict: 'possible', reason: 'one of them is dated only to a month or a year' };
  }
  return { verdict: 'same', reason: 'same category, overlapping dates and places' };
}

/**
 * The incident among `existing` that `incoming` reports too: the first `same`, else the first
 * `possible` (for a person to confirm), else `different` with no id.
 */
export function findSameIncident<T extends IncidentFacts & { id: string }>(
  existing: readonly T[],
  incoming: IncidentFacts,
): SameIncident & { id: string | null } {
  let possible: (SameIncident & { id: string }) | null = null;
  for (const e of existing) {
    const c = compareIncidents(e, incoming);
    if (c.verdict === 'same') return { ...c, id: e.id };
    if (c.verdict === 'possible' && !possible) possible = { ...c, id: e.id };
  }
  return possible ?? { verdict: 'different', reason: 'no incident on the map matches', id: null };
}

/** One source of an incident: the article and the excerpt the incident rests on there. */
export interface IncidentSource {
  article: string;
  excerpt: string;
  excerpt_start: number;
  excerpt_end: number;
  outlet?: string;
}

/** `sources` with `source` added at the end, unless that article's excerpt is already there. */
export function addSource(
  sources: readonly IncidentSource[],
  source: IncidentSource,
): IncidentSource[] {
  const dup = sources.some(
    (s) => s.article === source.article && s.excerpt_start === source.excerpt_start,
  );
  return dup ? [...sources] : [...sources, source];
}
