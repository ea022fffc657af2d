// What the app shows of one dataset: the filters, the time window (TimeState) over the incidents
// that pass them, and what the list and the map draw for that window. One class for every
// dataset size, so the list, the panel, the filters, search and export are written once; only
// the map chooses a renderer by size. All computing is in src/core; this holds the runes.
import type { Dataset } from '../core/dataset.ts';
import { facetCounts } from '../core/filter/facetCounts.ts';
import { applyFilters, isUnfiltered, NO_FILTERS, type Filters } from '../core/filter/filters.ts';
import { datasetIndex, filteredIndex, filteredStore } from '../core/filter/filteredStore.ts';
import type { IncidentStore } from '../core/incidentStore.ts';
import { rowIndex, rowOfIndex, windowRows } from '../core/time/windowIncidents.ts';
import { openingNote } from '../core/time/openingWindow.ts';
import { sameWindow, type TimeWindow } from '../core/time/window.ts';
import type { IncidentFeature } from '../core/types.ts';
import { TimeState, type TimeStateOptions } from './time.svelte.ts';

/** The incidents the map draws for a small dataset: the window's, plus a faded selection. */
export interface DrawnIncidents {
  features: IncidentFeature[];
  /** Id of the selection drawn faint (outside the window or filtered out), else null. */
  fadedId: string | null;
}

/** Filters, time window and what they show, over one dataset. */
export class ViewState {
  /** The dataset shown. */
  readonly dataset: Dataset;
  /** The time window over the incidents that pass the filters. */
  readonly time: TimeState;
  /** The filters in force. */
  filters = $state.raw<Filters>(NO_FILTERS);
  /**
   * Sorted index → 1 for the incidents matching the search query (set by the search index once
   * it has answered), or null while there is no query or no answer yet.
   */
  queryHits = $state.raw<Uint8Array | null>(null);
  /** Ascending sorted indices of the incidents passing the filters; null when all pass. */
  passing = $state.raw<Uint32Array | null>(null);
  /** True when any filter or query is in force. */
  readonly filtered = $derived(!isUnfiltered(this.filters));
  /** The list's rows for the window, as index ranges of the filtered store. */
  readonly rows = $derived.by(() =>
    windowRows(this.time.store, this.time.window.from, this.time.window.to),
  );
  /** Incidents in the window that pass the filters. */
  readonly count = $derived(this.rows.count);
  /**
   * Sorted index of the incident the list marks as nearest the current time (the window's end),
   * or -1 while the window spans all the data (the list then starts at the top).
   */
  readonly highlightIndex = $derived.by(() => {
    const t = this.time;
    if (sameWindow(t.window, t.extent) || t.nearestVisible < 0) return -1;
    return datasetIndex(this.passing, t.nearestVisible);
  });

  /**
   * "Showing the last 30 days of N incidents — …" while a large dataset shows the recent window it
   * opened on (`options.window`, see core/time/openingWindow.ts); null otherwise.
   */
  readonly openingNote = $derived.by(() => {
    const t = this.time;
    if (!this.#openedRecent || !sameWindow(t.window, t.home)) return null;
    return openingNote(this.dataset.count);
  });
  readonly #openedRecent: boolean;

  /** A view over `dataset`; `options.window` is a recent window it opens on (see openingNote). */
  constructor(dataset: Dataset, options: TimeStateOptions = {}) {
    this.dataset = dataset;
    this.time = new TimeState(dataset.store, options);
    this.#openedRecent = !sameWindow(this.time.home, this.time.extent);
  }

  /** Applies new filters (and the query's hits, when known): the list, map and time follow. */
  setFilters(filters: Filters, queryHits: Uint8Array | null = this.queryHits): void {
    this.filters = filters;
    this.queryHits = filters.query.trim() ? queryHits : null;
    this.passing = applyFilters(this.dataset, this.filters, this.queryHits);
    this.time.setStore(filteredStore(this.dataset.store, this.passing));
  }

  /** The time store of what is shown (filtered). */
  get store(): IncidentStore {
    return this.time.store;
  }

  /** Sorted index (in the dataset) of list row `row`. */
  indexAt(row: number): number {
    return datasetIndex(this.passing, rowIndex(this.rows, row));
  }

  /** List row of the dataset's sorted index `i`, or -1 when the list does not show it. */
  rowOf(i: number): number {
    if (i < 0) return -1;
    const k = filteredIndex(this.passing, i);
    return k < 0 ? -1 : rowOfIndex(this.rows, k);
  }

  /** True when sorted incident `i` passes the filters. */
  passes(i: number): boolean {
    return filteredIndex(this.passing, i) >= 0;
  }

  /** Days of sorted incident `i`, for the timeline's selection mark. */
  daysOf(i: number): TimeWindow {
    return { from: this.dataset.store.start[i]!, to: this.dataset.store.end[i]! };
  }

  /** Facet counts over the window (see facetCounts); computed when read. */
  readonly facets = $derived.by(() =>
    facetCounts(
      this.dataset,
      this.filters,
      this.time.window.from,
      this.time.window.to,
      this.queryHits,
    ),
  );

  /**
   * The features a small dataset's map layers draw: the list's incidents, plus the selection
   * (sorted index, -1 for none) faded when the list does not show it. Null for large datasets.
   */
  drawn(selected: number): DrawnIncidents | null {
    if (this.dataset.large) return null;
    const features: IncidentFeature[] = [];
    for (let r = 0; r < this.rows.count; r++)
      features.push(this.dataset.featureAt(this.indexAt(r)));
    let fadedId: string | null = null;
    if (selected >= 0 && this.rowOf(selected) < 0) {
      const f = this.dataset.featureAt(selected);
      features.push(f);
      fadedId = f.properties.id;
    }
    return { features, fadedId };
  }
}
