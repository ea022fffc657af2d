// The large-dataset layer (10k..1M+ incidents) on its own WebGL canvas stacked over the map: a
// scrub step redraws only this canvas — binary search for the window's index range, one
// `drawArrays` — and never makes MapLibre repaint the basemap (which alone costs a software-
// rendered frame). On the map's public 'move' and 'resize' events the overlay redraws with a
// projection built from public APIs only: four screen points are unprojected with `map.unproject`
// and the exact plane-to-screen homography (homography.ts) becomes the shader's clip matrix, so
// zoom, bearing and pitch all follow the map. Assumes the Mercator projection (not globe) and a
// view that does not cross the antimeridian.
//
// Draws above the map's canvas (right after it, so markers and popups added later stay on top);
// the place and country names go above it in a labels-only map (map/LabelsAbove.svelte). A lost
// WebGL context is restored and re-uploaded (`onContextLost` tells the app meanwhile).
// More than DENSE_MIN incidents on screen, or discs that would fill more than DENSE_COVER of the
// canvas, are drawn as small squares, painted on the CPU (denseMode.ts) and drawn as one texture
// (denseGl.ts).
// Ignores pointer events: clicks reach the map,
// whose 'click' event drives picking; its 'mousemove' event drives hover picking (one pick per
// animation frame) and the pointer cursor over a disc.
//
// Lazy-loaded: import it with `await import('./scale/overlayLayer.ts')` so the seed app's initial
// JavaScript stays light.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentColumns } from '../core/binaryLayout.ts';
import type { LargeLayer, LargeLayerOptions } from './overlayApi.ts';
import { benchMark } from '../benchMarks.ts';
import { frameThrottle } from './frameThrottle.ts';
import { highlightHooks } from './highlights.ts';
import { OVERLAY_CLASS } from './overlayDom.ts';
import { clipMatrix, homographyFromPoints, type Mat3 } from './homography.ts';
import { createPicker } from './picker.ts';
import { createDenseProgram } from './denseGl.ts';
import {
  DENSE_POINT_PX,
  denseGrid,
  denseReason,
  estimateView,
  paintDense,
  type DenseReason,
} from './denseMode.ts';
import {
  createPointProgram,
  mercatorX,
  mercatorY,
  pointAttributes,
  type DayWindow,
} from './pointsGl.ts';

export type { LargeLayer, LargeLayerOptions } from './overlayApi.ts';

/**
 * Stacks the large-dataset overlay over `map` and returns its controls. Indices in `onPick`,
 * `setSelected` and `pickAt` are sorted indices into `cols`. Throws if WebGL2 is unavailable.
 */
