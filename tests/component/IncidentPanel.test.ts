import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import IncidentPanel from '../../src/components/IncidentPanel.svelte';
import type { Article, IncidentProperties } from '../../src/core/types.ts';
import { articleOf, HOSTILE, incident } from './fixtures.ts';

const mirjaveh = incident('2018-mirjaveh-abduction');
const saravan = incident('2024-pakistan-strikes-saravan');

function show(p: IncidentProperties, article: Article | null, reading = false) {
  const onread = vi.fn();
  const onclose = vi.fn();
  const r = render(IncidentPanel, { incident: p, article, reading, onread, onclose });
  return { ...r, onread, onclose };
}

describe('IncidentPanel', () => {
  test('shows title, date with basis and precision, place, region, border and source', () => {
    const { container } = show(mirjaveh.properties, articleOf(mirjaveh));
    expect(screen.getByRole('heading', { name: mirjaveh.properties.title })).toBeTruthy();
    const text = container.textContent!;
    expect(text).toContain('2018-10-16');
    expect(text).toContain('exact day, from “On October 16”');
    expect(text).toContain('Mirjaveh');
    expect(text).toContain('town level, within about 5 km');
    expect(text).toContain('Sistan and Baluchestan, Iran');
    expect(text).toContain('3 km from the Iran–Pakistan border');
    expect(text).toContain('IRNA, published 2018-11-20');
    expect(container.querySelector('blockquote')!.textContent).toBe(mirjaveh.properties.excerpt);
  });

  test('says an approximate date, a coarse place and a lower-bound count are such', () => {
    const { container } = show(saravan.properties, articleOf(saravan));
    const text = container.textContent!;
    expect(text).toContain('approximate day, from “on mid-January 18”');
    expect(text).toContain('county level, within about 50 km');
    expect(text).toContain('10 (“At least ten”)');
    expect(text).toContain('from Pakistan into Iran');
  });

  test('"Read in article" asks for the reading view', async () => {
    const { onread } = show(mirjaveh.properties, articleOf(mirjaveh));
    await fireEvent.click(screen.getByRole('button', { name: 'Read in article' }));
    expect(onread).toHaveBeenCalledWith(true);
  });

  test('renders hostile article-derived strings as text, never as HTML', () => {
    const hostile: IncidentProperties = {
      ...mirjaveh.properties,
      title: HOSTILE,
      excerpt: HOSTILE,
      place: HOSTILE,
      date_basis: HOSTILE,
      note: HOSTILE,
      outlet: HOSTILE,
    };
    const { container } = show(hostile, null);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe(HOSTILE);
    expect(screen.getByRole('heading').textContent).toBe(HOSTILE);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

test('focus moves to "Back" when the article opens and back to "Read in article" after', async () => {
  const mirjaveh = incident('2018-mirjaveh-abduction');
  window.HTMLElement.prototype.scrollIntoView = () => {};
  const props = {
    incident: mirjaveh.properties,
    article: articleOf(mirjaveh),
    reading: false,
    onread: () => {},
    onclose: () => {},
  };
  const { rerender } = render(IncidentPanel, props);
  await rerender({ ...props, reading: true });
  expect(document.activeElement?.textContent?.trim()).toBe('← Back to the incident');
  await rerender({ ...props, reading: false });
  expect(document.activeElement?.textContent?.trim()).toBe('Read in article');
});
