// How many incidents in the time window each filter value would show, as the filter panel lists
// them. The usual faceted-search rule: a facet's counts apply every *other* filter, so the user
// sees what choosing a value would give. One pass over the window's incidents.
import type { Dataset } from '../dataset.ts';
import { NO_VALUE } from '../facets.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from '../types.ts';
import { LIST_FACETS, predicates, type Filters, type ListFacet } from './filters.ts';

/** Counts per value of each facet, and the number of incidents passing every filter. */
export interface FacetCounts {
  counts: Record<ListFacet, Map<string, number>>;
  /** Incidents in the window that pass every filter. */
  total: number;
}

/**
 * Facet counts over the incidents overlapping the window `from..to` (inclusive day numbers).
 * `queryHits` as in `applyFilters`.
 */
export function facetCounts(
  dataset: Dataset,
  f: Filters,
  from: number,
  to: number,
  queryHits: Uint8Array | null = null,
): FacetCounts {
  const counts = Object.fromEntries(
    LIST_FACETS.map((k) => [k, new Map<string, number>()]),
  ) as FacetCounts['counts'];
  const c = dataset.columns;
  const facets = c.facets ?? null;
  const store = dataset.store;
  const { tests } = predicates(dataset, f, queryHits);
  const add = (facet: ListFacet, value: string): void => {
    const m = counts[facet];
    m.set(value, (m.get(value) ?? 0) + 1);
  };
  const values = (facet: ListFacet, i: number): void => {
    switch (facet) {
      case 'categories':
        return add(facet, CATEGORIES[c.category[i]!] ?? '');
      case 'datePrecisions':
        return add(facet, DATE_PRECISIONS[c.datePrecision[i]!] ?? '');
      case 'placePrecisions':
        return add(facet, PLACE_PRECISIONS[c.placePrecision[i]!] ?? '');
      case 'countries':
        if (facets && facets.country[i] !== NO_VALUE)
          add(facet, facets.countries[facets.country[i]!]!);
        return;
      case 'admin1':
        if (facets && facets.admin1[i] !== NO_VALUE) add(facet, facets.admin1s[facets.admin1[i]!]!);
        return;
      case 'actors':
        if (!facets) return;
        for (let k = facets.actorOffsets[i]!; k < facets.actorOffsets[i + 1]!; k++) {
          add(facet, facets.actors[facets.actorRefs[k]!]!);
        }
    }
  };
  let total = 0;
  const visit = (i: number): void => {
    if (store.end[i]! < from) return;
    let failed: (typeof tests)[number]['facet'] | null = null;
    let fails = 0;
    for (const t of tests) {
      if (!t.pass(i)) {
        failed = t.facet;
        if (++fails > 1) break;
      }
    }
    if (fails === 0) {
      total++;
      for (const facet of LIST_FACETS) values(facet, i);
    } else if (fails === 1 && failed !== 'minFatalities' && failed !== 'query' && failed) {
      values(failed, i);
    }
  };
  const { early, lo, hi } = store.windowParts(from, to);
  for (const i of early) visit(i);
  for (let i = lo; i < hi; i++) visit(i);
  return { counts, total };
}
