// The words search indexes, queries and highlights: folding and offsets.
import { describe, expect, test } from 'vitest';
import { fold, queryTerms, tokens } from '../../../src/core/search/text.ts';

describe('fold', () => {
  test('drops diacritics and lower-cases: Sarāvān is saravan', () => {
    expect(fold('Sarāvān')).toBe('saravan');
  });

  test('folds letters that do not decompose (Turkish dotless i, ø, ß)', () => {
    expect(fold('Iğdır')).toBe('igdir');
    expect(fold('Søndergård')).toBe('sondergard');
    expect(fold('Straße')).toBe('strasse');
  });

  test('keeps letters of other scripts (Persian stays Persian)', () => {
    expect(fold('سراوان')).toBe('سراوان');
  });
});

describe('tokens', () => {
  test('gives each word with its UTF-16 offsets in the original text', () => {
    const text = 'Strikes in Sarāvān, Sistan';
    const t = tokens(text);
    expect(t.map((x) => x.term)).toEqual(['strikes', 'in', 'saravan', 'sistan']);
    const sar = t[2]!;
    expect(text.slice(sar.start, sar.end)).toBe('Sarāvān');
  });

  test('counts offsets in UTF-16 units past astral characters', () => {
    const text = '🚀 Saravan';
    const [t] = tokens(text);
    expect(t).toEqual({ term: 'saravan', start: 3, end: 10 });
  });

  test('keeps a decomposed accent inside its word', () => {
    const text = 'Sara\u0304van';
    const [t] = tokens(text);
    expect(t).toEqual({ term: 'saravan', start: 0, end: text.length });
  });

  test('splits on punctuation: al-Adl is two words', () => {
    expect(tokens('Jaish al-Adl').map((t) => t.term)).toEqual(['jaish', 'al', 'adl']);
  });
});

describe('queryTerms', () => {
  test('folds, drops punctuation and repeats', () => {
    expect(queryTerms('  Sarāvān, saravan  strike! ')).toEqual(['saravan', 'strike']);
  });

  test('finds no words in punctuation or HTML-looking noise', () => {
    expect(queryTerms('<>"\'&;')).toEqual([]);
  });

  test('keeps at most 12 words', () => {
    expect(queryTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});
