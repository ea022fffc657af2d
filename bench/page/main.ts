// The benchmark and scale-e2e page: a MapLibre map on an empty offline style, the large-dataset
// layer from src/scale (lazy-loaded exactly as the app loads it), and the MapLibre `setFilter`
// baseline. Driven from Node through `window.bench` (bench/run.ts, tests/e2e/scale.test.ts).
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { IncidentColumns } from '../../src/core/binaryLayout.ts';
import type { IncidentStore } from '../../src/core/incidentStore.ts';
import { loadDataset } from '../../src/scale/loadDataset.ts';
import { storeFromColumns } from '../../src/scale/windowRange.ts';
import type { LargeLayer as DeckLayer } from '../../src/scale/largeLayer.ts';
import type { LargeLayer as RangeLayer } from '../../src/scale/rangeLayer.ts';

/** The two rendering candidates: a MapLibre custom layer drawing [lo, hi), or deck.gl. */
type Candidate = 'range' | 'deck';

setWorkerUrl(workerUrl);

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f3efe6' } }],
  },
  center: [63, 29],
  zoom: 4.6,
  attributionControl: false,
  canvasContextAttributes: { antialias: false },
});
const mapLoaded = new Promise<void>((r) => map.once('load', () => r()));
const gl = (): WebGL2RenderingContext => map.getCanvas().getContext('webgl2')!;

/** Resolves once the map is idle (everything requested drawn), after a 1-pixel GPU readback. */
function drawn(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      gl().readPixels(0, 0, 1, 1, gl().RGBA, gl().UNSIGNED_BYTE, new Uint8Array(4));
      resolve();
    });
    map.triggerRepaint();
  });
}

let columns: IncidentColumns | null = null;
let store: IncidentStore | null = null;
let layer: DeckLayer | RangeLayer | null = null;
let candidate: Candidate = 'range';
let lastBaselineDrawn = -1;
let lastPick = -2;
let drawnCount = -1;
let onCount: ((n: number) => void) | null = null;

/** `steps` windows of `width` days, evenly spread from the data's first to its last start day. */
function windows(steps: number, width: number): [number, number][] {
  const first = columns!.start[0]!;
  const last = columns!.start[columns!.count - 1]!;
  const step = Math.max(1, Math.floor((last - first - width) / Math.max(1, steps - 1)));
  return Array.from({ length: steps }, (_, i) => [first + i * step, first + i * step + width - 1]);
}

