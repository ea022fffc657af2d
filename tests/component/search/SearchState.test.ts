// SearchState: the index is asked when the view's query changes, its answers become the view's
// query hits, stale answers (an old query, a destroyed dataset) are dropped.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { Dataset } from '../../../src/core/dataset.ts';
import { NO_FILTERS } from '../../../src/core/filter/filters.ts';
import { SearchState } from '../../../src/state/search.svelte.ts';
import { ViewState } from '../../../src/state/view.svelte.ts';
import { incidents } from '../fixtures.ts';
import { ManualBackend, settle } from './searchFixtures.ts';

const SARAVAN = '2024-pakistan-strikes-saravan';
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function setup() {
  const view = new ViewState(Dataset.fromFeatures(incidents));
  const backend = new ManualBackend();
  const search = new SearchState(view, backend.factory);
  cleanup.push(
    () => search.destroy(),
    () => view.time.destroy(),
  );
  flushSync();
  return { view, backend, search };
}

function ask(view: ViewState, query: string): void {
  view.setFilters({ ...view.filters, query });
  flushSync();
}

/** Ids of the incidents the view shows (all dates). */
function shownIds(view: ViewState): string[] {
  const passing = view.passing ?? Uint32Array.from({ length: view.dataset.count }, (_, i) => i);
  return [...passing].map((i) => view.dataset.idOf(i));
}

describe('SearchState', () => {
  test('builds nothing until there is a query', async () => {
    const { backend } = setup();
    await settle();
    expect(backend.progress).toBeNull();
  });

  test("a query's answer becomes the view's hits: only the matches are shown", async () => {
    const { view, backend, search } = setup();
    ask(view, 'saravan');
    await settle();
    backend.asked[0]!.release();
    await settle();
    expect(shownIds(view)).toEqual([SARAVAN]);
    expect(search.results.map((r) => r.id)).toEqual([SARAVAN]);
    expect(search.matches.total).toBe(1);
  });

  test('an answer to an older query that arrives late is dropped', async () => {
    const { view, backend, search } = setup();
    ask(view, 'saravan');
    await settle();
    ask(view, 'mirjaveh');
    await settle();
    backend.asked[1]!.release();
    await settle();
    backend.asked[0]!.release();
    await settle();
    expect(search.answer?.query).toBe('mirjaveh');
    expect(shownIds(view)).toEqual(['2018-mirjaveh-abduction']);
  });

  test('an answer arriving after the dataset was switched (destroyed) is dropped', async () => {
    const { view, backend, search } = setup();
    ask(view, 'saravan');
    await settle();
    search.destroy();
    await settle();
    backend.asked[0]!.release();
    await settle();
    expect(view.queryHits).toBeNull();
    expect(search.answer).toBeNull();
    expect(backend.destroyed).toBe(1);
  });

  test('clearing the query shows every incident again', async () => {
    const { view, backend } = setup();
    backend.auto = true;
    ask(view, 'saravan');
    await settle();
    ask(view, '');
    await settle();
    expect(view.passing).toBeNull();
  });

  test('a query restored with the other filters (a link) gets its hits', async () => {
    const { view, backend } = setup();
    backend.auto = true;
    view.setFilters({ ...NO_FILTERS, categories: ['attack'], query: 'strikes' });
    flushSync();
    await settle();
    expect(shownIds(view).sort()).toEqual(['2024-iran-strikes-balochistan', SARAVAN]);
  });

  test('the listed results skip matches the other filters hide', async () => {
    const { view, backend, search } = setup();
    backend.auto = true;
    ask(view, 'islamabad');
    await settle();
    expect(search.matches.total).toBe(3);
    view.setFilters({ ...view.filters, categories: ['diplomacy'] });
    flushSync();
    const ids = search.results.map((r) => r.id);
    expect(ids.length).toBe(search.matches.total);
    expect(
      ids.every(
        (id) =>
          view.dataset.featureAt(view.dataset.indexOfId(id)).properties.category === 'diplomacy',
      ),
    ).toBe(true);
  });

  test('results mark the matched words of title and place', async () => {
    const { view, backend, search } = setup();
    backend.auto = true;
    ask(view, 'Sarāvān');
    await settle();
    const [r] = search.results;
    expect(r!.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['Saravan']);
    expect(r!.place.filter((s) => s.mark).map((s) => s.text)).toEqual(['Saravan']);
    expect(r!.date).toBe('2024-01-18');
  });

  test('a match only in the excerpt is shown as a cut of the excerpt', async () => {
    const { view, backend, search } = setup();
    backend.auto = true;
    ask(view, 'children');
    await settle();
    const [r] = search.results;
    expect(r!.more?.field).toBe('excerpt');
    expect(r!.more!.text.filter((s) => s.mark).map((s) => s.text)).toEqual(['children']);
  });

  test('reports the build progress while the index builds', async () => {
    const { view, backend, search } = setup();
    ask(view, 'saravan');
    await settle();
    backend.progress!({ indexed: 3, ms: null });
    expect(search.status).toBe('indexing');
    expect(search.indexed).toBe(3);
    backend.progress!({ indexed: 8, ms: 12 });
    expect(search.indexMs).toBe(12);
  });
});
