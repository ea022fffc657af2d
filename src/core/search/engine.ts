// The search index (MiniSearch) and its ranking, the same on the main thread and in the search
// worker. Ranking: BM25 over the fields with the title weighted 3× and the place 2×; every query
// word must match (AND), in any field; the word being typed (the last) also matches as a prefix,
// and words of 5+ letters tolerate one typo (two from 10 letters). Exact words outrank prefixes,
// which outrank typos; equal scores put the most recent incident first. Pure.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { SearchDocument, SearchField } from './documents.ts';
import { fold, queryTerms, words } from './text.ts';

/** The index over one dataset's search documents. */
export type SearchIndex = MiniSearch<SearchDocument>;

/** What a query found: every match, best first, and the index words that matched. */
export interface QueryAnswer {
  /** Sorted indices of the matching incidents, best first. */
  ranked: Uint32Array;
  /** Folded index words that matched some query word (for highlighting), at most `MAX_TERMS`. */
  terms: string[];
}

/** Most matched words an answer lists for highlighting (a one-letter prefix can match thousands). */
export const MAX_TERMS = 500;

const BOOST: Partial<Record<SearchField, number>> = { title: 3, place: 2 };

/** MiniSearch's search options for the app's queries (see the file comment). */
export const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  boost: BOOST,
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  weights: { prefix: 0.5, fuzzy: 0.2 },
};

/** An empty index over `fields`. */
export function createSearchIndex(fields: readonly SearchField[]): SearchIndex {
  const options: Options<SearchDocument> = {
    fields: [...fields],
    storeFields: [],
    tokenize: words,
    processTerm: (term) => fold(term) || null,
    searchOptions: SEARCH_OPTIONS,
  };
  return new MiniSearch<SearchDocument>(options);
}

/** Runs `query` (trimmed, folded, at most 12 words); an empty query finds nothing. */
export function runQuery(index: SearchIndex, query: string): QueryAnswer {
  const terms = queryTerms(query);
  if (terms.length === 0) return { ranked: new Uint32Array(0), terms: [] };
  const results = index.search(terms.join(' '));
  results.sort((a, b) => b.score - a.score || (b.id as number) - (a.id as number));
  const ranked = Uint32Array.from(results, (r) => r.id as number);
  const matched = new Set<string>();
  for (const r of results) {
    for (const t of r.terms) matched.add(t);
    if (matched.size >= MAX_TERMS) break;
  }
  return { ranked, terms: [...matched].slice(0, MAX_TERMS) };
}
