// The GPU side of the large-dataset layer, independent of where it draws: per-incident attributes
// (uploaded once), the point shader, the draw of one contiguous index range, the GPU count used by
// tests, and picking. Incidents are sorted by start day, so a window `from..to` is one candidate
// range `[lo, hi)` found by binary search (windowRange.ts); one `drawArrays(POINTS, lo, hi - lo)`
// draws it and the vertex shader drops the few candidates whose days end before `from`.
// Precision: positions go to the GPU as Web Mercator offsets from the data's centre, and days as
// offsets from the dataset's first day, so 32-bit floats stay exact where it matters.
import type { IncidentColumns } from '../core/binaryLayout.ts';
import { CATEGORY_STYLES, DISC_ALPHA_BY_PLACE, DISC_SIZE_BY_PLACE } from '../map/legend.ts';
import { CATEGORIES, PLACE_PRECISIONS } from '../core/types.ts';
import type { InViewInput } from './denseMode.ts';
import { highlightPlan } from './highlights.ts';
import { FRAGMENT, VERTEX } from './pointShaders.ts';
import { filteredRange, maxDurationOf, windowRange } from './windowRange.ts';
import { linkProgram } from './glProgram.ts';

/** Marker diameter in CSS pixels per place precision (the legend's `DISC_SIZE_BY_PLACE`). */
export const SIZE_BY_PLACE = DISC_SIZE_BY_PLACE;
/** Fill alpha per place precision, 0..1 (the legend's `DISC_ALPHA_BY_PLACE`). */
const ALPHA_BY_PLACE = DISC_ALPHA_BY_PLACE;
/** Extra diameter (CSS pixels) of the selection ring around the selected incident. */
const RING_EXTRA = 6;
/** Extra diameter (CSS pixels) of the hover ring: outside the selection ring when both show. */
const HOVER_EXTRA = 14;
/** Fill alpha factor of the selected incident drawn outside the window (as the seed map fades). */
const FADED = 0.35;
/** Selection ring colour (black, as the seed map's). */
const SELECT_RGB: [number, number, number] = [0, 0, 0];
/** Hover ring colour (#0072B2, as the seed map's hover ring). */
const HOVER_RGB: [number, number, number] = [0, 0x72 / 255, 0xb2 / 255];

