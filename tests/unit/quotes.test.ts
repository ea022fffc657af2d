// Quote-to-span location: exact, unique, UTF-16 offsets.
import { describe, expect, it } from 'vitest';
import { lineOfOffset, locateQuote } from '../../src/core/quotes.ts';

const text = 'He said “militant hideouts”.\nThe countries’ ministers met. The ministers met again.';

describe('locateQuote', () => {
  it('returns UTF-16 offsets whose slice is the quote', () => {
    const span = locateQuote(text, 'The countries’ ministers met.');
    expect(span).toEqual({ start: 29, end: 58 });
    if ('start' in span)
      expect(text.slice(span.start, span.end)).toBe('The countries’ ministers met.');
  });
  it('reports a quote that is absent (straight vs curly apostrophe)', () => {
    expect(locateQuote(text, "The countries' ministers met.")).toEqual({ kind: 'not-found' });
  });
  it('reports a quote that occurs more than once, with offsets', () => {
    expect(locateQuote(text, 'ministers met')).toEqual({ kind: 'ambiguous', offsets: [44, 63] });
  });
  it('refuses an empty quote', () => {
    expect(locateQuote(text, '  ')).toEqual({ kind: 'empty' });
  });
  it('gives the line of an offset', () => {
    expect(lineOfOffset(text, 30)).toBe(2);
  });
});
