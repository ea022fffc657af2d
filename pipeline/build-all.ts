// The whole build in memory: sources → validated articles and incidents → every output file's
// contents. Nothing is written here, so a failing build cannot leave partial output.
import * as v from 'valibot';
import { districtEntries, type GazetteerEntry } from '../src/core/gazetteer.ts';
import { crossingSides } from '../src/core/gazetteerCrossings.ts';
import { fieldProblems, IncidentFeatureSchema, problemsText } from '../src/core/incidentSchema.ts';
import { DataErrors, type DataIssue } from '../src/core/validation.ts';
import { loadBoundaries, type Boundaries } from './build-boundaries.ts';
import { buildGazetteer, formatGazetteer } from './build-gazetteer.ts';
import {
  buildExtractGazetteer,
  crossingProvinces,
  warmEnglishLists,
} from './build-extract-gazetteer.ts';
import { buildIncidents } from './build-incidents.ts';
import { formatExtractGazetteer } from '../src/core/extract/gazetteerData.ts';
import { loadCurated } from './load-curated.ts';
import { emitLayers } from './emit-layers.ts';
import { formatFeatureCollection, formatJson } from './format-json.ts';
import { loadArticles } from './load-articles.ts';
import { loadGazetteer } from './load-aliases.ts';
import { loadSources, type SourceDirs } from './load-sources.ts';

/** Repository-relative path of the generated gazetteer. */
export const GAZETTEER_PATH = 'geodata/generated/gazetteer.json';

/** Repository-relative path of the place reader's gazetteer, loaded by the app. */
export const EXTRACT_GAZETTEER_PATH = 'public/data/extract-gazetteer.json';

/** Output path (repository-relative) → file contents. */
export type Outputs = Map<string, string>;

/** Boundaries and gazetteer derived from the npm packages (cached: they never change in a run). */
export interface Reference {
  boundaries: Boundaries;
  entries: GazetteerEntry[];
}

let cached: Reference | null = null;

/** Loads boundaries and builds the gazetteer once per process. */
export function loadReference(): Reference {
  if (!cached) {
    const boundaries = loadBoundaries();
    cached = { boundaries, entries: buildGazetteer(boundaries.countries, boundaries.provinces) };
    warmEnglishLists(cached.entries);
  }
  return cached;
}

/** Builds every output; throws `DataErrors` listing every problem when any is found. */
export function buildAll(dirs: SourceDirs, ref: Reference = loadReference()): Outputs {
  const issues: DataIssue[] = [];
  const sources = loadSources(dirs, issues);
  const listed = loadGazetteer(ref.entries, sources.aliases, issues);
  const loaded = loadCurated(sources, listed, ref.boundaries.borderLines, issues);
  const crossings = loaded.crossings.map((c) => ({
    ...c,
    provinces: crossingProvinces(c, ref.boundaries.provinces),
  }));
  const curated = { ...loaded, crossings };
  const gazetteer = {
    ...listed,
    organisations: [...listed.organisations, ...curated.organisations.flatMap((o) => o.names)],
    districts: districtEntries(curated.districts),
    crossings: crossingSides(crossings, listed.entries),
  };
  const articles = loadArticles(sources, issues);
  const { features, excluded } = buildIncidents(
    sources.incidents,
    articles,
    gazetteer,
    ref.boundaries,
    issues,
    new Map([...sources.articleText].map(([id, f]) => [id, f.path])),
  );
  // The app checks incidents.geojson with the same schema; never publish what it would refuse.
  for (const f of features) {
    const checked = v.safeParse(IncidentFeatureSchema, f);
    if (!checked.success) {
      issues.push({
        file: 'public/data/incidents.geojson',
        line: null,
        message: `incident "${f.properties.id}" would be refused by the app: ${problemsText(fieldProblems(checked.issues))}`,
        fix: 'a pipeline bug: the record passed validation but its feature does not; report it with the record',
      });
    }
  }
  if (issues.length > 0) throw new DataErrors(issues);
  const out: Outputs = new Map();
  out.set('public/data/incidents.geojson', formatFeatureCollection(features));
  out.set('public/data/articles.json', formatJson(articles));
  out.set('public/data/excluded.json', formatJson(excluded));
  for (const [name, text] of Object.entries(emitLayers(ref.boundaries, gazetteer))) {
    out.set(`public/data/${name}`, text);
  }
  out.set(GAZETTEER_PATH, formatGazetteer(ref.entries));
  out.set(
    EXTRACT_GAZETTEER_PATH,
    formatExtractGazetteer(
      buildExtractGazetteer(
        gazetteer,
        curated,
        [...ref.boundaries.borderLines, ...ref.boundaries.provinceBorders],
        [...ref.boundaries.countries, ...ref.boundaries.provinces],
      ),
    ),
  );
  return out;
}