export function mountLargeLayer(
  map: MapLibreMap,
  cols: IncidentColumns,
  options: LargeLayerOptions = {},
): LargeLayer {
  const attrs = pointAttributes(cols);
  const canvas = document.createElement('canvas');
  canvas.className = OVERLAY_CLASS;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
  });
  const gl = canvas.getContext('webgl2', {
    alpha: true,
    premultipliedAlpha: true,
    antialias: false,
    depth: false,
    stencil: false,
    preserveDrawingBuffer: false,
  });
  if (!gl) throw new Error('The large-dataset layer needs WebGL2, which this browser lacks.');
  map.getCanvas().after(canvas);
  let points = createPointProgram(gl, attrs, cols.start, cols.originDay, cols.end);
  let denseProgram = createDenseProgram(gl);
  let grid = denseGrid(1, 1, 1);
  const pick = createPicker(map, cols, attrs, (i) => points.passes(i));

  const win: DayWindow = { from: options.window?.from ?? -1e7, to: options.window?.to ?? 1e7 };
  let selected = -1;
  let hovered = -1;
  let pointerOver = -1;
  let width = 0;
  let height = 0;
  let ratio = 1;
  let matrix: Float32Array = new Float32Array(16);
  /** The filter in force (re-uploaded after a context loss). */
  let passingNow: Uint32Array | null = null;
  /** Incidents passing the filter (-1: no filter), for the `?bench` marks. */
  let filterSize = -1;
  /** True while the WebGL context is lost: nothing is drawn until it is restored. */
  let lost = false;
  /** Why the incidents are drawn as small squares (denseMode.ts), or null while discs. */
  let reason: DenseReason = null;

  /** Matches the map canvas's CSS size and pixel ratio. */
  const resize = (): void => {
    const mapCanvas = map.getCanvas();
    width = mapCanvas.clientWidth;
    height = mapCanvas.clientHeight;
    ratio = map.getPixelRatio();
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
  };

  /** Clip matrix of the current camera, from four unprojected screen points (public API). */
  const project = (): void => {
    if (width < 2 || height < 2) return;
    const world = 512 * 2 ** map.getZoom(); // ground offsets in world pixels: well conditioned
    // Lower half of the view: on the ground even when the map is pitched towards the horizon.
    const screen: [number, number][] = [
      [width * 0.3, height * 0.6],
      [width * 0.7, height * 0.6],
      [width * 0.7, height * 0.9],
      [width * 0.3, height * 0.9],
    ];
    const ground = screen.map(([x, y]): [number, number] => {
      const p = map.unproject([x, y]);
      return [
        (mercatorX(p.lng) - attrs.originX) * world,
        (mercatorY(p.lat) - attrs.originY) * world,
      ];
    });
    const h = homographyFromPoints(ground, screen);
    // The shader's positions are Mercator offsets, not world pixels: scale the first two columns.
    const scaled: Mat3 = [
      h[0] * world,
      h[1] * world,
      h[2],
      h[3] * world,
      h[4] * world,
      h[5],
      h[6] * world,
      h[7] * world,
      h[8],
    ];
    matrix = clipMatrix(scaled, width, height);
  };

  const draw = (): void => {
    if (lost) return;
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const input = points.candidates(matrix, win);
    const now = denseReason(estimateView(input), width * height);
    if (now !== reason) {
      reason = now;
      options.onDense?.(reason);
    }
    const dense = reason !== null;
    if (dense) {
      const cell = Math.max(1, Math.round(DENSE_POINT_PX * ratio));
      const g = grid;
      if (g.width !== canvas.width || g.height !== canvas.height || g.cell !== cell)
        grid = denseGrid(canvas.width, canvas.height, cell);
      paintDense(input, attrs.colors, grid);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      denseProgram.draw(grid);
    }
    points.draw(matrix, win, selected, ratio, hovered, dense);
    benchMark('overlay-draw', () => ({ from: win.from, to: win.to, passing: filterSize, dense }));
  };

  const onMove = (): void => {
    project();
    draw();
  };
  const onResize = (): void => {
    resize();
    onMove();
  };
  const pickAt = (x: number, y: number): number => pick(x, y, win);
  const onClick = (e: { point: { x: number; y: number } }): void => {
    options.onPick?.(pickAt(e.point.x, e.point.y));
  };
  /** The pointer's disc changed: cursor and callback (the app's hover state sets the ring). */
  const pointerAt = (index: number): void => {
    if (index === pointerOver) return;
    pointerOver = index;
    map.getCanvas().style.cursor = index >= 0 ? 'pointer' : '';
    options.onHover?.(index);
  };
  const hoverPick = frameThrottle((x: number, y: number) => pointerAt(pickAt(x, y)));
  const onMouseMove = (e: { point: { x: number; y: number } }): void => {
    hoverPick.call(e.point.x, e.point.y);
  };
  const onMouseOut = (): void => {
    hoverPick.cancel();
    pointerAt(-1);
  };
  // Context loss: the GPU buffers are gone. preventDefault lets the browser restore the context;
  // then the program, the incidents' attributes and the filter are uploaded again.
  const onLost = (e: Event): void => {
    e.preventDefault();
    lost = true;
    options.onContextLost?.(true);
  };
  const onRestored = (): void => {
    points = createPointProgram(gl, attrs, cols.start, cols.originDay, cols.end);
    denseProgram = createDenseProgram(gl);
    if (passingNow) points.setFilter(passingNow);
    lost = false;
    draw();
    options.onContextLost?.(false);
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  map.on('move', onMove);
  map.on('resize', onResize);
  map.on('click', onClick);
  map.on('mousemove', onMouseMove);
  map.on('mouseout', onMouseOut);
  onResize();

  return {
    setWindow(from, to) {
      win.from = from;
      win.to = to;
      draw();
    },
    setSelected(index) {
      selected = index;
      draw();
    },
    setHovered(index) {
      hovered = index;
      draw();
    },
    setFilter(passing) {
      passingNow = passing;
      if (!lost) points.setFilter(passing);
      filterSize = passing ? passing.length : -1;
      draw();
    },
    drawNow() {
      draw();
      return canvas;
    },
    ...highlightHooks(() => ({
      ...win,
      start: cols.start,
      end: cols.end,
      selected,
      hovered,
      passes: (i: number) => points.passes(i),
    })),
    pickAt,
    countDrawn() {
      if (lost) return Promise.resolve(0);
      const count = points.count(win);
      draw();
      return Promise.resolve(count);
    },
    destroy() {
      map.off('move', onMove);
      map.off('resize', onResize);
      map.off('click', onClick);
      map.off('mousemove', onMouseMove);
      map.off('mouseout', onMouseOut);
      hoverPick.cancel();
      if (pointerOver >= 0) map.getCanvas().style.cursor = '';
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      if (!lost) {
        points.dispose();
        denseProgram.dispose();
      }
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
    },
  };
}
