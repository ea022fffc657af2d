// The index and its ranking (MiniSearch behind core/search/engine.ts) on the seed incidents and
// on made-up ones.
import { describe, expect, test } from 'vitest';
import { Dataset } from '../../../src/core/dataset.ts';
import { documentOf, indexedFields } from '../../../src/core/search/documents.ts';
import { createSearchIndex, runQuery } from '../../../src/core/search/engine.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { made, seedDataset } from './fixtures.ts';

function indexOf(dataset: Dataset) {
  const index = createSearchIndex(indexedFields(dataset.count, false));
  index.addAll(
    Array.from({ length: dataset.count }, (_, i) => documentOf(i, dataset.featureAt(i))),
  );
  return (q: string) => [...runQuery(index, q).ranked].map((i) => dataset.idOf(i));
}

const seedSearch = indexOf(seedDataset);

function madeSearch(features: IncidentFeature[]) {
  return indexOf(Dataset.fromFeatures(features));
}

describe('ranking on the seed incidents', () => {
  test('"Saravan" finds the Pakistani strike on Saravan, and only it', () => {
    expect(seedSearch('Saravan')).toEqual(['2024-pakistan-strikes-saravan']);
  });

  test('"Sarāvān" with its diacritics finds the same incident', () => {
    expect(seedSearch('Sarāvān')).toEqual(['2024-pakistan-strikes-saravan']);
  });

  test('the word being typed matches as a prefix: "sarav"', () => {
    expect(seedSearch('sarav')).toEqual(['2024-pakistan-strikes-saravan']);
  });

  test('a typo in a long word still finds it: "Saravn"', () => {
    expect(seedSearch('Saravn')).toEqual(['2024-pakistan-strikes-saravan']);
  });

  test('every word must match, in any field: "Mirjaveh guards" (place + title)', () => {
    expect(seedSearch('Mirjaveh guards')).toEqual(['2018-mirjaveh-abduction']);
  });

  test('a word in no incident finds nothing', () => {
    expect(seedSearch('Kandahar')).toEqual([]);
  });

  test('an empty or punctuation-only query finds nothing', () => {
    expect(seedSearch('')).toEqual([]);
    expect(seedSearch(' ,;! ')).toEqual([]);
  });
});

describe('ranking rules', () => {
  test('a title match outranks the same word in an excerpt', () => {
    const search = madeSearch([
      made('in-excerpt', { excerpt: 'Fighting near Panjgur was reported.', date: '2024-02-01' }),
      made('in-title', { title: 'Fighting near Panjgur', date: '2020-01-01' }),
    ]);
    expect(search('panjgur')).toEqual(['in-title', 'in-excerpt']);
  });

  test('an exact word outranks a longer word it is the prefix of', () => {
    const search = madeSearch([
      made('longer', { place: 'Saravanabad', date: '2024-02-01' }),
      made('exact', { place: 'Saravan', date: '2020-01-01' }),
    ]);
    expect(search('saravan')).toEqual(['exact', 'longer']);
  });

  test('a prefix of the typed word outranks a one-letter typo of it', () => {
    const search = madeSearch([
      made('typo', { place: 'Saray', date: '2024-02-01' }),
      made('prefix', { place: 'Saravan', date: '2020-01-01' }),
    ]);
    expect(search('sarav')).toEqual(['prefix', 'typo']);
  });

  test('equal scores list the most recent incident first', () => {
    const search = madeSearch([
      made('older', { place: 'Turbat', date: '2019-05-01' }),
      made('newer', { place: 'Turbat', date: '2023-05-01' }),
    ]);
    expect(search('turbat')).toEqual(['newer', 'older']);
  });

  test('only the last word is a prefix: "sar strike" does not match Saravan', () => {
    const search = madeSearch([made('s', { title: 'Strike', place: 'Saravan' })]);
    expect(search('sar strike')).toEqual([]);
    expect(search('strike sar')).toEqual(['s']);
  });

  test('actors are searched', () => {
    const search = madeSearch([
      made('a', { actors: ['Jaish al-Adl', 'Military Forces of Iran'] }),
      made('b', { actors: ['Civilians'] }),
    ]);
    expect(search('jaish')).toEqual(['a']);
  });
});
