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
import type { LargeLayer as DeckLayer } from '../candidates/largeLayer.ts';
import { OVERLAY_CLASS } from '../../src/scale/overlayDom.ts';
import type { LargeLayer } from '../../src/scale/overlayLayer.ts';

/**
 * The rendering candidates: the app's overlay canvas drawing [lo, hi) (overlayLayer.ts), the same
 * program as a MapLibre custom layer (rangeLayer.ts), or deck.gl (largeLayer.ts).
 */
type Candidate = 'overlay' | 'range' | 'deck';

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

/** The overlay canvas's WebGL context (the same object the layer draws with). */
const overlayGl = (): WebGL2RenderingContext | null =>
  document.querySelector<HTMLCanvasElement>(`canvas.${OVERLAY_CLASS}`)?.getContext('webgl2') ??
  null;

/** Waits until the overlay's GPU work is done (a 1-pixel readback of its canvas). */
function overlayFinished(): void {
  const g = overlayGl()!;
  g.readPixels(0, 0, 1, 1, g.RGBA, g.UNSIGNED_BYTE, new Uint8Array(4));
}

/** Resolves at the next animation frame: the frame that composites what was drawn before it. */
const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/** Waits until the current candidate's last change is drawn (overlay: drawn synchronously). */
async function layerDrawn(): Promise<void> {
  if (candidate === 'overlay') overlayFinished();
  else await drawn();
}

/** RGBA of the map canvas at device pixel (x, y), read during the next map frame. */
function mapPixel(x: number, y: number): Promise<number[]> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const g = gl();
      const px = new Uint8Array(4);
      g.readPixels(x, g.drawingBufferHeight - y - 1, 1, 1, g.RGBA, g.UNSIGNED_BYTE, px);
      resolve(Array.from(px));
    });
    map.triggerRepaint();
  });
}

let columns: IncidentColumns | null = null;
let store: IncidentStore | null = null;
let layer: DeckLayer | LargeLayer | null = null;
let candidate: Candidate = 'overlay';
let selected = -1;
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
  async load(url: string, kind: Candidate = 'overlay', withCount = false): Promise<number> {
    await mapLoaded;
    candidate = kind;
    const t0 = performance.now();
    const loaded = await loadDataset({ kind: 'url', url });
    columns = loaded.columns;
    const onPick = (i: number): void => void (lastPick = i);
    if (kind === 'overlay') {
      const { mountLargeLayer } = await import('../../src/scale/overlayLayer.ts');
      layer = mountLargeLayer(map, columns, { onPick });
    } else if (kind === 'range') {
      const { mountLargeLayer } = await import('../candidates/rangeLayer.ts');
      layer = mountLargeLayer(map, columns, { onPick });
    } else {
      const { mountLargeLayer } = await import('../candidates/largeLayer.ts');
      const onDrawnCount = (n: number): void => {
        drawnCount = n;
        onCount?.(n);
      };
      layer = mountLargeLayer(map, columns, { onPick, ...(withCount ? { onDrawnCount } : {}) });
    }
    await layerDrawn();
    if (kind === 'overlay') await nextFrame();
    const ms = performance.now() - t0;
    store = storeFromColumns(columns);
    return ms;
  },
  /**
   * Scrub steps of the large layer, ms: `ready` = window change → its pixels drawn and the GPU
   * finished; `frame` = until the next animation frame starts (the one that composites them; the
   * in-map layers draw inside that frame, so for them `frame` = `ready`).
   */
  async scrub(steps: number, width = 90): Promise<{ ready: number[]; frame: number[] }> {
    const ready: number[] = [];
    const frame: number[] = [];
    for (const [from, to] of windows(steps, width)) {
      const t0 = performance.now();
      layer!.setWindow(from, to);
      await layerDrawn();
      ready.push(performance.now() - t0);
      if (candidate === 'overlay') await nextFrame();
      frame.push(performance.now() - t0);
    }
    return { ready, frame };
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
    if (candidate !== 'deck') return (layer as LargeLayer).countDrawn();
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
    await layerDrawn();
  },
  /** Selects sorted incident `i` (ring) and waits until drawn. */
  async select(i: number): Promise<void> {
    selected = i;
    layer!.setSelected(i);
    await layerDrawn();
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
  /**
   * RGBA of what is shown at CSS pixel (x, y): the map's pixel, with the overlay's (premultiplied)
   * pixel composited over it when the overlay candidate is mounted.
   */
  async pixelAt(x: number, y: number): Promise<number[]> {
    const r = devicePixelRatio;
    const [px, py] = [Math.round(x * r), Math.round(y * r)];
    const under = await mapPixel(px, py);
    const g = candidate === 'overlay' && layer ? overlayGl() : null;
    if (!g) return under;
    (layer as LargeLayer).setSelected(selected); // redraws now, so the buffer is readable
    const over = new Uint8Array(4);
    g.readPixels(px, g.drawingBufferHeight - py - 1, 1, 1, g.RGBA, g.UNSIGNED_BYTE, over);
    const keep = 1 - over[3]! / 255;
    return [0, 1, 2, 3].map((k) => Math.round(over[k]! + under[k]! * keep));
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
  /** Moves the camera (center, zoom, bearing, pitch) and waits until map and layer are drawn. */
  async view(options: {
    center?: [number, number];
    zoom?: number;
    bearing?: number;
    pitch?: number;
  }): Promise<void> {
    map.jumpTo(options);
    await drawn();
    await layerDrawn();
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
