// The bounds the map fits: around every incident point and arc start (or a large dataset's
// columns), with the padding that keeps markers and their labels in view. No map or DOM here.
import { columnBounds, type Dataset } from '../core/dataset.ts';
import type { IncidentFeature } from '../core/types.ts';

/**
 * Padding (CSS px) when the map fits the incidents: wider on the right, where a town label sits
 * next to its marker, and at the top, so every marker and its label stay fully in view. The bottom
 * is the widest: the map ends there at the time control, under the attribution line, and the towns
 * on the coast just south of the seed incidents (Chabahar, Gwadar, 2° south of Saravan) keep their
 * labels clear of that edge at 1280×800 and 1440×900 (about 40 px), where 40 px cut them off.
 */
export const FIT_PADDING = { top: 56, bottom: 112, left: 48, right: 104 } as const;

/**
 * `[[west, south], [east, north]]` around every incident point and every arc's start
 * (`origin_point`), so the first view shows whole arcs; null when there are none.
 */
export function incidentBounds(
  incidents: IncidentFeature[],
): [[number, number], [number, number]] | null {
  if (incidents.length === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const points = incidents.flatMap((f) => {
    const origin = f.properties.origin_point;
    return origin ? [f.geometry.coordinates, origin] : [f.geometry.coordinates];
  });
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The bounds the map fits a dataset to: every point and arc start of a small dataset, every point
 * of a large one (no features are decoded).
 */
export function datasetBounds(d: Dataset): [[number, number], [number, number]] | null {
  return d.large ? columnBounds(d.columns) : incidentBounds(d.features());
}
