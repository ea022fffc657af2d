// Highlighting: which words of a field's text matched the query, as UTF-16 ranges into that text,
// and the text cut into plain and marked parts for rendering as text (never HTML). Pure.
import { tokens } from './text.ts';

/** A highlighted range: UTF-16 offsets into the field's text, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** A piece of a text, marked when it matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Ranges of the words of `text` whose folded form is one of the matched `terms`. */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Range[] {
  if (terms.size === 0) return [];
  return tokens(text)
    .filter((t) => terms.has(t.term))
    .map(({ start, end }) => ({ start, end }));
}

/** `text` cut at `ranges` (ascending, not overlapping) into plain and marked segments. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * A window of about `width` characters of `text` around its first highlighted range, cut at word
 * boundaries with "…" where text was left out, and the ranges shifted into it. Null when nothing
 * in `text` is highlighted.
 */
export function snippet(
  text: string,
  ranges: readonly Range[],
  width = 80,
): { text: string; ranges: Range[] } | null {
  const first = ranges[0];
  if (!first) return null;
  let from = Math.max(0, first.start - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < first.start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > first.end ? space : Math.max(to, first.end);
  }
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const shift = lead.length - from;
  const inside = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: lead + text.slice(from, to) + tail, ranges: inside };
}
