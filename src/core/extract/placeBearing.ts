// "150 kilometers southeast of Zahedan": a distance and a direction from a landmark put the event
// at a point, not anywhere on a circle round the landmark. An intercardinal direction (north-east,
// south-west …) is one of eight compass points, so the bearing lies within 22.5° of it; with the
// distance read as within a tenth of what is written, every such point lies within 0.42 × the
// distance of the point straight along the bearing. A cardinal direction ("north of") is often
// said for anything northward, so its bearing is taken within 45° and the point within 0.81 × the
// distance: a wider radius, but still a point nearer the event than the landmark is (the
// seventy-sixth try: "a village 18 km north of … Mingora" had been drawn at Mingora, 20 km off).
// Pure.
import { destination } from '@turf/turf';
import { round4 } from '../geo-checks.ts';

/** The compass words as a pattern: "north", "south-east", "northwest" (lower case). */
export const COMPASS_WORDS = '(?:north|south|east|west|(?:north|south)-?(?:east|west))';

/** Bearings (degrees clockwise from north) of the compass directions. */
const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/**
 * A compass direction as written ("south-east", "southeast", "North"): its bearing, and the
 * share of the distance within which the event lies of the point along it (0.42 for the
 * intercardinal directions, 0.81 for the cardinal ones; see above). Null for other words.
 */
export function compassBearing(words: string): { bearing: number; spread: number } | null {
  const bearing = BEARINGS[words.toLowerCase().replace(/[-\s]/g, '')];
  if (bearing === undefined) return null;
  return { bearing, spread: bearing % 90 === 0 ? 0.81 : 0.42 };
}

/**
 * The point `km` along `compass.bearing` from `from`, and the radius that holds the event there
 * (`compass.spread` of the distance plus the landmark's own radius `own`).
 */
export function alongBearing(
  from: { lat: number; lon: number },
  km: number,
  compass: { bearing: number; spread: number },
  own: number,
): { lat: number; lon: number; radius: number } {
  const [lon, lat] = destination([from.lon, from.lat], km, compass.bearing, {
    units: 'kilometers',
  }).geometry.coordinates as [number, number];
  return { lat: round4(lat), lon: round4(lon), radius: Math.ceil(compass.spread * km + own) };
}
