// "150 kilometers southeast of Zahedan": a distance and a direction from a landmark put the event
// at a point, not anywhere on a circle round the landmark. An intercardinal direction (north-east,
// south-west …) is one of eight compass points, so the bearing lies within 22.5° of it; with the
// distance read as within a tenth of what is written, every such point lies within 0.42 × the
// distance of the point straight along the bearing. A cardinal direction ("north of") is often
// said for anything northward, so it gains little over the circle and is left to it. Pure.
import { destination } from '@turf/turf';
import { round4 } from '../geo-checks.ts';

/** The compass words as a pattern: "north", "south-east", "northwest" (lower case). */
export const COMPASS_WORDS = '(?:north|south|east|west|(?:north|south)-?(?:east|west))';

/** Bearings (degrees clockwise from north) of the intercardinal directions. */
const INTERCARDINAL: Record<string, number> = {
  northeast: 45,
  southeast: 135,
  southwest: 225,
  northwest: 315,
};
/** Share of the distance within which the event lies of the point along the bearing (see above). */
const SPREAD = 0.42;

/** The bearing of an intercardinal direction as written ("south-east", "southeast"), or null. */
export function intercardinalBearing(words: string): number | null {
  return INTERCARDINAL[words.toLowerCase().replace(/[-\s]/g, '')] ?? null;
}

/**
 * The point `km` along `bearing` from `from`, and the radius that holds the event there (its
 * share of the distance plus the landmark's own radius `own`).
 */
export function alongBearing(
  from: { lat: number; lon: number },
  km: number,
  bearing: number,
  own: number,
): { lat: number; lon: number; radius: number } {
  const [lon, lat] = destination([from.lon, from.lat], km, bearing, { units: 'kilometers' })
    .geometry.coordinates as [number, number];
  return { lat: round4(lat), lon: round4(lon), radius: Math.ceil(SPREAD * km + own) };
}
