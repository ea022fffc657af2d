// `border` precision in the pipeline: a record with `border_with` lies somewhere on the shared
// border of its `country` and that neighbour, drawn as the whole stretch (`border_line`); and the
// arc of a cross-border action whose text names no launch site starts where it crosses that
// border (the point of the shared border nearest the incident), never at a capital or centroid.
import { lineString, nearestPointOnLine, point } from '@turf/turf';
import type { SharedBorder } from './build-boundaries.ts';
import { borderLineSummary } from './build-extract-gazetteer.ts';
import type { PlaceMatch } from '../src/core/gazetteer.ts';
import { round4 } from '../src/core/geo-checks.ts';

/** Where a border-level incident sits and how far along the line it may lie. */
export interface BorderPlacement {
  line: SharedBorder;
  /** A point halfway along the line. */
  lonLat: [number, number];
  /** Half the line's length: the incident may lie anywhere along it. */
  uncertainty_km: number;
}

/** The shared border of two countries, or undefined when none is drawn. */
export function sharedBorder(
  lines: SharedBorder[],
  a: string,
  b: string,
): SharedBorder | undefined {
  const id = [a, b].sort().join('-');
  return lines.find((l) => l.id === id);
}

/**
 * Places a `border_with` record on its shared border; a problem (no such border, a place that is
 * neither of the two countries) is returned as a message and a fix.
 */
export function placeOnBorder(
  country: string,
  neighbour: string,
  match: PlaceMatch,
  lines: SharedBorder[],
): BorderPlacement | { message: string; fix: string } {
  const line = sharedBorder(lines, country, neighbour);
  if (!line) {
    return {
      message: `${country} and ${neighbour} share no border drawn on the map`,
      fix: `use a neighbour with a drawn border (${lines.map((l) => l.id).join(', ')})`,
    };
  }
  if (match.entry.kind !== 'country' || !line.countries.includes(match.entry.country)) {
    return {
      message: `a border-level place must be one of the two countries as the text names it, not "${match.entry.name}"`,
      fix: `write the country the text names (e.g. "${match.entry.country === country ? neighbour : country}"), or drop \`border_with\``,
    };
  }
  const s = borderLineSummary(line);
  return { line, lonLat: [s.lon, s.lat], uncertainty_km: Math.round(s.length_km / 2) };
}

/** The point of the shared border of `origin` and `target` nearest `to`, or null. */
export function crossingPointToward(
  lines: SharedBorder[],
  origin: string,
  target: string,
  to: [number, number],
): [number, number] | null {
  const line = sharedBorder(lines, origin, target);
  if (!line) return null;
  let best: { at: number[]; km: number } | null = null;
  for (const c of line.geometry.coordinates) {
    if (c.length < 2) continue;
    const n = nearestPointOnLine(lineString(c), point(to), { units: 'kilometers' });
    const km = n.properties.dist ?? Infinity;
    if (!best || km < best.km) best = { at: n.geometry.coordinates, km };
  }
  return best ? [round4(best.at[0] as number), round4(best.at[1] as number)] : null;
}
