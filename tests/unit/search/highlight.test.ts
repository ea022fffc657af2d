// Highlight ranges (UTF-16 offsets into the field's text), segments and snippets.
import { describe, expect, test } from 'vitest';
import { highlightRanges, segments, snippet } from '../../../src/core/search/highlight.ts';

describe('highlightRanges', () => {
  test('marks every word whose folded form matched, at its offsets in the original text', () => {
    const text = 'Air strikes in Sarāvān county; Saravan again';
    const ranges = highlightRanges(text, new Set(['saravan']));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Sarāvān', 'Saravan']);
  });

  test('offsets are UTF-16 units, past an emoji', () => {
    const text = '⚠️🚀 Saravan';
    const [r] = highlightRanges(text, new Set(['saravan']));
    expect(text.slice(r!.start, r!.end)).toBe('Saravan');
    expect(r!.start).toBe(5); // ⚠ + variation selector + 🚀 (a surrogate pair) + space
  });

  test('does not mark a word that only contains a matched word', () => {
    expect(highlightRanges('Saravanabad', new Set(['saravan']))).toEqual([]);
  });

  test('no terms, no ranges', () => {
    expect(highlightRanges('Saravan', new Set())).toEqual([]);
  });
});

describe('segments', () => {
  test('cuts the text into plain and marked parts that join back to it', () => {
    const text = 'in Saravan county';
    const parts = segments(text, [{ start: 3, end: 10 }]);
    expect(parts).toEqual([
      { text: 'in ', mark: false },
      { text: 'Saravan', mark: true },
      { text: ' county', mark: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  test('a text with no range is one plain segment', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('snippet', () => {
  const text =
    'At least ten people, children and women, were killed in the air strikes by Pakistan in Saravan county in the Southeastern province of Sistan and Baluchestan on mid-January 18.';

  test('cuts around the first match, with ellipses, and shifts the ranges into the cut', () => {
    const ranges = highlightRanges(text, new Set(['saravan']));
    const cut = snippet(text, ranges, 60)!;
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.ranges).toHaveLength(1);
    expect(cut.text.slice(cut.ranges[0]!.start, cut.ranges[0]!.end)).toBe('Saravan');
  });

  test('a short text is kept whole', () => {
    const cut = snippet('Saravan', [{ start: 0, end: 7 }])!;
    expect(cut).toEqual({ text: 'Saravan', ranges: [{ start: 0, end: 7 }] });
  });

  test('null when nothing matched', () => {
    expect(snippet(text, [])).toBeNull();
  });
});
