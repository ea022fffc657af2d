// Builds the downloads of the user's articles in the browser: the geodata/ zip (with the
// gazetteer lookup the records need, loaded from the app's host) and the GeoJSON of the accepted
// incidents. Loaded lazily: the YAML writer and the zip library only matter on export.
import type { IncidentFeature } from '../core/types.ts';
import type { UserData } from '../core/userArticles/model.ts';
import { browserLookup, loadPlaceData } from './browserReaders.ts';

/** A file to download, and what was left out of it. */
export interface Download {
  name: string;
  blob: Blob;
  warnings: string[];
}

/** Ids the curated data uses: the shown seed incidents and the recorded non-incidents. */
async function curatedIds(seedIds: readonly string[], excludedUrl: string): Promise<Set<string>> {
  const ids = new Set(seedIds);
  try {
    const res = await fetch(excludedUrl);
    if (res.ok) for (const r of (await res.json()) as { id: string }[]) ids.add(r.id);
  } catch {
    // Without it, ids are still unique among the seeds and the export.
  }
  return ids;
}

/** The geodata/ zip of the user's articles. */
export async function geodataDownload(
  data: UserData,
  opts: {
    placeDataUrl: string;
    excludedUrl: string;
    seedIds: readonly string[];
    titleOf: (id: string) => string | null;
    today: string;
  },
): Promise<Download> {
  const [{ exportGeodata }, { zipFiles }, place, existingIds] = await Promise.all([
    import('../core/userArticles/exportGeodata.ts'),
    import('../core/userArticles/zip.ts'),
    loadPlaceData(opts.placeDataUrl),
    curatedIds(opts.seedIds, opts.excludedUrl),
  ]);
  const r = exportGeodata(data, {
    lookup: browserLookup(place),
    existingIds,
    titleOf: opts.titleOf,
    today: opts.today,
  });
  const bytes = zipFiles(r.files);
  return {
    name: `borderlines-geodata-${opts.today}.zip`,
    blob: new Blob([bytes as BlobPart], { type: 'application/zip' }),
    warnings: r.warnings,
  };
}

/** The GeoJSON of the accepted incidents among `shown` that come from the user's articles. */
export async function geojsonDownload(
  data: UserData,
  shown: readonly IncidentFeature[],
  today: string,
): Promise<Download> {
  const { acceptedFeatures, geojsonText } = await import('../core/userArticles/exportGeojson.ts');
  const features = acceptedFeatures(shown, new Set(data.articles.map((a) => a.id)));
  return {
    name: `borderlines-incidents-${today}.geojson`,
    blob: new Blob([geojsonText(features)], { type: 'application/geo+json' }),
    warnings: features.length ? [] : ['No accepted incident yet: the file is empty.'],
  };
}

/** Hands a file to the browser as a download. */
export function saveDownload(d: Download): void {
  const url = URL.createObjectURL(d.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = d.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
