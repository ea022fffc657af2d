import { render } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import ArticleText from '../../src/components/ArticleText.svelte';
import type { Article } from '../../src/core/types.ts';
import { articleOf, HOSTILE, incident } from './fixtures.ts';

const mirjaveh = incident('2018-mirjaveh-abduction');

describe('ArticleText', () => {
  test('shows the whole article with the excerpt in a <mark>, scrolled into view', () => {
    const scroll = vi.fn();
    window.HTMLElement.prototype.scrollIntoView = scroll;
    const article = articleOf(mirjaveh);
    const { container } = render(ArticleText, { article, incident: mirjaveh.properties });
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(mirjaveh.properties.excerpt);
    expect(container.querySelector('.text')!.textContent).toBe(article.text);
    expect(scroll.mock.contexts[0]).toBe(marks[0]);
  });

  test('renders a hostile article as text', () => {
    const text = `Before ${HOSTILE} after.`;
    const article: Article = { ...articleOf(mirjaveh), text, title: HOSTILE };
    const start = text.indexOf(HOSTILE);
    const { container } = render(ArticleText, {
      article,
      incident: {
        ...mirjaveh.properties,
        excerpt: HOSTILE,
        excerpt_start: start,
        excerpt_end: start + HOSTILE.length,
      },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')!.textContent).toBe(HOSTILE);
  });

  test('says so when the offsets do not match the excerpt, and still shows the text', () => {
    const article = articleOf(mirjaveh);
    const { container } = render(ArticleText, {
      article,
      incident: { ...mirjaveh.properties, excerpt_start: 0, excerpt_end: 10 },
    });
    expect(container.querySelector('mark')).toBeNull();
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('differs');
    expect(container.querySelector('.text')!.textContent).toBe(article.text);
  });
});
