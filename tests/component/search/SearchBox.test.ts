// The search box: a labelled ARIA combobox, ranked results with marked words, keys (↓/↑, Enter,
// Escape), the count, "no match", the build progress, and hostile text shown as text.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import SearchBox from '../../../src/components/SearchBox.svelte';
import { Dataset } from '../../../src/core/dataset.ts';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { SearchState } from '../../../src/state/search.svelte.ts';
import { ViewState } from '../../../src/state/view.svelte.ts';
import { HOSTILE, incidents } from '../fixtures.ts';
import { ManualBackend, settle } from './searchFixtures.ts';

const SARAVAN = '2024-pakistan-strikes-saravan';
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function setup(features: IncidentFeature[] | Dataset = incidents, auto = true) {
  const view = new ViewState(
    features instanceof Dataset ? features : Dataset.fromFeatures(features),
  );
  const backend = new ManualBackend();
  backend.auto = auto;
  const search = new SearchState(view, backend.factory);
  cleanup.push(
    () => search.destroy(),
    () => view.time.destroy(),
  );
  const onchoose = vi.fn();
  render(SearchBox, { search, onchoose, debounceMs: 0 });
  const input = screen.getByRole('combobox', { name: 'Search incidents' }) as HTMLInputElement;
  return { view, backend, search, onchoose, input };
}

/** Types `text` into the box and waits for the debounce and the answer. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  await fireEvent.focus(input);
  await fireEvent.input(input, { target: { value: text } });
  await new Promise((r) => setTimeout(r, 5));
  await settle();
  flushSync();
}

describe('SearchBox', () => {
  test('is a labelled combobox, closed at first, with no listbox on the page', () => {
    const { input } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  test('once open it controls the listbox of results', async () => {
    const { input } = setup();
    await type(input, 'saravan');
    const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.getAttribute('aria-label')).toBe('Search results');
  });

  test('typing lists the matches with the matched words marked, and counts them', async () => {
    const { input, view } = setup();
    await type(input, 'saravan');
    expect(view.filters.query).toBe('saravan');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]!.querySelector('.title')!.textContent).toBe(
      'Pakistani air strikes in Saravan county kill at least ten',
    );
    expect([...options[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Saravan',
      'Saravan',
    ]);
    expect(options[0]!.textContent).toContain('2024-01-18');
    expect(screen.getByRole('status').textContent).toBe('1 match');
  });

  test('↓ moves onto a result (aria-activedescendant) and Enter chooses it', async () => {
    const { input, onchoose, view, search } = setup();
    await type(input, 'islamabad');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = input.getAttribute('aria-activedescendant')!;
    expect(document.getElementById(active)!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('option').findIndex((o) => o.id === active)).toBe(1);
    await fireEvent.keyDown(input, { key: 'Enter' });
    const [index, id] = onchoose.mock.calls[0]!;
    expect(id).toBe(search.results[1]!.id);
    expect(view.dataset.idOf(index)).toBe(id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  test('↑ from the top wraps to the last result', async () => {
    const { input } = setup();
    await type(input, 'islamabad');
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
  });

  test('Enter right after typing chooses the best match once it is found', async () => {
    const { input, onchoose, view } = setup(incidents, true);
    await fireEvent.input(input, { target: { value: 'Saravan' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    flushSync();
    expect(onchoose).toHaveBeenCalledWith(view.dataset.indexOfId(SARAVAN), SARAVAN);
  });

  test('Escape closes the list, a second Escape clears the query', async () => {
    const { input, view } = setup();
    await type(input, 'saravan');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(view.filters.query).toBe('saravan');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(view.filters.query).toBe('');
  });

  test('says so when nothing matches', async () => {
    const { input } = setup();
    await type(input, 'kandahar');
    expect(screen.getByRole('status').textContent).toBe('No match for “kandahar”.');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  test('shows the build progress while the index builds', async () => {
    const { input, backend } = setup(incidents, false);
    await type(input, 'saravan');
    backend.progress!({ indexed: 2, ms: null });
    flushSync();
    expect(screen.getByRole('status').textContent).toBe('Indexing 8 incidents… 25%');
  });

  test('says what it searches: every field of articles, only titles of synthetic data', () => {
    const { input } = setup();
    expect(input.placeholder).toBe('Title, place, actor, excerpt…');
    cleanup.forEach((f) => f());
    cleanup = [];
    document.body.innerHTML = '';
    const synthetic = setup(new Dataset(generateSynthetic(20, 1)));
    expect(synthetic.input.placeholder).toBe('Generated titles (synthetic data)…');
  });

  test('finds a synthetic incident by its generated title', async () => {
    const dataset = new Dataset(generateSynthetic(50, 1));
    const { input } = setup(dataset);
    const title = dataset.featureAt(42).properties.title;
    await type(input, title);
    expect(screen.getAllByRole('option')[0]!.querySelector('.title')!.textContent).toBe(title);
  });

  test('a query set elsewhere (a link) shows in the box', async () => {
    const { input, view } = setup();
    view.setFilters({ ...view.filters, query: 'mirjaveh' });
    flushSync();
    expect(input.value).toBe('mirjaveh');
  });

  test('hostile text in a result is shown as text, never as HTML', async () => {
    const hostile = structuredClone(incidents[0]!);
    hostile.properties.title = `${HOSTILE} Saravan`;
    hostile.properties.place = `<b>Saravan</b>`;
    const { input } = setup([hostile]);
    await type(input, 'saravan');
    const option = screen.getByRole('option');
    expect(option.querySelector('img, b')).toBeNull();
    expect(option.querySelector('.title')!.textContent).toBe(`${HOSTILE} Saravan`);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('a hostile query is searched and echoed as text', async () => {
    const { input } = setup();
    await type(input, HOSTILE);
    expect(document.querySelector('.search img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('No match');
  });
});
