// Which rows of a long list to render for a scroll position: rows have one fixed height, only
// those in view (plus a few either side) go into the DOM, and a spacer gives the scrollbar the
// full length. Browsers cap an element's height (~33 million px in Chromium), so past
// `MAX_SPACER_PX` the spacer is shorter than the rows and the scroll position is scaled. Pure.

/** Tallest spacer the list uses; longer lists scale the scroll position. */
export const MAX_SPACER_PX = 8_000_000;

/** The geometry of a virtual list. */
export interface VirtualGeometry {
  /** Number of rows. */
  count: number;
  /** Height of every row in px. */
  rowHeight: number;
  /** Height of the scrolling viewport in px. */
  viewport: number;
  /** Spacer height limit (defaults to `MAX_SPACER_PX`). */
  maxSpacer?: number;
}

/** The rows to render and where. */
export interface VirtualSlice {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  last: number;
  /** Spacer height in px (the scrollable length). */
  spacer: number;
  /** Top of row `first`, in px from the spacer's top (later rows follow every `rowHeight`). */
  top: number;
}

/** Spacer height and the factor from scroll position to row position (≥ 1). */
function scale(g: VirtualGeometry): { spacer: number; factor: number } {
  const full = g.count * g.rowHeight;
  const spacer = Math.min(full, g.maxSpacer ?? MAX_SPACER_PX);
  const room = spacer - g.viewport;
  const factor = spacer < full && room > 0 ? (full - g.viewport) / room : 1;
  return { spacer, factor };
}

/** The rows visible at `scrollTop`, with `overscan` extra rows either side. */
export function virtualSlice(g: VirtualGeometry, scrollTop: number, overscan = 3): VirtualSlice {
  const { spacer, factor } = scale(g);
  if (g.count === 0) return { first: 0, last: 0, spacer: 0, top: 0 };
  const scroll = Math.max(0, Math.min(scrollTop, Math.max(0, spacer - g.viewport)));
  const position = scroll * factor; // in row space
  const first = Math.max(0, Math.floor(position / g.rowHeight) - overscan);
  const shown = Math.ceil(g.viewport / g.rowHeight) + 1;
  const last = Math.min(g.count, Math.floor(position / g.rowHeight) + shown + overscan);
  return { first, last, spacer, top: scroll + first * g.rowHeight - position };
}

/**
 * The scroll position that brings row `row` fully into view with the least movement (`nearest`),
 * or `current` when it is in view already.
 */
export function scrollToRow(g: VirtualGeometry, current: number, row: number): number {
  const { spacer, factor } = scale(g);
  const position = current * factor;
  const top = row * g.rowHeight;
  const bottom = top + g.rowHeight;
  if (top >= position && bottom <= position + g.viewport) return current;
  const next = top < position ? top : bottom - g.viewport;
  return Math.max(0, Math.min(next / factor, Math.max(0, spacer - g.viewport)));
}

/**
 * The most rows `virtualSlice` renders for geometry `g` with `overscan`: the size of a pool of row
 * elements that can show every slice, row `r` in element `r % pool`.
 */
export function virtualPoolSize(g: VirtualGeometry, overscan = 3): number {
  return Math.ceil(g.viewport / g.rowHeight) + 1 + 2 * overscan;
}

/**
 * The row pool element `key` shows in `slice` (rows `first..last-1`, row `r` in element
 * `r % pool`), or -1 when it shows none (a slice shorter than the pool).
 */
export function rowOfPoolKey(key: number, slice: VirtualSlice, pool: number): number {
  const row = slice.first + ((((key - slice.first) % pool) + pool) % pool);
  return row < slice.last ? row : -1;
}
