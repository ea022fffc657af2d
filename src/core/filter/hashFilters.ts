// Filters and the search query in the URL hash, next to the map view, the selection and the time
// window: `#…&cat=attack,abduction&country=IR&q=saravan`. Parsing never throws; a value that names
// nothing this dataset has is dropped and named in a sentence for the link banner.
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from '../types.ts';
import { NO_FILTERS, type Filters, type ListFacet } from './filters.ts';

/** Hash key of each filter. */
export const FILTER_KEYS = {
  categories: 'cat',
  countries: 'country',
  admin1: 'province',
  actors: 'actor',
  datePrecisions: 'datePrecision',
  placePrecisions: 'placePrecision',
  minFatalities: 'fatalities',
  query: 'q',
} as const satisfies Record<keyof Filters, string>;

/** Longest query the hash keeps. */
export const MAX_QUERY = 200;

/** Values a dataset has for the facets that are not fixed vocabularies. */
export interface AvailableValues {
  countries: readonly string[];
  admin1: readonly string[];
  actors: readonly string[];
}

/** Splits a list value on commas that are not escaped as `\,`. */
export function splitList(value: string): string[] {
  return value
    .split(/(?<!\\),/)
    .map((v) => v.replace(/\\,/g, ',').trim())
    .filter(Boolean);
}

/** Joins values with commas, escaping commas inside a value as `\,`. */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/,/g, '\\,')).join(',');
}

const VOCABULARIES: Partial<Record<ListFacet, readonly string[]>> = {
  categories: CATEGORIES,
  datePrecisions: DATE_PRECISIONS,
  placePrecisions: PLACE_PRECISIONS,
};

const WHAT: Record<ListFacet, string> = {
  categories: 'category',
  countries: 'country of this dataset',
  admin1: 'province of this dataset',
  actors: 'actor of this dataset',
  datePrecisions: 'date precision',
  placePrecisions: 'place precision',
};

/**
 * Filters from hash values (`get(key)` returns a key's decoded value or null), checked against
 * the fixed vocabularies and the dataset's `available` values. Unknown values are dropped and
 * named in `problems`.
 */
export function parseHashFilters(
  get: (key: string) => string | null,
  available: AvailableValues,
): { filters: Filters; problems: string[] } {
  const problems: string[] = [];
  const filters: Filters = { ...NO_FILTERS };
  const lists: ListFacet[] = [
    'categories',
    'countries',
    'admin1',
    'actors',
    'datePrecisions',
    'placePrecisions',
  ];
  for (const facet of lists) {
    const key = FILTER_KEYS[facet];
    const raw = get(key);
    if (raw === null) continue;
    const allowed = VOCABULARIES[facet] ?? available[facet as keyof AvailableValues];
    const values = splitList(raw);
    const known = values.filter((v) => allowed.includes(v));
    const unknown = values.filter((v) => !allowed.includes(v));
    if (unknown.length) {
      const list = VOCABULARIES[facet] ? ` (one of ${allowed.join(', ')})` : '';
      problems.push(
        `The link's ${key}=${unknown.join(',')} names no ${WHAT[facet]}${list}; that part was ignored.`,
      );
    }
    if (known.length) (filters as Record<ListFacet, readonly string[] | null>)[facet] = known;
  }
  const fat = get(FILTER_KEYS.minFatalities);
  if (fat !== null) {
    if (/^\d{1,7}$/.test(fat.trim())) filters.minFatalities = Number(fat.trim());
    else {
      problems.push(
        `The link's fatalities=${fat} is not a whole number of fatalities (e.g. fatalities=5); it was ignored.`,
      );
    }
  }
  const q = get(FILTER_KEYS.query);
  if (q !== null) {
    filters.query = q.trim().slice(0, MAX_QUERY);
    if (q.trim().length > MAX_QUERY) {
      problems.push(`The link's search query is longer than ${MAX_QUERY} characters; it was cut.`);
    }
  }
  return { filters, problems };
}

/** The hash entries for `f` (a null value removes its key). */
export function hashFilterEntries(f: Filters): [key: string, value: string | null][] {
  const list = (v: readonly string[] | null) => (v ? joinList(v) : null);
  return [
    [FILTER_KEYS.categories, list(f.categories)],
    [FILTER_KEYS.countries, list(f.countries)],
    [FILTER_KEYS.admin1, list(f.admin1)],
    [FILTER_KEYS.actors, list(f.actors)],
    [FILTER_KEYS.datePrecisions, list(f.datePrecisions)],
    [FILTER_KEYS.placePrecisions, list(f.placePrecisions)],
    [FILTER_KEYS.minFatalities, f.minFatalities === null ? null : String(f.minFatalities)],
    [FILTER_KEYS.query, f.query.trim() ? f.query.trim() : null],
  ];
}
