// GPU rendering of large datasets (10k..1M+ incidents): one deck.gl ScatterplotLayer drawn inside
// MapLibre's WebGL context (MapLibreOverlay, interleaved) with the DataFilterExtension. Every
// attribute is uploaded once; a scrub step only changes the filter range (two uniforms), so it
// costs O(1) on the CPU and the GPU discards incidents outside the window. Day numbers go to the
// GPU relative to the dataset's `originDay`, keeping 32-bit floats exact.
//
// Lazy-loaded: import it with `await import('../candidates/largeLayer.ts')` so the seed app's initial
// JavaScript does not carry deck.gl.
import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentColumns } from '../../src/core/binaryLayout.ts';
import { CATEGORY_STYLES } from '../../src/map/legend.ts';
import { CATEGORIES, PLACE_PRECISIONS } from '../../src/core/types.ts';

/** Options of `mountLargeLayer`. */
export interface LargeLayerOptions {
  /** Called with the sorted index of a clicked incident, or -1 when the click hit none. */
  onPick?: (index: number) => void;
  /** Called after each window change with the number of incidents the GPU kept (slower; tests). */
  onDrawnCount?: (count: number) => void;
  /** Initial window, inclusive day numbers; the whole dataset when absent. */
  window?: { from: number; to: number };
}

/** Handle returned by `mountLargeLayer`. */
export interface LargeLayer {
  /** Shows only incidents whose days overlap `from..to` (inclusive day numbers). */
  setWindow(from: number, to: number): void;
  /** Highlights sorted incident `index` (-1 for none). */
  setSelected(index: number): void;
  /** Removes the layer from the map and frees its GPU buffers. */
  destroy(): void;
}

/** Marker radius in pixels per place precision: coarser places get bigger, paler discs. */
const RADIUS_BY_PLACE = [3, 3, 5, 8, 12];
/** Fill alpha per place precision: a province-level incident must not look like a pin. */
const ALPHA_BY_PLACE = [230, 230, 110, 60, 40];

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Per-incident GPU attributes, built once. */
function buildAttributes(cols: IncidentColumns) {
  const n = cols.count;
  const positions = new Float32Array(n * 2);
  const filter = new Float32Array(n * 2);
  const fill = new Uint8Array(n * 4);
  const line = new Uint8Array(n * 4);
  const radius = new Float32Array(n);
  const palette = CATEGORIES.map((c) => rgb(CATEGORY_STYLES[c].color));
  for (let i = 0; i < n; i++) {
    positions[2 * i] = cols.lon[i]!;
    positions[2 * i + 1] = cols.lat[i]!;
    filter[2 * i] = cols.start[i]! - cols.originDay;
    filter[2 * i + 1] = cols.end[i]! - cols.originDay;
    const [r, g, b] = palette[cols.category[i]!] ?? [0, 0, 0];
    const place = Math.min(cols.placePrecision[i]!, PLACE_PRECISIONS.length - 1);
    fill.set([r, g, b, ALPHA_BY_PLACE[place]!], 4 * i);
    line.set([r, g, b, 255], 4 * i);
    radius[i] = RADIUS_BY_PLACE[place]!;
  }
  return {
    getPosition: { value: positions, size: 2 },
    getFilterValue: { value: filter, size: 2 },
    getFillColor: { value: fill, size: 4, normalized: true },
    getLineColor: { value: line, size: 4, normalized: true },
    getRadius: { value: radius, size: 1 },
  };
}

/**
 * Adds the large-dataset layer to `map` (which must have loaded its style) and returns its
 * controls. Indices in `onPick` and `setSelected` are sorted indices into `cols`.
 */
export function mountLargeLayer(
  map: MapLibreMap,
  cols: IncidentColumns,
  options: LargeLayerOptions = {},
): LargeLayer {
  const data = { length: cols.count, attributes: buildAttributes(cols) };
  // One extensions array for every layer instance: a new array would make deck.gl rebuild state.
  const extensions = [
    new DataFilterExtension({ filterSize: 2, countItems: !!options.onDrawnCount }),
  ];
  const highlightColor: [number, number, number, number] = [0, 0, 0, 255];
  let from = options.window?.from ?? -1e7;
  let to = options.window?.to ?? 1e7;
  let selected = -1;
  const origin = cols.originDay;

  const layer = () =>
    new ScatterplotLayer({
      id: 'borderlines-large-incidents',
      data,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      pickable: true,
      highlightedObjectIndex: selected,
      highlightColor,
      extensions,
      // Overlap test: start ≤ to and end ≥ from, as two filter dimensions.
      filterRange: [
        [-1e7, to - origin],
        [from - origin, 1e7],
      ],
      ...(options.onDrawnCount
        ? { onFilteredItemsChange: (e: { count: number }) => options.onDrawnCount!(e.count) }
        : {}),
    });

  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [layer()],
    onClick: (info: PickingInfo) => options.onPick?.(info.picked ? info.index : -1),
  });
  map.addControl(overlay);
  const update = (): void => overlay.setProps({ layers: [layer()] });

  return {
    setWindow(f, t) {
      from = f;
      to = t;
      update();
    },
    setSelected(index) {
      selected = index;
      update();
    },
    destroy() {
      overlay.finalize();
    },
  };
}
