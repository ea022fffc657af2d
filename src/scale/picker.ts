// Picking for the large-dataset layer: which drawn incident is under a screen point. A KDBush
// index over the positions is built on the first pick (keeps it out of the load time).
import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentColumns } from '../core/binaryLayout.ts';
import {
  mercatorX,
  mercatorY,
  SIZE_BY_PLACE,
  type DayWindow,
  type PointAttributes,
} from './pointsGl.ts';

/**
 * Picking: the sorted index of the window's incident drawn nearest to screen point (x, y) within
 * its radius, or -1, among those `passes` lets through (the filters). A KDBush index over the positions is built on the first call (keeps it out of
 * the load time); candidates are projected with the public `map.project`.
 */
export function createPicker(
  map: MapLibreMap,
  cols: IncidentColumns,
  attrs: PointAttributes,
  passes: (i: number) => boolean,
): (x: number, y: number, window: DayWindow) => number {
  let index: KDBush | null = null;
  return (x, y, w) => {
    if (!index) {
      index = new KDBush(attrs.count, 64, Float32Array);
      for (let i = 0; i < attrs.count; i++)
        index.add(attrs.position[2 * i]!, attrs.position[2 * i + 1]!);
      index.finish();
    }
    const here = map.unproject([x, y]);
    const mx = mercatorX(here.lng) - attrs.originX;
    const my = mercatorY(here.lat) - attrs.originY;
    const reach = (Math.max(...SIZE_BY_PLACE) / 2 + 2) / (512 * 2 ** map.getZoom());
    let best = -1;
    let bestD = Infinity;
    for (const i of index.range(mx - reach, my - reach, mx + reach, my + reach)) {
      if (cols.start[i]! > w.to || cols.end[i]! < w.from || !passes(i)) continue;
      const p = map.project([cols.lon[i]!, cols.lat[i]!]);
      const d = Math.hypot(p.x - x, p.y - y);
      // Later indices draw on top, so on a tie the later one wins.
      if (d <= attrs.sizes[i]! / 2 + 2 && (d < bestD || (d === bestD && i > best))) {
        best = i;
        bestD = d;
      }
    }
    return best;
  };
}