const bench = {
  /** Loads `url` in the worker and mounts a candidate layer; resolves to ms until drawn. */
  async load(url: string, kind: Candidate = 'range', withCount = false): Promise<number> {
    await mapLoaded;
    candidate = kind;
    const t0 = performance.now();
    const loaded = await loadDataset({ kind: 'url', url });
    columns = loaded.columns;
    const onPick = (i: number): void => void (lastPick = i);
    if (kind === 'range') {
      const { mountLargeLayer } = await import('../../src/scale/rangeLayer.ts');
      layer = mountLargeLayer(map, columns, { onPick });
    } else {
      const { mountLargeLayer } = await import('../../src/scale/largeLayer.ts');
      const onDrawnCount = (n: number): void => {
        drawnCount = n;
        onCount?.(n);
      };
      layer = mountLargeLayer(map, columns, { onPick, ...(withCount ? { onDrawnCount } : {}) });
    }
    await drawn();
    const ms = performance.now() - t0;
    store = storeFromColumns(columns);
    return ms;
  },
  /** Scrub step durations (ms) of the large layer: window change → drawn frame. */
  async scrub(steps: number, width = 90): Promise<number[]> {
    const out: number[] = [];
    for (const [from, to] of windows(steps, width)) {
      const t0 = performance.now();
      layer!.setWindow(from, to);
      await drawn();
      out.push(performance.now() - t0);
    }
    return out;
  },
  /** Durations (ms) of repaints with nothing changed: the cost of drawing the current window. */
  async emptyFrames(steps: number): Promise<number[]> {
    await mapLoaded;
    const out: number[] = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      await drawn();
      out.push(performance.now() - t0);
    }
    return out;
  },
  /**
   * Adds the same data as a GeoJSON source + circle layer; resolves to ms until drawn and the
   * number of features the layer renders in view (0 means the baseline failed).
   */
  async loadBaseline(): Promise<{ ms: number; drawn: number }> {
    layer?.destroy();
    layer = null;
    const c = columns!;
    const t0 = performance.now();
    const features = Array.from({ length: c.count }, (_, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [c.lon[i]!, c.lat[i]!] },
      properties: { s: c.start[i]!, e: c.end[i]!, c: c.category[i]! },
    }));
    map.addSource('baseline', { type: 'geojson', data: { type: 'FeatureCollection', features } });
    map.addLayer({
      id: 'baseline',
      type: 'circle',
      source: 'baseline',
      paint: { 'circle-radius': 3, 'circle-color': '#D55E00' },
    });
    await drawn();
    const ms = performance.now() - t0;
    return { ms, drawn: map.queryRenderedFeatures({ layers: ['baseline'] }).length };
  },
  /** Scrub step durations (ms) with MapLibre setFilter on the GeoJSON layer. */
  async scrubBaseline(steps: number, width = 90): Promise<number[]> {
    const out: number[] = [];
    for (const [from, to] of windows(steps, width)) {
      const t0 = performance.now();
      map.setFilter('baseline', ['all', ['<=', ['get', 's'], to], ['>=', ['get', 'e'], from]]);
      await drawn();
      out.push(performance.now() - t0);
    }
    lastBaselineDrawn = map.queryRenderedFeatures({ layers: ['baseline'] }).length;
    return out;
  },
  /** Features the baseline drew for the last scrub window (sanity check of the baseline). */
  baselineDrawnAfterScrub(): number {
    return lastBaselineDrawn;
  },
  /** Used JS heap in MB (Chromium's performance.memory). */
  heapMb(): number {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : NaN;
  },
  /** Sets the window and resolves with the GPU's count of incidents kept (deck: needs withCount). */
  async drawnCount(from: number, to: number): Promise<number> {
    layer!.setWindow(from, to);
    if (candidate === 'range') return (layer as RangeLayer).countDrawn();
    const counted = new Promise<number>((r) => (onCount = r));
    await drawn();
    const n = await Promise.race([
      counted,
      new Promise<number>((r) => setTimeout(() => r(drawnCount), 5000)),
    ]);
    onCount = null;
    return n;
  },
  /** Sets the window and waits until it is drawn. */
  async setWindow(from: number, to: number): Promise<void> {
    layer!.setWindow(from, to);
    await drawn();
  },
  /** Selects sorted incident `i` (ring) and waits until drawn. */
  async select(i: number): Promise<void> {
    layer!.setSelected(i);
    await drawn();
  },
  /** Incidents the excerpt list shows for the window (IncidentStore, O(log n) range + check). */
  listedCount(from: number, to: number): number {
    return store!.countInWindow(from, to);
  },
  /** Brute-force count of incidents overlapping the window. */
  bruteForceCount(from: number, to: number): number {
    const c = columns!;
    let n = 0;
    for (let i = 0; i < c.count; i++) if (c.start[i]! <= to && c.end[i]! >= from) n++;
    return n;
  },
  /** Screen position of incident `i` (for click tests). */
  screenOf(i: number): { x: number; y: number } {
    const p = map.project([columns!.lon[i]!, columns!.lat[i]!]);
    return { x: p.x, y: p.y };
  },
  /** RGBA of the drawn frame at CSS pixel (x, y), read during the next frame. */
  pixelAt(x: number, y: number): Promise<number[]> {
    return new Promise((resolve) => {
      map.once('render', () => {
        const g = gl();
        const px = new Uint8Array(4);
        const r = devicePixelRatio;
        const row = g.drawingBufferHeight - Math.round(y * r) - 1;
        g.readPixels(Math.round(x * r), row, 1, 1, g.RGBA, g.UNSIGNED_BYTE, px);
        resolve(Array.from(px));
      });
      map.triggerRepaint();
    });
  },
  /** Sorted index last reported by onPick (-1 none, -2 no click yet). */
  lastPick(): number {
    return lastPick;
  },
  /** Longitude, latitude, start and end day of incident `i`. */
  incident(i: number): [number, number, number, number] {
    const c = columns!;
    return [c.lon[i]!, c.lat[i]!, c.start[i]!, c.end[i]!];
  },
  /** Number of incidents loaded. */
  count(): number {
    return columns?.count ?? 0;
  },
};

declare global {
  interface Window {
    /** The driver API of the benchmark page. */
    bench: typeof bench;
  }
}
window.bench = bench;
