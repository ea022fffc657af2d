// The in-map variant of the large-dataset layer, kept for the benchmark's comparison: the same
// point program (pointsGl.ts) as a MapLibre custom layer, so every scrub step makes MapLibre
// repaint the whole map (basemap included) to show the new window. The app uses overlayLayer.ts.
// It draws the hover and selection rings like the overlay, but does not pick on pointer moves
// (`options.onHover` is ignored).
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentColumns } from '../../src/core/binaryLayout.ts';
import { highlightHooks } from '../../src/scale/highlights.ts';
import type { LargeLayer, LargeLayerOptions } from '../../src/scale/overlayLayer.ts';
import { createPicker } from '../../src/scale/picker.ts';
import {
  createPointProgram,
  pointAttributes,
  type DayWindow,
  type PointProgram,
} from '../../src/scale/pointsGl.ts';

/**
 * Adds the large-dataset custom layer to `map` (whose style must be loaded), below
 * `options.beforeId` if given, and returns its controls (same API as overlayLayer.ts).
 */
export function mountLargeLayer(
  map: MapLibreMap,
  cols: IncidentColumns,
  options: LargeLayerOptions = {},
): LargeLayer {
  const attrs = pointAttributes(cols);
  let filter: Uint32Array | null = null;
  const pick = createPicker(map, cols, attrs, (i) => points?.passes(i) ?? true);
  const win: DayWindow = { from: options.window?.from ?? -1e7, to: options.window?.to ?? 1e7 };
  let selected = -1;
  let hovered = -1;
  let points: PointProgram | null = null;
  const countRequests: ((count: number) => void)[] = [];
  const matrix = new Float32Array(16);

  const layer: CustomLayerInterface = {
    id: 'borderlines-large-incidents',
    type: 'custom',
    renderingMode: '2d',
    onAdd(_map, gl) {
      points = createPointProgram(
        gl as WebGL2RenderingContext,
        attrs,
        cols.start,
        cols.originDay,
        cols.end,
      );
      if (filter) points.setFilter(filter);
    },
    render(_gl, input) {
      if (!points) return;
      if (countRequests.length) {
        const count = points.count(win);
        for (const resolve of countRequests.splice(0)) resolve(count);
      }
      // MapLibre's matrix takes Mercator 0..1; ours are offsets from the origin: translate.
      const m = input.defaultProjectionData.mainMatrix;
      for (let k = 0; k < 16; k++) matrix[k] = m[k]!;
      for (let r = 0; r < 4; r++)
        matrix[12 + r] = m[12 + r]! + attrs.originX * m[r]! + attrs.originY * m[4 + r]!;
      points.draw(matrix, win, selected, map.getPixelRatio(), hovered);
    },
    onRemove() {
      points?.dispose();
      points = null;
    },
  };
  map.addLayer(layer, options.beforeId);

  const pickAt = (x: number, y: number): number => pick(x, y, win);
  const onClick = (e: { point: { x: number; y: number } }): void => {
    options.onPick?.(pickAt(e.point.x, e.point.y));
  };
  map.on('click', onClick);

  return {
    setWindow(from, to) {
      win.from = from;
      win.to = to;
      map.triggerRepaint();
    },
    setSelected(i) {
      selected = i;
      map.triggerRepaint();
    },
    setHovered(i) {
      hovered = i;
      map.triggerRepaint();
    },
    setFilter(passing) {
      filter = passing;
      points?.setFilter(passing);
      map.triggerRepaint();
    },
    drawNow() {
      return null; // drawn into the map's own canvas, which `map.redraw()` redraws
    },
    ...highlightHooks(() => ({ ...win, start: cols.start, end: cols.end, selected, hovered })),
    pickAt,
    countDrawn() {
      return new Promise<number>((resolve) => {
        countRequests.push(resolve);
        map.triggerRepaint();
      });
    },
    destroy() {
      map.off('click', onClick);
      if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    },
  };
}
