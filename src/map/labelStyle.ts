// The offline basemap's place and country names as the large-dataset view draws them above its GPU
// overlay (LabelsAbove.svelte): the main map keeps placing its label layers (made transparent), and
// these names are drawn again as DOM text where MapLibre placed them. This module reads how each
// label layer looks from the style, and the geometry of a label around its point. Pure: no map
// or DOM imports, only types.
import type { StyleSpecification } from 'maplibre-gl';

/** The basemap layers drawn above large datasets (names and town dots). */
export const LABEL_LAYERS = ['place-dots', 'place-labels', 'country-labels'] as const;

/** A MapLibre text anchor: the side of the text that sits at its point (`left`: text to the right). */
export type TextAnchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

/** How a symbol layer's names look, read from its style. */
export interface TextLook {
  /** The style layer's id. */
  layer: string;
  /** CSS font family (the layer's first `text-font`). */
  font: string;
  /** Font size, CSS px. */
  sizePx: number;
  /** Text colour. */
  color: string;
  /** Halo colour. */
  haloColor: string;
  /** Halo width outside the glyphs, CSS px. */
  haloPx: number;
  /** Extra space between letters, em. */
  letterSpacingEm: number;
  /** Whether the text is drawn in capitals. */
  uppercase: boolean;
  /** Width at which the text wraps, em. */
  maxWidthEm: number;
  /** Where the text may sit around its point, in MapLibre's order of preference (offset in em). */
  anchors: [TextAnchor, [number, number]][];
}

/** How a circle layer's dots look, read from its style. */
export interface DotLook {
  /** The style layer's id. */
  layer: string;
  /** Radius of the fill, CSS px. */
  radius: number;
  /** Fill colour. */
  color: string;
  /** Stroke colour. */
  strokeColor: string;
  /** Stroke width outside the fill, CSS px. */
  strokeWidth: number;
}

/** What the large-dataset view draws above its overlay: names, and the towns' dots. */
export interface LabelLooks {
  /** Symbol layers, top layer first (the order MapLibre places them in). */
  texts: TextLook[];
  /** Circle layers. */
  dots: DotLook[];
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

/** The first family of a `text-font` list (CSS falls back to sans-serif after it). */
function fontOf(value: unknown): string {
  const list: unknown = Array.isArray(value) && value[0] === 'literal' ? value[1] : value;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  return typeof first === 'string' ? first : 'sans-serif';
}

/** `text-variable-anchor-offset` as pairs (a literal, or the fallback of a `match`), else center. */
function anchorsOf(value: unknown): [TextAnchor, [number, number]][] {
  let flat: unknown = value;
  if (Array.isArray(flat) && flat[0] === 'match') flat = flat[flat.length - 1];
  if (Array.isArray(flat) && flat[0] === 'literal') flat = flat[1];
  if (!Array.isArray(flat)) return [['center', [0, 0]]];
  const out: [TextAnchor, [number, number]][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const [a, off] = [flat[i], flat[i + 1]];
    if (typeof a === 'string' && Array.isArray(off))
      out.push([a as TextAnchor, [num(off[0], 0), num(off[1], 0)]]);
  }
  return out.length ? out : [['center', [0, 0]]];
}

/**
 * How the label layers of `style` (those in LABEL_LAYERS it has) look. Values that are
 * expressions fall back to MapLibre's defaults.
 */
export function labelLooks(style: StyleSpecification): LabelLooks {
  const keep = new Set<string>(LABEL_LAYERS);
  const texts: TextLook[] = [];
  const dots: DotLook[] = [];
  for (const l of style.layers) {
    if (!keep.has(l.id)) continue;
    if (l.type === 'symbol') {
      const [lay, paint] = [l.layout ?? {}, l.paint ?? {}];
      texts.unshift({
        layer: l.id,
        font: fontOf(lay['text-font']),
        sizePx: num(lay['text-size'], 16),
        color: str(paint['text-color'], '#000000'),
        haloColor: str(paint['text-halo-color'], 'rgba(0,0,0,0)'),
        haloPx: num(paint['text-halo-width'], 0),
        letterSpacingEm: num(lay['text-letter-spacing'], 0),
        uppercase: lay['text-transform'] === 'uppercase',
        maxWidthEm: num(lay['text-max-width'], 10),
        anchors: anchorsOf(lay['text-variable-anchor-offset']),
      });
    } else if (l.type === 'circle') {
      const paint = l.paint ?? {};
      dots.push({
        layer: l.id,
        radius: num(paint['circle-radius'], 5),
        color: str(paint['circle-color'], '#000000'),
        strokeColor: str(paint['circle-stroke-color'], '#000000'),
        strokeWidth: num(paint['circle-stroke-width'], 0),
      });
    }
  }
  return { texts, dots };
}

/** Unit direction from a text's anchor point to the inside of its box (`left`: rightwards). */
const INWARD: Record<TextAnchor, [number, number]> = {
  center: [0, 0],
  left: [1, 0],
  right: [-1, 0],
  top: [0, 1],
  bottom: [0, -1],
};

/**
 * A point (CSS px from the label's point) just inside the box of a text placed with `anchor` and
 * `offsetEm`: asking the map which labels cover it tells whether MapLibre placed the text there.
 */
export function probeOffset(
  anchor: TextAnchor,
  offsetEm: readonly [number, number],
  sizePx: number,
  insetPx = 4,
): [number, number] {
  const [ix, iy] = INWARD[anchor];
  return [offsetEm[0] * sizePx + ix * insetPx, offsetEm[1] * sizePx + iy * insetPx];
}

/** CSS `translate` percentages that put a box's `anchor` side on its position. */
export function anchorTranslate(anchor: TextAnchor): [number, number] {
  const [ix, iy] = INWARD[anchor];
  return [ix === 0 ? -50 : ix > 0 ? 0 : -100, iy === 0 ? -50 : iy > 0 ? 0 : -100];
}
