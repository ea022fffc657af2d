// The basemap's names in an exported image of a large dataset. On screen they are DOM text above
// the GPU overlay (map/LabelsAbove.svelte), with the main map's label layers made transparent, so
// neither canvas holds them: this draws the names and town dots MapLibre placed (placedLabels.ts)
// onto the export's 2D canvas, above the overlay, with the looks the style gives them.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { anchorTranslate, labelLooks, type DotLook, type TextLook } from '../map/labelStyle.ts';
import { placedLabels, type LabelSourceMap } from '../map/placedLabels.ts';

/** A rectangle of the image, CSS pixels. */
export interface ImageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Line height of a name, in font sizes (as LabelsAbove's CSS). */
const LINE_HEIGHT = 1.2;

/**
 * `text` broken into lines no wider than `maxWidth` (as measured by `measure`) at spaces; a word
 * wider than that stays whole on its own line.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether the map hides its own names because they are drawn above a large layer. */
export function labelsDrawnAbove(map: MapLibreMap): boolean {
  return (
    !!map.getLayer('place-labels') && map.getPaintProperty('place-labels', 'text-opacity') === 0
  );
}

function drawDot(ctx: CanvasRenderingContext2D, x: number, y: number, look: DotLook): void {
  ctx.beginPath();
  ctx.arc(x, y, look.radius + look.strokeWidth / 2, 0, 2 * Math.PI);
  ctx.fillStyle = look.color;
  ctx.fill();
  if (look.strokeWidth > 0) {
    ctx.lineWidth = look.strokeWidth;
    ctx.strokeStyle = look.strokeColor;
    ctx.stroke();
  }
}

function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  anchor: Parameters<typeof anchorTranslate>[0],
  look: TextLook,
): void {
  ctx.font = `${look.sizePx}px "${look.font}", sans-serif`;
  ctx.letterSpacing = `${look.letterSpacingEm * look.sizePx}px`;
  const shown = look.uppercase ? text.toUpperCase() : text;
  const lines = wrapLabel(shown, look.maxWidthEm * look.sizePx, (s) => ctx.measureText(s).width);
  const lineHeight = LINE_HEIGHT * look.sizePx;
  const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
  const [tx, ty] = anchorTranslate(anchor);
  const left = x + (tx / 100) * width;
  const top = y + (ty / 100) * lines.length * lineHeight;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  lines.forEach((line, i) => {
    const [cx, cy] = [left + width / 2, top + (i + 0.5) * lineHeight];
    if (look.haloPx > 0) {
      ctx.lineWidth = 2 * look.haloPx;
      ctx.strokeStyle = look.haloColor;
      ctx.strokeText(line, cx, cy);
    }
    ctx.fillStyle = look.color;
    ctx.fillText(line, cx, cy);
  });
}

/**
 * Draws the names and town dots the map placed into `rect` of `ctx` (whose map is `scale` image
 * pixels per map CSS pixel), clipped to it. Does nothing unless the map hides its own names for
 * a large layer (`labelsDrawnAbove`): otherwise they are already in the map's canvas.
 */
export function drawMapLabels(
  ctx: CanvasRenderingContext2D,
  map: MapLibreMap,
  rect: ImageRect,
  scale = 1,
): void {
  if (!labelsDrawnAbove(map)) return;
  const looks = labelLooks(map.getStyle());
  const lookOf = new Map<string, TextLook | DotLook>(
    [...looks.texts, ...looks.dots].map((l) => [l.layer, l]),
  );
  const labels = placedLabels(map as unknown as LabelSourceMap, looks);
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.width, rect.height);
  ctx.clip();
  ctx.translate(rect.x, rect.y);
  ctx.scale(scale, scale);
  for (const label of labels) {
    const look = lookOf.get(label.layer);
    if (!look) continue;
    const p = map.project(label.lngLat);
    const [x, y] = [p.x + label.offsetPx[0], p.y + label.offsetPx[1]];
    if ('radius' in look) drawDot(ctx, x, y, look);
    else drawText(ctx, label.text, x, y, label.anchor, look);
  }
  ctx.restore();
}
