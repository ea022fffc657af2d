// AppState with a loaded dataset: every dataset is the same sorted store (selection by id through
// the sorted index), large or small, and back to the cached seed articles.
import { describe, expect, test } from 'vitest';
import { columnsFromFeatures } from '../../../src/core/binaryLayout';
import { LARGE_DATASET } from '../../../src/core/dataset';
import { generateSynthetic } from '../../../src/core/synthetic';
import { AppState } from '../../../src/state/app.svelte.ts';
import { dataFile, incidents } from '../fixtures.ts';

const BASE = 'http://127.0.0.1:1/data/';
let fetches = 0;
const fakeFetch = (async (input: RequestInfo | URL) => {
  fetches++;
  return new Response(dataFile(String(input).slice(BASE.length)));
}) as typeof fetch;

describe('AppState datasets', () => {
  test('a large dataset is kept as columns and its incidents are selected by id', () => {
    const app = new AppState();
    app.useDataset('synthetic', generateSynthetic(LARGE_DATASET + 1, 4));
    expect(app.dataset!.large).toBe(true);
    expect(app.dataset!.count).toBe(LARGE_DATASET + 1);
    app.select('synthetic-17');
    expect(app.selectedIndex).toBe(17);
    expect(app.selected?.properties.title).toMatch(/#17$/);
  });

  test('a small dataset is the same store, drawn like the seeds', () => {
    const app = new AppState();
    app.useDataset('small.geojson', columnsFromFeatures(incidents.slice(0, 3)));
    expect(app.dataset!.large).toBe(false);
    expect(app.dataset!.count).toBe(3);
    expect(app.datasetName).toBe('small.geojson');
    app.select(incidents[1]!.properties.id);
    expect(app.selected?.properties.id).toBe(incidents[1]!.properties.id);
  });

  test('an id the large dataset lacks selects nothing', () => {
    const app = new AppState();
    app.useDataset('synthetic', generateSynthetic(LARGE_DATASET + 1, 4));
    app.select('2024-pakistan-strikes-saravan');
    expect(app.selected).toBeNull();
  });

  test('back to the seed articles restores them without fetching again', async () => {
    const app = new AppState();
    fetches = 0;
    await app.load(BASE, fakeFetch);
    const seeds = app.dataset;
    app.useDataset('synthetic', generateSynthetic(LARGE_DATASET + 1, 4));
    await app.backToSeed(BASE, fakeFetch);
    expect(app.datasetName).toBeNull();
    expect(app.dataset).toBe(seeds);
    expect(app.dataset!.articles.size).toBeGreaterThan(0);
    expect(fetches).toBe(2);
  });
});
