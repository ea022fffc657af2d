// Keeps a ViewState and the URL hash in step: the time window (`from`/`to`) and the filters and
// search query (`cat`, `country`, `province`, `actor`, `datePrecision`, `placePrecision`,
// `fatalities`, `q`). The hash sets them on start and on every change; they write the hash back.
// What a link names that this dataset lacks is dropped and reported for the link banner.
import { untrack } from 'svelte';
import type { Dataset } from '../core/dataset.ts';
import type { Filters } from '../core/filter/filters.ts';
import {
  FILTER_KEYS,
  hashFilterEntries,
  parseHashFilters,
  type AvailableValues,
} from '../core/filter/hashFilters.ts';
import { syncTimeWithHash, type HashKeys } from './timeHash.svelte.ts';
import type { ViewState } from './view.svelte.ts';

/** The values of the dataset's own facets, for checking a link's filters. */
export function availableValues(dataset: Dataset): AvailableValues {
  const f = dataset.columns.facets;
  return { countries: f?.countries ?? [], admin1: f?.admin1s ?? [], actors: f?.actors ?? [] };
}

/** True when two filter sets are the same. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Syncs `view` with `hash`. `report(part, message)` names a problem of the link's time window
 * (`time`) or filters (`filters`); the caller clears them when the link is corrected. Returns the
 * teardown.
 */
export function syncViewWithHash(
  view: ViewState,
  hash: HashKeys,
  report: (part: 'time' | 'filters', message: string) => void,
): () => void {
  const stopTime = syncTimeWithHash(view.time, hash, (message, problem) => {
    if (problem === 'malformed') report('time', message);
  });
  const available = availableValues(view.dataset);
  const stop = $effect.root(() => {
    $effect(() => {
      const values: Record<string, string | null> = Object.fromEntries(
        Object.values(FILTER_KEYS).map((k) => [k, hash.get(k)]),
      );
      untrack(() => {
        const { filters, problems } = parseHashFilters((k) => values[k] ?? null, available);
        if (!sameFilters(filters, view.filters)) view.setFilters(filters);
        if (problems.length) report('filters', problems.join(' '));
      });
    });
    $effect(() => {
      const entries = hashFilterEntries(view.filters);
      untrack(() => {
        for (const [key, value] of entries) if (hash.get(key) !== value) hash.set(key, value);
      });
    });
  });
  return () => {
    stop();
    stopTime();
  };
}
