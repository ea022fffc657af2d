// Which basemap names MapLibre has placed, and where: the label layers stay in the main map
// (transparent while the large-dataset view draws them again above its overlay), so the map's own
// collision detection decides which names show. The side each name went to (its variable anchor)
// is not public, so each candidate side is probed: the map's rendered-feature query at a point
// just inside the box that side would give returns the name only where MapLibre placed it.
// Public MapLibre APIs only, through the small interface below.
import { probeOffset, type LabelLooks, type TextAnchor } from './labelStyle.ts';

/** What this reads of a MapLibre map. */
export interface LabelSourceMap {
  /** MapLibre's `queryRenderedFeatures` (a point or the whole view, with a layer filter). */
  queryRenderedFeatures(
    geometryOrOptions?: [number, number] | { layers: string[] },
    options?: { layers: string[] },
  ): { layer: { id: string }; properties: Record<string, unknown>; geometry: unknown }[];
  /** MapLibre's `project`. */
  project(lngLat: [number, number]): { x: number; y: number };
}

/** A name MapLibre placed, or a town's dot. */
export interface PlacedLabel {
  /** Layer id + name + coordinates: one per label on screen. */
  key: string;
  /** The style layer it belongs to. */
  layer: string;
  /** The text (empty for a dot). */
  text: string;
  /** Where its point is. */
  lngLat: [number, number];
  /** The side of the text at the point (`center` for a dot). */
  anchor: TextAnchor;
  /** From the projected point to the anchor, CSS px. */
  offsetPx: [number, number];
}

/** The name a feature shows, as the basemap's `text-field` picks it. */
function nameOf(props: Record<string, unknown>): string {
  for (const k of ['name', 'NAME', 'name_en']) {
    const v = props[k];
    if (typeof v === 'string' && v) return v;
    if (typeof v === 'number') return String(v);
  }
  return '';
}

function pointOf(geometry: unknown): [number, number] | null {
  const g = geometry as { type?: string; coordinates?: unknown };
  if (g?.type !== 'Point' || !Array.isArray(g.coordinates)) return null;
  const [x, y] = g.coordinates as unknown[];
  return typeof x === 'number' && typeof y === 'number' ? [x, y] : null;
}

/** The names and dots of `looks` the map shows now, each once, dots first. */
export function placedLabels(map: LabelSourceMap, looks: LabelLooks): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const seen = new Set<string>();
  const each = (
    layer: string,
    take: (text: string, lngLat: [number, number], key: string) => void,
  ): void => {
    for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
      const lngLat = pointOf(f.geometry);
      if (!lngLat) continue;
      const text = nameOf(f.properties);
      const key = `${layer}\u0000${text}\u0000${lngLat.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      take(text, lngLat, key);
    }
  };
  for (const dot of looks.dots)
    each(dot.layer, (_text, lngLat, key) =>
      out.push({ key, layer: dot.layer, text: '', lngLat, anchor: 'center', offsetPx: [0, 0] }),
    );
  for (const look of looks.texts)
    each(look.layer, (text, lngLat, key) => {
      if (!text) return;
      const p = map.project(lngLat);
      const hit = look.anchors.find(([anchor, off]) => {
        const [dx, dy] = probeOffset(anchor, off, look.sizePx);
        return map
          .queryRenderedFeatures([p.x + dx, p.y + dy], { layers: [look.layer] })
          .some((g) => nameOf(g.properties) === text);
      });
      const [anchor, off] = hit ?? look.anchors[0] ?? ['center', [0, 0]];
      out.push({
        key,
        layer: look.layer,
        text,
        lngLat,
        anchor,
        offsetPx: [off[0] * look.sizePx, off[1] * look.sizePx],
      });
    });
  return out;
}
