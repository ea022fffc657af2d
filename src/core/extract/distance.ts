// Distances the extractor compares: kilometres on the sphere between two points, and days
// between two date intervals.
import { isoToDay } from '../days.ts';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points given as latitude and longitude (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres between two points (records, candidates): `haversineKm` on their lat/lon. */
export function kmBetween(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/**
 * Days between two date intervals `[date, date_end ?? date]` (ISO): 0 when they overlap, else
 * the gap between the nearer ends.
 */
export function daysApart(
  a: { date: string; date_end?: string | null | undefined },
  b: { date: string; date_end?: string | null | undefined },
): number {
  const a0 = isoToDay(a.date);
  const a1 = isoToDay(a.date_end ?? a.date);
  const b0 = isoToDay(b.date);
  const b1 = isoToDay(b.date_end ?? b.date);
  return Math.max(0, b0 - a1, a0 - b1);
}
