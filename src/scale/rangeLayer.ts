// GPU rendering of large datasets as a MapLibre custom layer that draws only the window's
// contiguous index range. Incidents are sorted by start day, so a window `from..to` maps to one
// range `[lo, hi)` found by binary search (O(log n) on the CPU, see IncidentStore.rangeFor); one
// `drawArrays(POINTS, lo, hi - lo)` draws it and the vertex shader drops the few candidates whose
// range ends before `from`. Attributes are uploaded once; a scrub step uploads nothing.
// Picking: a KDBush index over the points (built on the first click), queried around the click
// and filtered by the window.
//
// Lazy-loaded: import it with `await import('./scale/rangeLayer.ts')` so the seed app's initial
// JavaScript stays light.
import KDBush from 'kdbush';
import {
  MercatorCoordinate,
  type CustomLayerInterface,
  type Map as MapLibreMap,
} from 'maplibre-gl';
import type { IncidentColumns } from '../core/binaryLayout.ts';
import { CATEGORY_STYLES } from '../core/legend.ts';
import { CATEGORIES, PLACE_PRECISIONS } from '../core/types.ts';
import { maxDurationOf, windowRange } from './windowRange.ts';

/** Options of `mountLargeLayer`. */
export interface LargeLayerOptions {
  /** Called with the sorted index of a clicked incident, or -1 when the click hit none. */
  onPick?: (index: number) => void;
  /** Initial window, inclusive day numbers; the whole dataset when absent. */
  window?: { from: number; to: number };
  /** Id of the style layer to draw below (e.g. the first label layer); on top when absent. */
  beforeId?: string;
}

/** Handle returned by `mountLargeLayer`. */
export interface LargeLayer {
  /** Shows only incidents whose days overlap `from..to` (inclusive day numbers). */
  setWindow(from: number, to: number): void;
  /** Highlights sorted incident `index` (-1 for none). */
  setSelected(index: number): void;
  /** Sorted index of the incident drawn nearest to screen point (x, y) within its radius, or -1. */
  pickAt(x: number, y: number): number;
  /**
   * Number of incidents the GPU keeps for the current window, read back from the GPU (each kept
   * vertex lights one pixel of an offscreen grid) during the next frame. For tests; costs a readback.
   */
  countDrawn(): Promise<number>;
  /** Removes the layer and its listeners from the map and frees its GPU buffers. */
  destroy(): void;
}

