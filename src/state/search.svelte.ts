// Free-text search over the dataset a ViewState shows: owns that dataset's search index (built on
// the first query, in a worker for large datasets, freed by `destroy` when the dataset changes),
// asks it whenever the view's query changes (typing, a link's `q`, the filter panel), drops
// answers to an old query or an old dataset, and hands the matches to the view as its query hits
// so the map, the list and the time window show only them. The ranking, highlighting and hits
// mask are computed in src/core/search.
import { untrack } from 'svelte';
import { dateText } from '../core/describe.ts';
import { predicates } from '../core/filter/filters.ts';
import { indexedFields, type SearchField } from '../core/search/documents.ts';
import type { QueryAnswer } from '../core/search/engine.ts';
import { highlightRanges, segments, snippet, type Segment } from '../core/search/highlight.ts';
import { hitsMask, topPassing } from '../core/search/hits.ts';
import { LatestOnly } from '../core/search/latest.ts';
import { defaultBackend, type BackendFactory, type SearchBackend } from '../search/backend.ts';
import type { ViewState } from './view.svelte.ts';

/** How many ranked results the search box lists. */
export const RESULT_LIMIT = 8;

/** One listed result: the incident and its text with the matched words marked. */
export interface SearchResult {
  /** Sorted index in the dataset. */
  index: number;
  id: string;
  title: Segment[];
  place: Segment[];
  /** The incident's date or date range (ISO). */
  date: string;
  /** Where else the query matched (excerpt, actors, province, outlet), cut around the match. */
  more: { field: SearchField; text: Segment[] } | null;
}

/** A plain set of words (not reactive: it is rebuilt with each answer). */
function termSet(terms: readonly string[]): ReadonlySet<string> {
  return new Set(terms);
}

/** Where the index is: not asked yet, building, answering, or failed. */
export type SearchStatus = 'idle' | 'indexing' | 'searching' | 'ready' | 'error';

/** The search of one view's dataset. */
export class SearchState {
  /** The view whose dataset is searched and whose filters get the hits. */
  readonly view: ViewState;
  status = $state<SearchStatus>('idle');
  /** Incidents indexed so far while the index builds. */
  indexed = $state(0);
  /** Milliseconds the index took to build, once built. */
  indexMs = $state<number | null>(null);
  /** Why the search failed, for the user. */
  error = $state<string | null>(null);
  /** The latest answer and the query it answers, or null. */
  answer = $state.raw<(QueryAnswer & { query: string }) | null>(null);
  /** The fields the index holds for this dataset (no excerpts above EXCERPT_INDEX_LIMIT). */
  readonly fields: readonly SearchField[];
  /** The query in force (the view's, trimmed). */
  readonly query = $derived.by(() => this.view.filters.query.trim());
  /** The best matches that pass the other filters, and how many matches do (any date). */
  readonly matches = $derived.by(() => this.#matches());
  /** The answer's matched words, for highlighting. */
  readonly #terms: ReadonlySet<string> = $derived(termSet(this.answer?.terms ?? []));
  /** Results the box lists, best first, with highlights. */
  readonly results: SearchResult[] = $derived.by(() =>
    this.matches.top.map((i) => this.#result(i)),
  );

  #backend: Promise<SearchBackend> | null = null;
  #factory: BackendFactory;
  #tickets = new LatestOnly();
  #destroyed = false;
  #stop: () => void;

  constructor(view: ViewState, factory: BackendFactory = defaultBackend) {
    this.view = view;
    this.fields = indexedFields(view.dataset.count, !view.dataset.columns.details);
    this.#factory = factory;
    this.#stop = $effect.root(() => {
      $effect(() => {
        const q = this.query;
        untrack(() => void this.#ask(q));
      });
    });
  }

  /** Frees the index and ignores any answer still on its way. */
  destroy(): void {
    this.#destroyed = true;
    this.#tickets.cancel();
    this.#stop();
    void this.#backend?.then((b) => b.destroy()).catch(() => {});
    this.#backend = null;
  }

  async #ask(query: string): Promise<void> {
    const ticket = this.#tickets.next();
    if (!query) {
      this.answer = null;
      if (this.status !== 'indexing' && this.status !== 'error') this.status = 'idle';
      return;
    }
    if (this.status !== 'indexing') this.status = 'searching';
    try {
      this.#backend ??= this.#factory(this.view.dataset, (p) => {
        if (this.#destroyed) return;
        this.indexed = p.indexed;
        this.indexMs = p.ms;
        if (p.ms === null) this.status = 'indexing';
        else if (this.status === 'indexing') this.status = 'searching';
      });
      const answer = await (await this.#backend).query(query);
      if (!answer || this.#destroyed || !this.#tickets.isLatest(ticket)) return;
      this.answer = { ...answer, query };
      this.status = 'ready';
      const view = this.view;
      if (view.filters.query.trim() === query) {
        view.setFilters(view.filters, hitsMask(view.dataset.count, answer.ranked));
      }
    } catch (e) {
      if (this.#destroyed || !this.#tickets.isLatest(ticket)) return;
      this.status = 'error';
      this.error = `Search failed (${(e as Error).message}). Reload the page to try again.`;
    }
  }

  #matches(): { top: number[]; total: number } {
    const answer = this.answer;
    if (!answer || answer.query !== this.query) return { top: [], total: 0 };
    const { tests } = predicates(this.view.dataset, { ...this.view.filters, query: '' }, null);
    const pass = (i: number) => tests.every((t) => t.pass(i));
    return topPassing(answer.ranked, pass, RESULT_LIMIT);
  }

  #result(i: number): SearchResult {
    const terms = this.#terms;
    const p = this.view.dataset.featureAt(i).properties;
    const marked = (text: string) => segments(text, highlightRanges(text, terms));
    let more: SearchResult['more'] = null;
    if (!highlightRanges(p.title, terms).length && !highlightRanges(p.place, terms).length) {
      const others: [SearchField, string][] = [
        ['excerpt', p.excerpt],
        ['actors', (p.actors ?? []).join(' · ')],
        ['admin1', p.admin1 ?? ''],
        ['outlet', p.outlet ?? ''],
      ];
      for (const [field, text] of others) {
        const cut = snippet(text, highlightRanges(text, terms));
        if (cut) {
          more = { field, text: segments(cut.text, cut.ranges) };
          break;
        }
      }
    }
    return {
      index: i,
      id: p.id,
      title: marked(p.title),
      place: marked(p.place),
      date: dateText(p),
      more,
    };
  }
}
