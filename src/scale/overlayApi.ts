// The API of the large-dataset layer (overlayLayer.ts mounts it; the benchmark's candidates in
// bench/candidates implement the same handle).

import type { DenseReason } from './denseMode.ts';

/** Options of `mountLargeLayer`. */
export interface LargeLayerOptions {
  /** Called with the sorted index of a clicked incident, or -1 when the click hit none. */
  onPick?: (index: number) => void;
  /**
   * Called with the sorted index of the incident under the pointer (-1 when it leaves every
   * disc or the map), only when that changes.
   */
  onHover?: (index: number) => void;
  /** Initial window, inclusive day numbers; the whole dataset when absent. */
  window?: { from: number; to: number };
  /** Ignored by the overlay (it draws above every map layer); used by the in-map range layer. */
  beforeId?: string;
  /**
   * Called with true when the browser takes the layer's WebGL context away (GPU reset, too many
   * contexts) and with false once it is restored and the layer draws again.
   */
  onContextLost?: (lost: boolean) => void;
  /**
   * Called with why when the layer switches to dense points (`many`: more than `DENSE_MIN`
   * incidents on screen; `crowded`: their discs would fill more than `DENSE_COVER` of the canvas;
   * denseMode.ts) and with null when it draws discs again; only on a change.
   */
  onDense?: (reason: DenseReason) => void;
}

/** Handle returned by `mountLargeLayer`. */
export interface LargeLayer {
  /** Shows only incidents whose days overlap `from..to` (inclusive day numbers). */
  setWindow(from: number, to: number): void;
  /**
   * Highlights sorted incident `index` (-1 for none) with a black ring; outside the window it is
   * drawn faded with its ring, so the selection stays findable.
   */
  setSelected(index: number): void;
  /** Rings sorted incident `index` (-1 for none) in blue, e.g. while its list row is hovered. */
  setHovered(index: number): void;
  /**
   * Draws only the sorted indices in `passing` (ascending: the filters' result), or every
   * incident with null. A filter change uploads the indices once; scrubbing stays a binary search.
   */
  setFilter(passing: Uint32Array | null): void;
  /**
   * Redraws the overlay now and returns its canvas, for an image export: read it in the same task
   * (its drawing buffer is not preserved once the page is composited). Null for a layer that
   * draws into the map's own canvas.
   */
  drawNow(): HTMLCanvasElement | null;
  /** Sorted index of the incident the hover ring is drawn on, or -1 (for tests). */
  hovered(): number;
  /** Whether the selected incident is drawn, in the window or faded outside it (for tests). */
  selectedDrawn(): boolean;
  /** Sorted index of the incident drawn nearest to screen point (x, y) within its radius, or -1. */
  pickAt(x: number, y: number): number;
  /**
   * Number of incidents the GPU keeps for the current window, read back from the GPU (each kept
   * vertex lights one pixel of an offscreen grid). For tests; costs a readback.
   */
  countDrawn(): Promise<number>;
  /** Removes the layer and its listeners and frees its GPU resources. */
  destroy(): void;
}
