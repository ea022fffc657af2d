// A time axis with collapsed empty stretches: a piecewise-linear scale between day numbers and
// pixels. Stretches with incidents (plus a little padding) share the width at one common scale;
// each empty stretch longer than `gapDays` shrinks to a fixed `gapPx` with a break marker, so
// episodes years apart (Oct–Nov 2018, Jan 2024) are both usable on one narrow axis.
//
// Days are continuous here: day `d` occupies `[d, d + 1)`. A window `from..to` spans
// `dayToX(from)`..`dayToX(to + 1)`.

import { addMonths, startOfMonth } from './calendar';
import { clamp, type TimeWindow, type WindowEdge } from './window';

/** One piece of the axis: days `[d0, d1)` drawn on pixels `[x0, x1)`. */
export interface AxisSegment {
  /** `linear`: days at the common scale; `gap`: a collapsed empty stretch. */
  kind: 'linear' | 'gap';
  d0: number;
  d1: number;
  x0: number;
  x1: number;
}

/** How to build an axis. */
export interface AxisOptions {
  /** Width in pixels. */
  width: number;
  /** Empty stretches longer than this many days collapse. Default 90. */
  gapDays?: number;
  /** Width in pixels of a collapsed stretch. Default 24. */
  gapPx?: number;
  /** Days of padding kept around each stretch with incidents. Default 3. */
  padDays?: number;
  /** Zoom: only these days (inclusive) are on the axis; the whole data when absent. */
  view?: TimeWindow | null;
}

/**
 * Groups of overlapping or nearby incidents: `[from, to]` day ranges separated by more than
 * `gapDays` empty days. `starts` must be ascending, `ends[i]` the last day of incident `i`.
 */
export function coverageClusters(
  starts: Int32Array,
  ends: Int32Array,
  gapDays: number,
): TimeWindow[] {
  const clusters: TimeWindow[] = [];
  let current: TimeWindow | null = null;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (current && s - current.to - 1 <= gapDays) {
      if (e > current.to) current.to = e;
    } else {
      current = { from: s, to: e };
      clusters.push(current);
    }
  }
  return clusters;
}

/** The piecewise-linear day↔pixel scale. Build with `buildAxis`. */
export class TimeAxis {
  /** Pieces in day (and pixel) order, covering the whole domain. */
  readonly segments: readonly AxisSegment[];
  /** Width in pixels. */
  readonly width: number;

  /** Use `buildAxis`. */
  constructor(segments: readonly AxisSegment[], width: number) {
    this.segments = segments;
    this.width = width;
  }

  /** First day on the axis (continuous). */
  get start(): number {
    return this.segments[0]?.d0 ?? 0;
  }

  /** End of the last day on the axis (continuous, exclusive). */
  get end(): number {
    return this.segments[this.segments.length - 1]?.d1 ?? 1;
  }

  /** Collapsed stretches, for break markers. */
  get breaks(): AxisSegment[] {
    return this.segments.filter((s) => s.kind === 'gap');
  }

  /** Whole days of the uncollapsed stretches, as inclusive windows (for histogram bins). */
  get linearDays(): TimeWindow[] {
    return this.segments
      .filter((s) => s.kind === 'linear')
      .map((s) => ({ from: Math.ceil(s.d0), to: Math.ceil(s.d1) - 1 }))
      .filter((w) => w.to >= w.from);
  }

  /** Pixel position of continuous day `d` (clamped to the axis). */
  dayToX(d: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    if (d <= segs[0]!.d0) return segs[0]!.x0;
    for (const s of segs) {
      if (d < s.d1) return s.x0 + ((d - s.d0) / (s.d1 - s.d0)) * (s.x1 - s.x0);
    }
    return segs[segs.length - 1]!.x1;
  }

  /** Continuous day at pixel `x` (clamped to the axis). */
  xToDay(x: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    const px = clamp(x, segs[0]!.x0, segs[segs.length - 1]!.x1);
    for (const s of segs) {
      if (px < s.x1 || s === segs[segs.length - 1]) {
        const span = s.x1 - s.x0;
        return span > 0 ? s.d0 + ((px - s.x0) / span) * (s.d1 - s.d0) : s.d0;
      }
    }
    return segs[segs.length - 1]!.d1;
  }

  /** Pixel position of a window edge placed on `day`: left of the day for `from`, right for `to`. */
  edgeX(day: number, edge: WindowEdge): number {
    return this.dayToX(edge === 'from' ? day : day + 1);
  }

  /** The day a window edge dragged to pixel `x` lands on (inverse of `edgeX`). */
  xToEdgeDay(x: number, edge: WindowEdge): number {
    const d = Math.round(this.xToDay(x));
    return edge === 'from' ? d : d - 1;
  }

