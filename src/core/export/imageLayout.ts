// Where things go in an exported map image: a header (title, dataset, time window), the map, and
// a footer (legend, precision key, filters, attribution), all in CSS pixels; the drawing code
// (src/export/drawImage.ts) scales them by the pixel ratio. Text is measured by a function passed
// in, so the layout is pure and testable. Long lines wrap at spaces.
import { CATEGORIES, type Category } from '../types.ts';
import type { Caption } from './caption.ts';

/** Text styles of the image. */
export type TextStyle = 'title' | 'body' | 'small';

/** CSS font of each style (Noto Sans is bundled with the app). */
export const IMAGE_FONTS: Readonly<Record<TextStyle, string>> = {
  title: '600 16px "Noto Sans", sans-serif',
  body: '13px "Noto Sans", sans-serif',
  small: '11px "Noto Sans", sans-serif',
};

/** Line height of each style. */
const LINE: Readonly<Record<TextStyle, number>> = { title: 22, body: 18, small: 15 };

/** Space around the header and footer content. */
export const PAD = 10;
/** Side of a legend symbol. */
export const SWATCH = 14;
const SWATCH_GAP = 5;
const ITEM_GAP = 16;

/** Measures the width of `text` in CSS pixels in a style. */
export type Measure = (text: string, style: TextStyle) => number;

/** A line of text to draw at (x, baseline y). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  style: TextStyle;
}

/** A legend symbol: its category's colour and shape, in a square at (x, y). */
export interface PlacedSwatch {
  category: Category;
  x: number;
  y: number;
  size: number;
}

/** The whole image. */
export interface ImageLayout {
  width: number;
  height: number;
  /** Where the map is drawn. */
  map: { x: number; y: number; width: number; height: number };
  /** Top of the footer (below the map). */
  footerTop: number;
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

/** What the image shows besides the map. */
export interface ImageContent {
  caption: Caption;
  /** Legend label of each category. */
  labels: Readonly<Record<Category, string>>;
  /** A line on how precision is drawn (hollow markers, pale discs). */
  precisionKey: string;
}

/** Splits `text` into lines no wider than `width` (a single long word stays whole). */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out an image around a map of `mapWidth` × `mapHeight` CSS pixels. */
export function layoutImage(
  mapWidth: number,
  mapHeight: number,
  content: ImageContent,
  measure: Measure,
): ImageLayout {
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  const inner = mapWidth - 2 * PAD;
  let y = PAD;
  const lines = (text: string, style: TextStyle, x = PAD, width = inner) => {
    for (const line of wrapText(text, width, style, measure)) {
      y += LINE[style];
      texts.push({ text: line, x, y: y - 5, style });
    }
  };
  const { caption } = content;
  // Header: "Borderlines" then the dataset on the same line when it fits, then the window.
  const titleWidth = measure(caption.title, 'title') + 10;
  y += LINE.title;
  texts.push({ text: caption.title, x: PAD, y: y - 5, style: 'title' });
  const subtitle = wrapText(caption.subtitle, inner - titleWidth, 'body', measure);
  if (subtitle.length === 1)
    texts.push({ text: subtitle[0]!, x: PAD + titleWidth, y: y - 6, style: 'body' });
  else lines(caption.subtitle, 'body');
  lines(caption.window, 'body');
  y += PAD / 2;
  const map = { x: 0, y, width: mapWidth, height: mapHeight };
  y += mapHeight;
  const footerTop = y;
  y += PAD / 2;
  // Legend: one item per category, flowing onto as many rows as the width needs.
  let x = PAD;
  y += LINE.body;
  for (const category of CATEGORIES) {
    const label = content.labels[category];
    const itemWidth = SWATCH + SWATCH_GAP + measure(label, 'body');
    if (x > PAD && x + itemWidth > mapWidth - PAD) {
      x = PAD;
      y += LINE.body;
    }
    swatches.push({ category, x, y: y - 5 - SWATCH + 2, size: SWATCH });
    texts.push({ text: label, x: x + SWATCH + SWATCH_GAP, y: y - 5, style: 'body' });
    x += itemWidth + ITEM_GAP;
  }
  lines(content.precisionKey, 'small');
  if (caption.filters) lines(caption.filters, 'small');
  if (caption.attribution) lines(caption.attribution, 'small');
  y += PAD;
  return { width: mapWidth, height: Math.ceil(y), map, footerTop, texts, swatches };
}
