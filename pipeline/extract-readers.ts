// The readers the extractor CLI (`npm run extract`) and the evaluation (`npm run extract:eval`)
// use, in one place so they can be switched in one edit. For now they are the TEMPORARY
// adapters of extract-readers-temporary.ts; when src/core/extract/dates.ts (readSentenceDates),
// dateline.ts (findDateline) and places.ts (createPlaceReader) land, import those here instead,
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
import {
  createTemporaryPlaceReader,
  temporaryDateReader,
  temporaryFindDateline,
} from './extract-readers-temporary.ts';
import { loadGazetteer } from './load-aliases.ts';
import { ROOT, SOURCES } from './paths.ts';

/** True while the readers are the temporary adapters, not the real date and place rules. */
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
    dates: temporaryDateReader,
    places: createTemporaryPlaceReader(nodeGazetteer()),
    findDateline: temporaryFindDateline,
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
