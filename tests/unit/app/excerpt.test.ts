import { describe, expect, test } from 'vitest';
import { locateExcerpt } from '../../../src/core/excerpt.ts';
import type { Article } from '../../../src/core/types.ts';

const article = (text: string): Article => ({
  id: 'a1',
  outlet: 'X',
  title: null,
  published: '2024-01-29',
  published_basis: 'x',
  language: 'en',
  text,
});

describe('locateExcerpt', () => {
  test('cuts the text at the UTF-16 offsets', () => {
    const r = locateExcerpt(article('One. Two. Three.'), {
      id: 'i',
      excerpt: 'Two.',
      excerpt_start: 5,
      excerpt_end: 9,
    });
    expect(r).toEqual({ ok: true, split: { before: 'One. ', excerpt: 'Two.', after: ' Three.' } });
  });

  test('counts UTF-16 code units (curly quotes, astral characters)', () => {
    const text = '“Hi” 🙂 then the excerpt.';
    const start = text.indexOf('then');
    const r = locateExcerpt(article(text), {
      id: 'i',
      excerpt: 'then the excerpt',
      excerpt_start: start,
      excerpt_end: start + 16,
    });
    expect(r.ok && r.split.before).toBe('“Hi” 🙂 ');
  });

  test('reports offsets that do not match the excerpt', () => {
    const r = locateExcerpt(article('One. Two.'), {
      id: 'i',
      excerpt: 'Two.',
      excerpt_start: 0,
      excerpt_end: 4,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('differs from the excerpt');
  });

  test.each([
    [null, null],
    [-1, 3],
    [3, 3],
    [5, 100],
  ])('reports missing or out-of-range offsets (%s, %s)', (start, end) => {
    const r = locateExcerpt(article('One. Two.'), {
      id: 'i',
      excerpt: 'x',
      excerpt_start: start,
      excerpt_end: end,
    });
    expect(r.ok).toBe(false);
  });
});
