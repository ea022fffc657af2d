// One source is said once: the panel's "Source" row carries its link and no list repeats it; the
// list of sources appears when several articles report the incident.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import IncidentPanel from '../../../src/components/IncidentPanel.svelte';
import PanelSources from '../../../src/components/articles/PanelSources.svelte';
import type { Article, IncidentSource } from '../../../src/core/types.ts';
import { articleOf, incident } from '../fixtures.ts';

const seed = incident('2018-mirjaveh-abduction');
const own: Article = { ...articleOf(seed), url: 'https://www.reuters.com/levies-abducted' };
const second: IncidentSource = {
  article: null,
  excerpt: 'Unidentified gunmen kidnapped four Levies personnel.',
  excerpt_start: null,
  excerpt_end: null,
  outlet: 'Dawn',
  url: 'https://www.dawn.com/news/1890001',
};

describe('sources in the panel', () => {
  it('one source with a link: no list of sources; the link is in the Source row', () => {
    const { container } = render(PanelSources, {
      incident: seed.properties,
      articleOf: () => own,
    });
    expect(container.querySelector('section')).toBeNull();
    render(IncidentPanel, {
      incident: seed.properties,
      article: own,
      reading: false,
      onread: () => {},
      onclose: () => {},
    });
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([own.url]);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('several sources: every one listed, the Source row without a second link', () => {
    const first: IncidentSource = {
      article: seed.properties.article,
      excerpt: seed.properties.excerpt,
      excerpt_start: null,
      excerpt_end: null,
      url: own.url!,
    };
    const merged = { ...seed.properties, sources: [first, second] };
    const list = within(render(PanelSources, { incident: merged, articleOf: () => own }).container);
    expect(list.getByRole('heading', { name: 'Sources (2)' })).toBeTruthy();
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    const { container } = render(IncidentPanel, {
      incident: merged,
      article: own,
      reading: false,
      onread: () => {},
      onclose: () => {},
    });
    expect(within(container).queryAllByRole('link')).toEqual([]);
  });
});
