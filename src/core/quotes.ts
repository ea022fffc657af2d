// Quote-to-span location: every incident cites its article by a verbatim quote, and the app
// highlights the exact span. A quote must occur exactly once, so the span is never a guess.

/** Where a quote sits in its article, as UTF-16 offsets (`end` exclusive). */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Why a quote could not be placed: absent, present more than once, or empty. */
export type QuoteProblem =
  { kind: 'not-found' } | { kind: 'ambiguous'; offsets: number[] } | { kind: 'empty' };

/** Every UTF-16 offset at which `needle` starts in `text` (overlapping matches included). */
export function findAll(text: string, needle: string): number[] {
  const offsets: number[] = [];
  if (needle === '') return offsets;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) offsets.push(i);
  return offsets;
}

/**
 * Locates `quote` in `text`. Matching is exact (byte-for-byte on the UTF-16 string: curly
 * quotes, dashes and spacing must be copied as the article has them).
 */
export function locateQuote(text: string, quote: string): QuoteSpan | QuoteProblem {
  if (quote.trim() === '') return { kind: 'empty' };
  const offsets = findAll(text, quote);
  if (offsets.length === 0) return { kind: 'not-found' };
  if (offsets.length > 1) return { kind: 'ambiguous', offsets };
  const start = offsets[0] as number;
  return { start, end: start + quote.length };
}

/** True when `located` is a span rather than a problem. */
export function isSpan(located: QuoteSpan | QuoteProblem): located is QuoteSpan {
  return 'start' in located;
}

/** 1-based line number of a UTF-16 offset in `text` (for error messages about articles). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
