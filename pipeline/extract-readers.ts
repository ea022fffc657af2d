// The readers the extractor CLI (`npm run extract`) and the evaluation (`npm run extract:eval`)
// use, in one place so they can be switched in one edit: the real readers of src/core/extract
// (dates.ts, dateline.ts, and places.ts over public/data/extract-gazetteer.json, the file the app
// loads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readers } from '../src/core/extract/extract.ts';
import type { PlaceLookup } from '../src/core/extract/toYaml.ts';
import {
  lookupPlace,
  PlaceError,
  type Gazetteer,
  type GazetteerEntry,
} from '../src/core/gazetteer.ts';
import type { DataIssue } from '../src/core/validation.ts';
import { GAZETTEER_PATH } from './build-all.ts';
import { findDateline } from '../src/core/extract/dateline.ts';
import { readSentenceDates } from '../src/core/extract/dates.ts';
import { parseExtractGazetteer } from '../src/core/extract/gazetteerData.ts';
import { createPlaceReader } from '../src/core/extract/places.ts';
import { EXTRACT_GAZETTEER_PATH } from './build-all.ts';
import { loadGazetteer } from './load-aliases.ts';
import { ROOT, SOURCES } from './paths.ts';

/** True while any reader is a temporary adapter, not the real rules (none is, now). */
export const READERS_ARE_TEMPORARY = false;

let gazetteer: Gazetteer | null = null;

/** The generated gazetteer with the curated aliases (geodata/), read once per process. */
export function nodeGazetteer(): Gazetteer {
  if (!gazetteer) {
    const entries = JSON.parse(
      readFileSync(join(ROOT, GAZETTEER_PATH), 'utf8'),
    ) as GazetteerEntry[];
    const issues: DataIssue[] = [];
    const aliases = { path: 'geodata/aliases.yaml', text: readFileSync(SOURCES.aliases, 'utf8') };
    gazetteer = loadGazetteer(entries, aliases, issues);
    if (issues.length > 0)
      throw new Error(issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n'));
  }
  return gazetteer;
}

/** The readers the CLI and the evaluation run the extractor with. */
export function nodeReaders(): Readers {
  return {
    dates: readSentenceDates,
    places: createPlaceReader(
      parseExtractGazetteer(
        readFileSync(join(ROOT, EXTRACT_GAZETTEER_PATH), 'utf8'),
        EXTRACT_GAZETTEER_PATH,
      ),
    ),
    findDateline,
  };
}

/** Where the pipeline's own lookup puts a place (for the drafts' overrides), or null. */
export function pipelineLookup(g: Gazetteer = nodeGazetteer()): PlaceLookup {
  return (place, country) => {
    try {
      const m = lookupPlace(place, g, country);
      return { lat: m.entry.lat, lon: m.entry.lon, precision: m.precision, admin1: m.entry.admin1 };
    } catch (e) {
      if (e instanceof PlaceError) return null;
      throw e;
    }
  };
}