  /** Pixels per day at day `d` (0 inside a collapsed stretch's start). */
  pxPerDay(d: number): number {
    const s = this.segments.find((seg) => d >= seg.d0 && d < seg.d1);
    return s ? (s.x1 - s.x0) / (s.d1 - s.d0) : 0;
  }
}

/** Build the axis for incident clusters (see `coverageClusters`). */
export function buildAxis(clusters: readonly TimeWindow[], options: AxisOptions): TimeAxis {
  const width = Math.max(1, options.width);
  const gapDays = options.gapDays ?? 90;
  const gapPx = options.gapPx ?? 24;
  const pad = options.padDays ?? 3;

  // Day-space pieces: padded clusters, joined by gaps (always longer than 2 * pad + gapDays).
  type Piece = { kind: 'linear' | 'gap'; d0: number; d1: number };
  let pieces: Piece[] = [];
  clusters.forEach((c, i) => {
    const d0 = c.from - pad;
    const d1 = c.to + 1 + pad;
    const prev = pieces[pieces.length - 1];
    if (i > 0 && prev) {
      if (d0 - prev.d1 > gapDays) pieces.push({ kind: 'gap', d0: prev.d1, d1: d0 });
      else {
        prev.d1 = d1;
        return;
      }
    }
    pieces.push({ kind: 'linear', d0, d1 });
  });
  if (pieces.length === 0) pieces = [{ kind: 'linear', d0: 0, d1: 1 }];

  if (options.view) {
    const v0 = options.view.from;
    const v1 = options.view.to + 1;
    pieces = pieces
      .map((p) => ({ ...p, d0: Math.max(p.d0, v0), d1: Math.min(p.d1, v1) }))
      .filter((p) => p.d1 > p.d0);
    if (pieces.length === 0) pieces = [{ kind: 'linear', d0: v0, d1: Math.max(v1, v0 + 1) }];
    // What the view keeps of an empty stretch collapses only if still long (or all there is).
    const merged: Piece[] = [];
    for (const p of pieces) {
      const kind =
        p.kind === 'gap' && p.d1 - p.d0 > gapDays && pieces.length > 1 ? 'gap' : 'linear';
      const prev = merged[merged.length - 1];
      if (prev && prev.kind === 'linear' && kind === 'linear') prev.d1 = p.d1;
      else merged.push({ kind, d0: p.d0, d1: p.d1 });
    }
    pieces = merged;
  }

  const linearDays = pieces.reduce((n, p) => n + (p.kind === 'linear' ? p.d1 - p.d0 : 0), 0);
  const gapCount = pieces.filter((p) => p.kind === 'gap').length;
  // Collapsed stretches never take more than a quarter of a narrow axis.
  const eachGapPx = gapCount > 0 ? Math.min(gapPx, (width * 0.25) / gapCount) : 0;
  const pxPerDay = (width - eachGapPx * gapCount) / linearDays;

  let x = 0;
  const segments = pieces.map((p) => {
    const w = p.kind === 'gap' ? eachGapPx : (p.d1 - p.d0) * pxPerDay;
    const seg: AxisSegment = { kind: p.kind, d0: p.d0, d1: p.d1, x0: x, x1: x + w };
    x += w;
    return seg;
  });
  const last = segments[segments.length - 1];
  if (last) last.x1 = width; // no rounding drift at the right end
  return new TimeAxis(segments, width);
}

/** One labelled tick of the axis. */
export interface AxisTick {
  day: number;
  x: number;
}

/** Tick days for labels at least `minSpacingPx` apart: each stretch's first day, then months/weeks/days. */
export function axisTicks(axis: TimeAxis, minSpacingPx: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  let lastX = -Infinity;
  const push = (day: number): void => {
    const x = axis.dayToX(day);
    if (x - lastX >= minSpacingPx && x <= axis.width - minSpacingPx / 2) {
      ticks.push({ day, x });
      lastX = x;
    }
  };
  for (const w of axis.linearDays) {
    const perDay = axis.pxPerDay(w.from);
    const step = perDay >= minSpacingPx ? 1 : perDay * 7 >= minSpacingPx ? 7 : 0;
    push(w.from);
    if (step > 0) {
      // Weekly ticks on Mondays; daily ticks every day.
      const first = step === 7 ? w.from + ((((4 - w.from) % 7) + 7) % 7) : w.from + 1;
      for (let d = first; d <= w.to; d += step) push(d);
    } else {
      for (let d = nextMonthStart(w.from); d <= w.to; d = nextMonthStart(d)) push(d);
    }
  }
  return ticks;
}

function nextMonthStart(day: number): number {
  return addMonths(startOfMonth(day), 1);
}
