// Which of the two highlighted incidents (selected, hovered) the large layer draws on top of the
// window, and how: pure, O(1) per redraw, so a scrub step stays O(log n).

/** What to draw for the selection and the hover, on top of the window's incidents. */
export interface HighlightPlan {
  /** Sorted index whose disc is redrawn faded (the selection outside the window), or -1. */
  faded: number;
  /** Sorted index that gets the black selection ring, or -1. */
  selectedRing: number;
  /** Sorted index that gets the blue hover ring, or -1. */
  hoverRing: number;
}

/** True when incident `i` (days `start[i]..end[i]`) overlaps the inclusive window `from..to`. */
export function inWindow(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  i: number,
  from: number,
  to: number,
): boolean {
  return start[i]! <= to && end[i]! >= from;
}

/**
 * The plan for `selected` and `hovered` (sorted indices, -1 for none) under the window: the
 * selection is always drawn — with its ring, and faded when outside the window or filtered out
 * (`passes` false) so it stays findable —; the hover ring is drawn on an incident drawn in the
 * window or on the (faded) selection. Indices outside `0..count-1` count as none.
 */
export function highlightPlan(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  from: number,
  to: number,
  selected: number,
  hovered: number,
  passes: (i: number) => boolean = () => true,
): HighlightPlan {
  const n = start.length;
  const sel = selected >= 0 && selected < n ? selected : -1;
  const hov = hovered >= 0 && hovered < n ? hovered : -1;
  const drawn = (i: number): boolean => inWindow(start, end, i, from, to) && passes(i);
  const faded = sel >= 0 && !drawn(sel) ? sel : -1;
  const hoverRing = hov >= 0 && (hov === sel || drawn(hov)) ? hov : -1;
  return { faded, selectedRing: sel, hoverRing };
}

/** What a layer's highlight state reads from: the columns, the window and the two indices. */
export interface HighlightSource {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  from: number;
  to: number;
  selected: number;
  hovered: number;
  /** Whether sorted incident `i` passes the filters (all pass when absent). */
  passes?: (i: number) => boolean;
}

/**
 * The test hooks every large layer exposes, computed from its current state: `hovered()` is the
 * index the blue ring is on (-1 for none), `selectedDrawn()` whether the selection is drawn.
 */
export function highlightHooks(read: () => HighlightSource): {
  hovered(): number;
  selectedDrawn(): boolean;
} {
  const plan = () => {
    const h = read();
    return highlightPlan(h.start, h.end, h.from, h.to, h.selected, h.hovered, h.passes);
  };
  return {
    hovered: () => plan().hoverRing,
    selectedDrawn: () => plan().selectedRing >= 0,
  };
}
