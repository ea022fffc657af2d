// An opaque canvas for the map when its style paints every pixel (issue 10). MapLibre always asks
// WebGL for an alpha channel (`alpha: true`, its `canvasContextAttributes` cannot change it), so
// Chromium composites the map as a transparent layer: blended over the page, with the page's own
// tiles under it drawn too, on every frame of the page, even when the map has not changed. In
// software compositing (SwiftShader) that was ~7 of the ~45 ms of GPU-process CPU a frame at
// 1280×800 (docs/performance-history.md, "Frames, layer by layer"). With `alpha: false` the compositor draws the map as
// an opaque quad and skips what lies beneath it; the pixels are the same when the style's first
// layer is an opaque background at every zoom, which `paintsEveryPixel` checks.
import type { StyleSpecification } from 'maplibre-gl';

/**
 * True when `style` is an object whose bottom layer is a visible `background` at every zoom with
 * an opaque constant colour (a named, `#rgb`/`#rrggbb`, or `rgb()` colour; no alpha) and no
 * opacity or pattern: then every pixel of the map is painted opaque, whatever the other layers do.
 * A style URL (not yet known) or anything else: false.
 */
export function paintsEveryPixel(style: StyleSpecification | string): boolean {
  if (typeof style === 'string') return false;
  const bottom = style.layers[0];
  if (!bottom || bottom.type !== 'background') return false;
  if (bottom.minzoom !== undefined && bottom.minzoom > 0) return false;
  if (bottom.maxzoom !== undefined && bottom.maxzoom < 24) return false;
  if (bottom.layout?.visibility === 'none') return false;
  const paint = bottom.paint ?? {};
  if (paint['background-pattern'] !== undefined) return false;
  if (paint['background-opacity'] !== undefined && paint['background-opacity'] !== 1) return false;
  const color = paint['background-color'];
  return typeof color === 'string' && isOpaqueColor(color);
}

/** A CSS colour string with no alpha: `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a plain name. */
function isOpaqueColor(color: string): boolean {
  const c = color.trim().toLowerCase();
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(c)) return true;
  if (/^rgb\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*\)$/.test(c)) return true;
  return /^[a-z]+$/.test(c) && c !== 'transparent';
}

/**
 * Runs `create` (which makes the MapLibre map, synchronously creating its canvas's WebGL context)
 * with the map canvas's context made opaque: for the length of the call, a WebGL context asked
 * for by a canvas of class `maplibregl-canvas` is created with `alpha: false`; any other canvas,
 * and every call after `create` returns or throws, gets what it asked for. A context, once
 * created, keeps its attributes, so MapLibre's later calls (after a lost context is restored)
 * get the same opaque context.
 */
export function withOpaqueMapCanvas<T>(create: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const original = proto.getContext;
  const patched = function (
    this: HTMLCanvasElement,
    type: string,
    attributes?: WebGLContextAttributes,
  ): RenderingContext | null {
    const opaque =
      (type === 'webgl2' || type === 'webgl') && this.classList.contains('maplibregl-canvas');
    return original.call(this, type, opaque ? { ...attributes, alpha: false } : attributes);
  };
  proto.getContext = patched as typeof proto.getContext;
  try {
    return create();
  } finally {
    proto.getContext = original;
  }
}
