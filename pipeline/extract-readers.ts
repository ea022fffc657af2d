// The readers the extractor CLI (`npm run extract`) and the evaluation (`npm run extract:eval`)
// use, in one place so they can be switched in one edit. Dates and datelines are the real readers
// (src/core/extract/dates.ts, dateline.ts); places are still the TEMPORARY adapter of
// extract-readers-temporary.ts. When places.ts (createPlaceReader) lands, import it here instead,
// set READERS_ARE_TEMPORARY to false (the seeds comparison test then runs) and delete the adapter.
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
import { createTemporaryPlaceReader } from './extract-readers-temporary.ts';
import { loadGazetteer } from './load-aliases.ts';
import { ROOT, SOURCES } from './paths.ts';

/** True while any reader is a temporary adapter (today: places), not the real rules. */
export const READERS_ARE_TEMPORARY = true;

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
    places: createTemporaryPlaceReader(nodeGazetteer()),
    findDateline,
  };
}

/** Where the pipeline's own lookup puts a place (for the drafts' overrides), or null. */
export function pipelineLookup(g: Gazetteer = nodeGazetteer()): PlaceLookup {
  return (place, country) => {
    try {
      const m = lookupPlace(place, g, country);
      return { lat: m.entry.lat, lon: m.entry.lon, precision: m.precision };
    } catch (e) {
      if (e instanceof PlaceError) return null;
      throw e;
    }
  };
}
