// The extractor's readers in the browser, in ONE place (the mirror of
// pipeline/extract-readers.ts), so switching a reader is one edit here: the real readers of
// src/core/extract (dates.ts, dateline.ts, and places.ts over the place reader's gazetteer,
// public/data/extract-gazetteer.json, fetched from the app's own host).
import type { Readers } from '../core/extract/extract.ts';
import { findDateline } from '../core/extract/dateline.ts';
import { readSentenceDates } from '../core/extract/dates.ts';
import { parseExtractGazetteer, type ExtractGazetteer } from '../core/extract/gazetteerData.ts';
import { createPlaceReader } from '../core/extract/places.ts';
import type { PlaceLookup } from '../core/extract/recordLookup.ts';
import { lookupGazetteer, recordLookup } from '../core/extract/recordLookup.ts';
import { PLACE_DATA_FILE } from './placeDataFile.ts';

export { PLACE_DATA_FILE } from './placeDataFile.ts';

/** True while any reader is a temporary adapter, not the real rules (none is, now). */
export const READERS_ARE_TEMPORARY = false;

/** What the readers and the export's lookup are built from. */
export type PlaceData = ExtractGazetteer;

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
  return parseExtractGazetteer(await res.text(), file);
}

/** The readers the app runs the extractor with. */
export function browserReaders(data: PlaceData): Readers {
  return { dates: readSentenceDates, places: createPlaceReader(data), findDateline };
}

/** Where the pipeline's own lookup puts a place (for the export's records), or null. */
export function browserLookup(data: PlaceData): PlaceLookup {
  return recordLookup(lookupGazetteer(data));
}
