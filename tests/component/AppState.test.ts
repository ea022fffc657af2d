import { describe, expect, test } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { articles, dataFile, incidents } from './fixtures.ts';

const BASE = 'http://127.0.0.1:1/data/';

/** A fetch that serves the committed data (public/data), or a given status for the named files. */
function fakeFetch(status: Record<string, number> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const file = String(input).slice(BASE.length);
    if (status[file]) return new Response('', { status: status[file] });
    return new Response(dataFile(file));
  }) as typeof fetch;
}

describe('AppState', () => {
  test('loads incidents and articles', async () => {
    const app = new AppState();
    await app.load(BASE, fakeFetch());
    expect(app.status).toBe('ready');
    expect(app.dataset!.features().map((f) => f.properties.id)).toEqual(
      incidents.map((f) => f.properties.id),
    );
    expect([...app.dataset!.articles.keys()]).toEqual(articles.map((a) => a.id));
  });

  test('a missing file becomes a message naming it and the fix', async () => {
    const app = new AppState();
    await app.load(BASE, fakeFetch({ 'articles.json': 404 }));
    expect(app.status).toBe('error');
    expect(app.errors).toEqual([
      'data/articles.json: could not be loaded (HTTP 404). Generate the data with `npm run data` and rebuild.',
    ]);
  });

  test('selecting closes the chooser and the reading view', async () => {
    const app = new AppState();
    await app.load(BASE, fakeFetch());
    app.chooser = { ids: ['a', 'b'], x: 0, y: 0 };
    app.reading = true;
    app.select('2018-mirjaveh-abduction');
    expect(app.selected?.properties.place).toBe('Mirjaveh');
    expect(app.chooser).toBeNull();
    expect(app.reading).toBe(false);
  });
});
