// The readers the extractor CLI (`npm run extract`) and the evaluation (`npm run extract:eval`)
// use, in one place so they can be switched in one edit: the real readers of src/core/extract
// (dates.ts, dateline.ts, and places.ts over public/data/extract-gazetteer.json, the file the app
// loads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readers } from '../src/core/extract/extract.ts';
import type { PlaceLookup } from '../src/core/extract/recordLookup.ts';
import { findDateline } from '../src/core/extract/dateline.ts';
import { readSentenceDates } from '../src/core/extract/dates.ts';
import { parseExtractGazetteer, type ExtractGazetteer } from '../src/core/extract/gazetteerData.ts';
import { createPlaceReader } from '../src/core/extract/places.ts';
import { EXTRACT_GAZETTEER_PATH } from './build-all.ts';
import { lookupGazetteer, recordLookup } from '../src/core/extract/recordLookup.ts';
import { ROOT } from './paths.ts';

/** True while any reader is a temporary adapter, not the real rules (none is, now). */
export const READERS_ARE_TEMPORARY = false;

let placeData: ExtractGazetteer | null = null;

/** The place data the app loads (public/data/extract-gazetteer.json), read once per process. */
function nodePlaceData(): ExtractGazetteer {
  placeData ??= parseExtractGazetteer(
    readFileSync(join(ROOT, EXTRACT_GAZETTEER_PATH), 'utf8'),
    EXTRACT_GAZETTEER_PATH,
  );
  return placeData;
}

/** The readers the CLI and the evaluation run the extractor with. */
export function nodeReaders(): Readers {
  return {
    dates: readSentenceDates,
    places: createPlaceReader(nodePlaceData()),
    findDateline,
  };
}

/** Where the pipeline's own lookup puts a place (for the drafts' records), or null: the app's. */
export function pipelineLookup(): PlaceLookup {
  return recordLookup(lookupGazetteer(nodePlaceData()));
}