/** Web Mercator x in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
export const mercatorX = (lon: number): number => (180 + lon) / 360;
/** Web Mercator y in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
export const mercatorY = (lat: number): number =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** Per-incident GPU attributes, built once from sorted columns. */
export interface PointAttributes {
  /** Number of incidents. */
  count: number;
  /** Web Mercator origin (0..1) the positions are relative to: the centre of the data's extent. */
  originX: number;
  originY: number;
  /** Mercator x, y minus the origin, two per incident. */
  position: Float32Array;
  /** Start and end day minus the dataset's first day, two per incident. */
  days: Float32Array;
  /** RGBA 0..255 per incident (alpha by place precision). */
  colors: Uint8Array;
  /** Diameter in CSS pixels per incident. */
  sizes: Float32Array;
  /** Longest `end - start` in days, for the window's candidate range. */
  maxDuration: number;
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Builds the GPU attributes of `cols` (O(n), allocation of five typed arrays). */
export function pointAttributes(cols: IncidentColumns): PointAttributes {
  const n = cols.count;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const x = mercatorX(cols.lon[i]!);
    const y = mercatorY(cols.lat[i]!);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const originX = n ? (minX + maxX) / 2 : 0.5;
  const originY = n ? (minY + maxY) / 2 : 0.5;
  const position = new Float32Array(2 * n);
  const days = new Float32Array(2 * n);
  const colors = new Uint8Array(4 * n);
  const sizes = new Float32Array(n);
  const palette = CATEGORIES.map((c) => rgb(CATEGORY_STYLES[c].color));
  const alphas = ALPHA_BY_PLACE.map((a) => Math.round(a * 255));
  for (let i = 0; i < n; i++) {
    position[2 * i] = mercatorX(cols.lon[i]!) - originX;
    position[2 * i + 1] = mercatorY(cols.lat[i]!) - originY;
    days[2 * i] = cols.start[i]! - cols.originDay;
    days[2 * i + 1] = cols.end[i]! - cols.originDay;
    const [r, g, b] = palette[cols.category[i]!] ?? [0, 0, 0];
    const place = Math.min(cols.placePrecision[i]!, PLACE_PRECISIONS.length - 1);
    colors.set([r, g, b, alphas[place]!], 4 * i);
    sizes[i] = SIZE_BY_PLACE[place]!;
  }
  return {
    count: n,
    originX,
    originY,
    position,
    days,
    colors,
    sizes,
    maxDuration: maxDurationOf(cols),
  };
}

/** A window in inclusive day numbers. */
export interface DayWindow {
  from: number;
  to: number;
}

/** The point program on one WebGL2 context, with the attributes uploaded. */
export interface PointProgram {
  /**
   * Draws the window's incidents with `matrix` (Mercator offset → clip) into the bound
   * framebuffer; then `selected` (sorted index or -1) with a black ring — faded when outside the
   * window — and `hovered` with a blue ring (see highlightPlan). With `highlightsOnly` (the dense
   * mode, whose squares denseGl.ts draws) only the highlights. Leaves blending on.
   */
  draw(
    matrix: Float32Array,
    window: DayWindow,
    selected: number,
    scale: number,
    hovered?: number,
    highlightsOnly?: boolean,
  ): void;
  /** The window's candidates, the filter and `matrix`, for the dense mode (denseMode.ts). */
  candidates(matrix: Float32Array, window: DayWindow): InViewInput;
  /** GPU count of the incidents the shader keeps for `window` (offscreen pass and readback). */
  count(window: DayWindow): number;
  /**
   * Draws only the sorted indices in `passing` (ascending, the filters' result) from now on, or
   * every incident with null. Uploads them once as an element buffer: a scrub step stays one
   * binary search and one draw call.
   */
  setFilter(passing: Uint32Array | null): void;
  /** True when sorted incident `i` passes the filter. */
  passes(i: number): boolean;
  /** Frees the program, the buffers and the vertex array. */
  dispose(): void;
}

/** Compiles the point program on `gl` and uploads `attrs` (once); `start`/`end` are the sorted days. */
export function createPointProgram(
  gl: WebGL2RenderingContext,
  attrs: PointAttributes,
  start: Int32Array,
  originDay: number,
  end: Int32Array,
): PointProgram {
  const program = linkProgram(gl, VERTEX, FRAGMENT, 'Large layer');
  const u = (name: string) => gl.getUniformLocation(program, name);
  const uniforms = {
    matrix: u('u_matrix'),
    window: u('u_window'),
    countMode: u('u_count_mode'),
    grid: u('u_grid'),
    scale: u('u_scale'),
    extra: u('u_extra'),
    ring: u('u_ring'),
    ringColor: u('u_ring_color'),
    fade: u('u_fade'),
    force: u('u_force'),
  };
  const buffers: WebGLBuffer[] = [];
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  const attribute = (name: string, data: ArrayBufferView, size: number, type: number) => {
    const buffer = gl.createBuffer()!;
    buffers.push(buffer);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    const loc = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, size, type, type === gl.UNSIGNED_BYTE, 0, 0);
  };
  attribute('a_pos', attrs.position, 2, gl.FLOAT);
  attribute('a_days', attrs.days, 2, gl.FLOAT);
  attribute('a_color', attrs.colors, 4, gl.UNSIGNED_BYTE);
  attribute('a_size', attrs.sizes, 1, gl.FLOAT);
  gl.bindVertexArray(null);

