// The review's article view: the sentence, the date phrase and the place phrase are three
// distinct marks with a legend, and the article is text only.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ArticleMarks from '../../../src/components/articles/ArticleMarks.svelte';
import SourcesList from '../../../src/components/articles/SourcesList.svelte';
import { HOSTILE } from '../fixtures.ts';

const TEXT = `${HOSTILE} Gunmen hit Rask on Monday. After.`;
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('ArticleMarks', () => {
  it('marks the sentence, the date phrase and the place phrase apart', () => {
    const { container } = render(ArticleMarks, {
      text: TEXT,
      sentence: at('Gunmen hit Rask on Monday.'),
      date: at('on Monday'),
      place: at('Rask'),
    });
    const text = container.querySelector('.text')!;
    expect(text.textContent).toBe(TEXT);
    expect([...text.querySelectorAll('mark.date')].map((m) => m.textContent)).toEqual([
      'on Monday',
    ]);
    expect([...text.querySelectorAll('mark.place')].map((m) => m.textContent)).toEqual(['Rask']);
    expect([...text.querySelectorAll('mark.sentence')].map((m) => m.textContent).join('')).toBe(
      'Gunmen hit Rask on Monday.',
    );
    expect(container.querySelector('[aria-label=Legend]')!.textContent).toMatch(
      /sentence\s*date phrase\s*place phrase/,
    );
  });

  it('renders hostile text as text, and says when a phrase is missing', () => {
    const { container } = render(ArticleMarks, {
      text: TEXT,
      sentence: at('Gunmen hit Rask on Monday.'),
      date: null,
      place: null,
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[aria-label=Legend]')!.textContent).toContain('(none)');
  });
});

describe('SourcesList', () => {
  it('links an http(s) source safely and never a javascript: one', () => {
    const { container } = render(SourcesList, {
      sources: [
        {
          article: null,
          excerpt: 'one',
          excerpt_start: null,
          excerpt_end: null,
          outlet: 'A',
          url: 'https://example.org/a',
        },
        {
          article: null,
          excerpt: HOSTILE,
          excerpt_start: null,
          excerpt_end: null,
          outlet: 'B',
          url: 'javascript:alert(1)',
        },
      ],
      articleOf: () => null,
    });
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('Sources (2)');
  });
});
