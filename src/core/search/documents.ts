// What the search index holds for each incident: the words of its title, excerpt, place,
// province, actors and outlet, keyed by sorted index. Synthetic incidents have no text beyond
// the generated title ("Synthetic attack #123"), so only that is indexed for them. Pure.
import type { IncidentFeature } from '../types.ts';

/** The searchable fields, in the order results explain them. */
export const SEARCH_FIELDS = ['title', 'place', 'excerpt', 'actors', 'admin1', 'outlet'] as const;
/** One of `SEARCH_FIELDS`. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One incident as the index sees it; `id` is its sorted index in the dataset. */
export type SearchDocument = { id: number } & Record<SearchField, string>;

/**
 * Datasets with more incidents than this index every field but the excerpt: at 1,000,000 ACLED
 * notes an index of the excerpts would need ~3 GB and minutes to build (bench/search).
 */
export const EXCERPT_INDEX_LIMIT = 100_000;

/** The fields indexed for a dataset of `count` incidents (`synthetic`: generated, no text). */
export function indexedFields(count: number, synthetic: boolean): SearchField[] {
  if (synthetic) return ['title'];
  return SEARCH_FIELDS.filter((f) => f !== 'excerpt' || count <= EXCERPT_INDEX_LIMIT);
}

/** The search document of sorted incident `i`. */
export function documentOf(i: number, f: IncidentFeature): SearchDocument {
  const p = f.properties;
  return {
    id: i,
    title: p.title ?? '',
    place: p.place ?? '',
    excerpt: p.excerpt ?? '',
    actors: Array.isArray(p.actors) ? p.actors.join(' · ') : '',
    admin1: p.admin1 ?? '',
    outlet: p.outlet && p.outlet !== 'unknown' ? p.outlet : '',
  };
}
