// The extractor's readers in the browser, in ONE place (the mirror of
// pipeline/extract-readers.ts), so switching a reader is one edit here. Dates and datelines are
// the real readers (src/core/extract/dates.ts, dateline.ts). Places are still the TEMPORARY
// adapter over `lookupPlace` (pipeline/extract-readers-temporary.ts), fed by the gazetteer
// `npm run data` writes to public/data/gazetteer.json (src/core/gazetteerFile.ts).
//
// When the real place reader lands (src/core/extract/places.ts `createPlaceReader`, with its
// artifact public/data/extract-gazetteer.json parsed by `parseExtractGazetteer`): set
// PLACE_DATA_FILE (placeDataFile.ts) to 'extract-gazetteer.json', build `places` with `createPlaceReader` and the
// `Gazetteer` for `lookupPlace` from its `entries`, `aliases` and organisation names, set
// READERS_ARE_TEMPORARY to false, and drop src/core/gazetteerFile.ts and its output.
import type { Readers } from '../core/extract/extract.ts';
import { findDateline } from '../core/extract/dateline.ts';
import { readSentenceDates } from '../core/extract/dates.ts';
import type { PlaceLookup } from '../core/extract/toYaml.ts';
import { lookupPlace, PlaceError, type Gazetteer } from '../core/gazetteer.ts';
import { parseGazetteerFile } from '../core/gazetteerFile.ts';
import { createTemporaryPlaceReader } from '../../pipeline/extract-readers-temporary.ts';
import { PLACE_DATA_FILE } from './placeDataFile.ts';

/** True while any reader is a temporary adapter (today: places), not the real rules. */
export const READERS_ARE_TEMPORARY = true;

export { PLACE_DATA_FILE } from './placeDataFile.ts';

/** What the readers and the export's lookup are built from. */
export type PlaceData = Gazetteer;

/** Fetches and parses the place data from `url` (absolute); the message names the file and fix. */
export async function loadPlaceData(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<PlaceData> {
  const file = `data/${PLACE_DATA_FILE}`;
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new Error(`${file} could not be fetched (${(e as Error).message}).`, { cause: e });
  }
  if (!res.ok) {
    throw new Error(
      `${file} could not be loaded (HTTP ${res.status}). Generate it with \`npm run data\` and rebuild.`,
    );
  }
  return parseGazetteerFile(await res.text(), file);
}

/** The readers the app runs the extractor with. */
export function browserReaders(data: PlaceData): Readers {
  return {
    dates: readSentenceDates,
    places: createTemporaryPlaceReader(data),
    findDateline,
  };
}

/** Where the pipeline's own lookup puts a place (for the export's records), or null. */
export function browserLookup(data: PlaceData): PlaceLookup {
  return (place, country) => {
    try {
      const m = lookupPlace(place, data, country);
      return { lat: m.entry.lat, lon: m.entry.lon, precision: m.precision };
    } catch (e) {
      if (e instanceof PlaceError) return null;
      throw e;
    }
  };
}