/** Marker diameter in pixels per place precision: coarser places get bigger, paler discs. */
const SIZE_BY_PLACE = [7, 7, 11, 17, 25];
/** Fill alpha per place precision (0..1): a province-level incident must not look like a pin. */
const ALPHA_BY_PLACE = [0.9, 0.9, 0.45, 0.25, 0.15];

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;      // from, to (days relative to the dataset origin)
uniform float u_count_mode; // 1: place vertex i at grid cell i of an offscreen target
uniform float u_grid;
uniform float u_extra;      // extra diameter (selection ring)
in vec2 a_pos;              // Web Mercator 0..1
in vec2 a_days;             // start, end (relative to origin)
in vec4 a_color;
in float a_size;
out vec4 v_color;
out float v_size;
void main() {
  bool visible = a_days.x <= u_window.y && a_days.y >= u_window.x;
  if (u_count_mode > 0.5) {
    float i = float(gl_VertexID);
    vec2 cell = vec2(mod(i, u_grid), floor(i / u_grid)) + 0.5;
    gl_Position = visible ? vec4(cell / u_grid * 2.0 - 1.0, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 1.0;
  } else {
    gl_Position = visible ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = a_size + u_extra;
  }
  v_color = a_color;
  v_size = a_size + u_extra;
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform float u_count_mode;
uniform float u_ring;       // 1: draw a black selection ring
in vec4 v_color;
in float v_size;
out vec4 fragColor;
void main() {
  if (u_count_mode > 0.5) { fragColor = vec4(1.0); return; }
  float r = length(gl_PointCoord - 0.5) * v_size; // distance from centre in pixels
  float edge = v_size * 0.5;
  if (r > edge) discard;
  if (u_ring > 0.5) {
    if (r < edge - 2.5) discard;
    fragColor = vec4(0.0, 0.0, 0.0, 1.0);
    return;
  }
  // A 1-pixel opaque outline in the category colour, a fill whose alpha encodes place precision.
  float a = r > edge - 1.2 ? 1.0 : v_color.a;
  fragColor = vec4(v_color.rgb * a, a); // premultiplied, as MapLibre blends
}`;

/** Web Mercator x in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
const mercatorX = (lon: number): number => (180 + lon) / 360;
/** Web Mercator y in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
const mercatorY = (lat: number): number =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`Large layer shader failed to compile: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

/**
 * Adds the large-dataset layer to `map` (whose style must be loaded) and returns its controls.
 * Indices in `onPick`, `setSelected` and `pickAt` are sorted indices into `cols`.
 */
export function mountLargeLayer(
  map: MapLibreMap,
  cols: IncidentColumns,
  options: LargeLayerOptions = {},
): LargeLayer {
  const n = cols.count;
  const origin = cols.originDay;
  const maxDuration = maxDurationOf(cols);
  const mercator = new Float32Array(2 * n);
  const days = new Float32Array(2 * n);
  const colors = new Uint8Array(4 * n);
  const sizes = new Float32Array(n);
  const palette = CATEGORIES.map((c) => rgb(CATEGORY_STYLES[c].color));
  const alphas = ALPHA_BY_PLACE.map((a) => Math.round(a * 255));
  let index: KDBush | null = null; // built on the first click: keeps it out of the load time
  for (let i = 0; i < n; i++) {
    mercator[2 * i] = mercatorX(cols.lon[i]!);
    mercator[2 * i + 1] = mercatorY(cols.lat[i]!);
    days[2 * i] = cols.start[i]! - origin;
    days[2 * i + 1] = cols.end[i]! - origin;
    const [r, g, b] = palette[cols.category[i]!] ?? [0, 0, 0];
    const place = Math.min(cols.placePrecision[i]!, PLACE_PRECISIONS.length - 1);
    colors[4 * i] = r;
    colors[4 * i + 1] = g;
    colors[4 * i + 2] = b;
    colors[4 * i + 3] = alphas[place]!;
    sizes[i] = SIZE_BY_PLACE[place]!;
  }

  let from = options.window?.from ?? -1e7;
  let to = options.window?.to ?? 1e7;
  let selected = -1;
  let gl: WebGL2RenderingContext | null = null;
  let program: WebGLProgram | null = null;
  let vao: WebGLVertexArrayObject | null = null;
  const buffers: WebGLBuffer[] = [];
  const uniforms: Record<string, WebGLUniformLocation | null> = {};

  /** Contiguous candidate range of the window (IncidentStore.rangeFor, same arrays). */
  const range = (): [number, number] => windowRange(cols.start, maxDuration, from, to);
  const inWindow = (i: number): boolean => cols.start[i]! <= to && cols.end[i]! >= from;

  const attribute = (
    name: string,
    data: ArrayBufferView,
    size: number,
    type: number,
    normalized = false,
  ) => {
    const g = gl!;
    const buffer = g.createBuffer()!;
    buffers.push(buffer);
    g.bindBuffer(g.ARRAY_BUFFER, buffer);
    g.bufferData(g.ARRAY_BUFFER, data, g.STATIC_DRAW);
    const loc = g.getAttribLocation(program!, name);
    g.enableVertexAttribArray(loc);
    g.vertexAttribPointer(loc, size, type, normalized, 0, 0);
  };

  const setUniforms = (matrix: Float32Array | number[], countMode: number, grid: number): void => {
    const g = gl!;
    g.uniformMatrix4fv(uniforms.u_matrix!, false, matrix);
    g.uniform2f(uniforms.u_window!, from - origin, to - origin);
    g.uniform1f(uniforms.u_count_mode!, countMode);
    g.uniform1f(uniforms.u_grid!, grid);
    g.uniform1f(uniforms.u_extra!, 0);
    g.uniform1f(uniforms.u_ring!, 0);
  };

  const countRequests: ((count: number) => void)[] = [];

  /** Draws the window's range into an offscreen grid, one pixel per kept vertex, and counts. */
  const countPass = (g: WebGL2RenderingContext, lo: number, hi: number): number => {
    const framebuffer = g.getParameter(g.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const viewport = g.getParameter(g.VIEWPORT) as Int32Array;
    const grid = Math.max(1, Math.ceil(Math.sqrt(n)));
    const texture = g.createTexture();
    g.bindTexture(g.TEXTURE_2D, texture);
    g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, grid, grid, 0, g.RGBA, g.UNSIGNED_BYTE, null);
    const fbo = g.createFramebuffer();
    g.bindFramebuffer(g.FRAMEBUFFER, fbo);
    g.framebufferTexture2D(g.FRAMEBUFFER, g.COLOR_ATTACHMENT0, g.TEXTURE_2D, texture, 0);
    g.viewport(0, 0, grid, grid);
    g.disable(g.BLEND);
    g.disable(g.DEPTH_TEST);
    g.disable(g.STENCIL_TEST);
    g.colorMask(true, true, true, true);
    g.clearColor(0, 0, 0, 0);
    g.clear(g.COLOR_BUFFER_BIT);
    setUniforms(new Float32Array(16), 1, grid);
    if (hi > lo) g.drawArrays(g.POINTS, lo, hi - lo);
    const pixels = new Uint8Array(grid * grid * 4);
    g.readPixels(0, 0, grid, grid, g.RGBA, g.UNSIGNED_BYTE, pixels);
    g.bindFramebuffer(g.FRAMEBUFFER, framebuffer);
    g.viewport(viewport[0]!, viewport[1]!, viewport[2]!, viewport[3]!);
    g.deleteFramebuffer(fbo);
    g.deleteTexture(texture);
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
    return count;
  };

  const layer: CustomLayerInterface = {
    id: 'borderlines-large-incidents',
    type: 'custom',
    renderingMode: '2d',
    onAdd(_map, context) {
      gl = context;
      program = gl.createProgram()!;
      gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
      gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
        throw new Error(`Large layer program failed to link: ${gl.getProgramInfoLog(program)}`);
      }
      for (const u of ['u_matrix', 'u_window', 'u_count_mode', 'u_grid', 'u_extra', 'u_ring']) {
        uniforms[u] = gl.getUniformLocation(program, u);
      }
      vao = gl.createVertexArray();
      gl.bindVertexArray(vao);
      attribute('a_pos', mercator, 2, gl.FLOAT);
      attribute('a_days', days, 2, gl.FLOAT);
      attribute('a_color', colors, 4, gl.UNSIGNED_BYTE, true);
      attribute('a_size', sizes, 1, gl.FLOAT);
      gl.bindVertexArray(null);
    },
    render(context, input) {
      const [lo, hi] = range();
      if (!program) return;
      context.useProgram(program);
      context.bindVertexArray(vao);
      if (countRequests.length) {
        const count = countPass(context, lo, hi);
        for (const resolve of countRequests.splice(0)) resolve(count);
      }
      context.enable(context.BLEND);
      context.blendFunc(context.ONE, context.ONE_MINUS_SRC_ALPHA);
      setUniforms(new Float32Array(input.defaultProjectionData.mainMatrix), 0, 1);
      context.drawArrays(context.POINTS, lo, hi - lo);
      if (selected >= 0 && selected < n) {
        context.uniform1f(uniforms.u_extra!, 6);
        context.uniform1f(uniforms.u_ring!, 1);
        context.drawArrays(context.POINTS, selected, 1);
      }
      context.bindVertexArray(null);
    },
    onRemove(_map, context) {
      for (const b of buffers) context.deleteBuffer(b);
      if (vao) context.deleteVertexArray(vao);
      if (program) context.deleteProgram(program);
      gl = null;
    },
  };
  map.addLayer(layer, options.beforeId);

  const pickAt = (x: number, y: number): number => {
    const worldSize = 512 * 2 ** map.getZoom();
    const here = map.unproject([x, y]);
    const m = MercatorCoordinate.fromLngLat(here);
    const reach = (Math.max(...SIZE_BY_PLACE) / 2 + 2) / worldSize;
    let best = -1;
    let bestD = Infinity;
    if (!index) {
      index = new KDBush(n, 64, Float32Array);
      for (let i = 0; i < n; i++) index.add(mercator[2 * i]!, mercator[2 * i + 1]!);
      index.finish();
    }
    for (const i of index.range(m.x - reach, m.y - reach, m.x + reach, m.y + reach)) {
      if (!inWindow(i)) continue;
      const p = map.project([cols.lon[i]!, cols.lat[i]!]);
      const d = Math.hypot(p.x - x, p.y - y);
      // Later indices draw on top, so on a tie the later one wins.
      if (d <= sizes[i]! / 2 + 2 && (d < bestD || (d === bestD && i > best))) {
        best = i;
        bestD = d;
      }
    }
    return best;
  };
  const onClick = (e: { point: { x: number; y: number } }): void => {
    options.onPick?.(pickAt(e.point.x, e.point.y));
  };
  map.on('click', onClick);

  return {
    setWindow(f, t) {
      from = f;
      to = t;
      map.triggerRepaint();
    },
    setSelected(i) {
      selected = i;
      map.triggerRepaint();
    },
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
