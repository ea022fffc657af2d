// Wires the user's articles into the app: IndexedDB storage, extraction in a worker, the
// boundaries from the app's own host, the seed dataset held until the stored articles are in (so
// a link to one of them works on reload) and then shown with them.
import type { MultiLineString } from 'geojson';
import type { AreaFeature } from '../core/geo-checks.ts';
import type { GeoContext } from '../core/userArticles/compose.ts';
import type { AppState } from '../state/app.svelte.ts';
import { UserArticles } from '../state/userArticles.svelte.ts';
import { openUserStore } from '../state/userStore.ts';
import { PLACE_DATA_FILE } from './placeDataFile.ts';
import { ExtractionRunner } from './runExtraction.ts';

/** Loads areas.geojson and border.geojson (the Iran–Pakistan line) from `layerUrl`. */
export async function loadGeoContext(layerUrl: (file: string) => string): Promise<GeoContext> {
  const get = async (file: string) => {
    const res = await fetch(layerUrl(file));
    if (!res.ok) throw new Error(`data/${file}: HTTP ${res.status}`);
    return (await res.json()) as { features: { properties: { id?: string }; geometry: unknown }[] };
  };
  const [areas, border] = await Promise.all([get('areas.geojson'), get('border.geojson')]);
  const line = border.features.find((f) => f.properties.id === 'IR-PK') ?? border.features[0];
  return {
    areas: areas.features as unknown as AreaFeature[],
    border: (line?.geometry as MultiLineString | undefined) ?? null,
  };
}

/** The user's articles of `app`, started and shown with the seed articles. */
export function createUserArticles(
  app: AppState,
  layerUrl: (file: string) => string,
): UserArticles {
  const runner = new ExtractionRunner();
  const articles = new UserArticles({
    openStore: openUserStore,
    extract: (req) => runner.run({ ...req, placeDataUrl: layerUrl(PLACE_DATA_FILE) }),
    cancelExtract: () => runner.cancel(),
    loadGeo: () => loadGeoContext(layerUrl),
  });
  app.holdSeedFor(articles.start());
  articles.attach(app);
  return articles;
}