  const n = attrs.count;
  let filter: Uint32Array | null = null;
  const elements = gl.createBuffer()!;
  buffers.push(elements);
  /** Draws the candidates `[lo, hi)` that pass the filter. */
  const drawRange = (lo: number, hi: number): void => {
    if (!filter) {
      if (hi > lo) gl.drawArrays(gl.POINTS, lo, hi - lo);
      return;
    }
    const [k0, k1] = filteredRange(filter, lo, hi);
    if (k1 > k0) gl.drawElements(gl.POINTS, k1 - k0, gl.UNSIGNED_INT, k0 * 4);
  };
  const passes = (i: number): boolean => {
    if (!filter) return true;
    const [k0, k1] = filteredRange(filter, i, i + 1);
    return k1 > k0;
  };
  const begin = (w: DayWindow, countMode: number): [number, number] => {
    gl.useProgram(program);
    gl.bindVertexArray(vao);
    gl.uniform2f(uniforms.window, w.from - originDay, w.to - originDay);
    gl.uniform1f(uniforms.countMode, countMode);
    gl.uniform1f(uniforms.extra, 0);
    gl.uniform1f(uniforms.ring, 0);
    gl.uniform1f(uniforms.fade, 1);
    gl.uniform1f(uniforms.force, 0);
    return windowRange(start, attrs.maxDuration, w.from, w.to);
  };

  return {
    draw(matrix, w, selected, scale, hovered = -1, highlightsOnly = false) {
      const [lo, hi] = begin(w, 0);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.uniformMatrix4fv(uniforms.matrix, false, matrix);
      gl.uniform1f(uniforms.scale, scale);
      if (!highlightsOnly) drawRange(lo, hi);
      // The highlights: one vertex each from the same buffers, drawn whatever the window.
      const plan = highlightPlan(start, end, w.from, w.to, selected, hovered, passes);
      gl.uniform1f(uniforms.force, 1);
      if (plan.faded >= 0) {
        gl.uniform1f(uniforms.fade, FADED);
        gl.drawArrays(gl.POINTS, plan.faded, 1);
        gl.uniform1f(uniforms.fade, 1);
      }
      const ring = (i: number, extra: number, rgb: [number, number, number]): void => {
        if (i < 0) return;
        gl.uniform1f(uniforms.extra, extra);
        gl.uniform1f(uniforms.ring, 1);
        gl.uniform3f(uniforms.ringColor, rgb[0], rgb[1], rgb[2]);
        gl.drawArrays(gl.POINTS, i, 1);
      };
      ring(plan.selectedRing, RING_EXTRA, SELECT_RGB);
      ring(plan.hoverRing, HOVER_EXTRA, HOVER_RGB);
      gl.bindVertexArray(null);
    },
    candidates(matrix, w) {
      const [lo, hi] = windowRange(start, attrs.maxDuration, w.from, w.to);
      return {
        position: attrs.position,
        days: attrs.days,
        lo,
        hi,
        filter,
        from: w.from - originDay,
        to: w.to - originDay,
        matrix,
      };
    },
    count(w) {
      const [lo, hi] = begin(w, 1);
      const framebuffer = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
      const viewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
      const grid = Math.max(1, Math.ceil(Math.sqrt(n)));
      const texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, grid, grid, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      const fbo = gl.createFramebuffer();
      gl.bindFramebuffer(gl.FRAMEBUFFER, fbo);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
      gl.viewport(0, 0, grid, grid);
      gl.disable(gl.BLEND);
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.colorMask(true, true, true, true);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.uniform1f(uniforms.grid, grid);
      drawRange(lo, hi);
      const pixels = new Uint8Array(grid * grid * 4);
      gl.readPixels(0, 0, grid, grid, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
      gl.viewport(viewport[0]!, viewport[1]!, viewport[2]!, viewport[3]!);
      gl.deleteFramebuffer(fbo);
      gl.deleteTexture(texture);
      gl.bindVertexArray(null);
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    },
    setFilter(passing) {
      filter = passing;
      gl.bindVertexArray(vao);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, elements);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, passing ?? new Uint32Array(0), gl.STATIC_DRAW);
      gl.bindVertexArray(null);
    },
    passes,
    dispose() {
      for (const b of buffers) gl.deleteBuffer(b);
      gl.deleteVertexArray(vao);
      gl.deleteProgram(program);
    },
  };
}
