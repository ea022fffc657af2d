// The GPU side of the large-dataset layer, independent of where it draws: per-incident attributes
// (pointAttributes.ts, uploaded once), the point shader, the draw of a window, the GPU count used
// by tests. Incidents are sorted by start day, so a window `from..to` is the few long incidents
// that may run into it — a slice of the long list (core/longIncidents.ts), uploaded once as an
// element buffer — then one candidate range `[lo, hi)` of those starting at most the long bound
// before `from`, found by binary search: one `drawElements` and one `drawArrays(POINTS, lo,
// hi - lo)`, in index order. The vertex shader drops the candidates whose days end before `from`.
import { longAmong, windowParts, type WindowParts } from '../core/longIncidents.ts';
import { type PointAttributes } from './pointAttributes.ts';
import type { InViewInput } from './denseMode.ts';
import { highlightPlan } from './highlights.ts';
import { FRAGMENT, VERTEX } from './pointShaders.ts';
import { filteredRange } from './windowRange.ts';

export {
  SIZE_BY_PLACE,
  mercatorX,
  mercatorY,
  pointAttributes,
  type PointAttributes,
} from './pointAttributes.ts';
import { linkProgram } from './glProgram.ts';

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
   * every incident with null. Uploads them once, then the long ones among them, as an element
   * buffer: a scrub step stays a few binary searches and at most two draw calls.
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
  const index = attrs.longIndex;
  let filter: Uint32Array | null = null;
  /** The long incidents passing the filter; in the element buffer from `earlyOffset`. */
  let early = index.long;
  let earlyOffset = 0;
  const elements = gl.createBuffer()!;
  buffers.push(elements);
  /** A window's candidates: the passing long ones that may run into it, then `[lo, hi)`. */
  const parts = (w: DayWindow): WindowParts => windowParts(start, index, w.from, w.to, early);
  /** Draws the window's candidates that pass the filter, in index order. */
  const drawParts = ({ early: e, first, lo, hi }: WindowParts): void => {
    if (e.length) gl.drawElements(gl.POINTS, e.length, gl.UNSIGNED_INT, (earlyOffset + first) * 4);
    if (!filter) {
      if (hi > lo) gl.drawArrays(gl.POINTS, lo, hi - lo);
      return;
    }
    const [k0, k1] = filteredRange(filter, lo, hi);
    if (k1 > k0) gl.drawElements(gl.POINTS, k1 - k0, gl.UNSIGNED_INT, k0 * 4);
  };
  /** Uploads the element buffer: the passing indices then the passing long ones, or the long. */
  const upload = (): void => {
    let data = index.long;
    if (filter) {
      data = new Uint32Array(filter.length + early.length);
      data.set(filter);
      data.set(early, filter.length);
    }
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, elements);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, data, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
  };
  upload();
  const passes = (i: number): boolean => {
    if (!filter) return true;
    const [k0, k1] = filteredRange(filter, i, i + 1);
    return k1 > k0;
  };
  const begin = (w: DayWindow, countMode: number): WindowParts => {
    gl.useProgram(program);
    gl.bindVertexArray(vao);
    gl.uniform2f(uniforms.window, w.from - originDay, w.to - originDay);
    gl.uniform1f(uniforms.countMode, countMode);
    gl.uniform1f(uniforms.extra, 0);
    gl.uniform1f(uniforms.ring, 0);
    gl.uniform1f(uniforms.fade, 1);
    gl.uniform1f(uniforms.force, 0);
    return parts(w);
  };

  return {
    draw(matrix, w, selected, scale, hovered = -1, highlightsOnly = false) {
      const candidates = begin(w, 0);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.uniformMatrix4fv(uniforms.matrix, false, matrix);
      gl.uniform1f(uniforms.scale, scale);
      if (!highlightsOnly) drawParts(candidates);
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
      const { early: e, lo, hi } = parts(w);
      return {
        position: attrs.position,
        days: attrs.days,
        early: e,
        lo,
        hi,
        filter,
        from: w.from - originDay,
        to: w.to - originDay,
        matrix,
        sizes: attrs.sizes,
      };
    },
    count(w) {
      const candidates = begin(w, 1);
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
      drawParts(candidates);
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
      early = passing ? longAmong(passing, start, end, index.bound) : index.long;
      earlyOffset = passing ? passing.length : 0;
      upload();
    },
    passes,
    dispose() {
      for (const b of buffers) gl.deleteBuffer(b);
      gl.deleteVertexArray(vao);
      gl.deleteProgram(program);
    },
  };
}
