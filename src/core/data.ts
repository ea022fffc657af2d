// Checking the app's data files as they arrive, every incident against the one incident schema
// (`incidentSchema.ts`, also applied to imports), with errors that name the file, the feature and
// the fix. The pipeline's own validators are stricter.
import * as v from 'valibot';
import { fieldProblems, IncidentFeatureSchema, problemsText } from './incidentSchema.ts';
import type { Article, IncidentCollection, IncidentFeature } from './types.ts';

/** A data file that cannot be used, with a message naming the file and the fix. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
  }
}

const FIX = 'Regenerate it with `npm run data`.';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataError(file, `not valid JSON (${(e as Error).message}). ${FIX}`);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Parses and checks `incidents.geojson`; throws a `DataError` on the first bad feature. */
export function parseIncidents(text: string, file = 'incidents.geojson'): IncidentFeature[] {
  const json = parseJson(text, file);
  if (!isObj(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(file, `expected a GeoJSON FeatureCollection. ${FIX}`);
  }
  const seen = new Set<string>();
  (json.features as unknown[]).forEach((f, i) => {
    const where = `feature ${i}`;
    if (!isObj(f) || !isObj(f.geometry) || !isObj(f.properties)) {
      throw new DataError(file, `${where} is not a GeoJSON feature. ${FIX}`);
    }
    const parsed = v.safeParse(IncidentFeatureSchema, f);
    const problems = parsed.success ? [] : fieldProblems(parsed.issues);
    if (problems.some((p) => p.field.startsWith('geometry'))) {
      throw new DataError(file, `${where} needs a Point geometry with [lon, lat] in range. ${FIX}`);
    }
    const id = f.properties.id;
    if (typeof id !== 'string' || !id)
      throw new DataError(file, `${where} has no string id. ${FIX}`);
    if (seen.has(id)) throw new DataError(file, `${where}: duplicate id "${id}". ${FIX}`);
    seen.add(id);
    if (problems.length) {
      throw new DataError(file, `incident "${id}" (${where}): ${problemsText(problems)}. ${FIX}`);
    }
  });
  return (json as unknown as IncidentCollection).features;
}

/** Parses and checks `articles.json`; throws a `DataError` on the first bad article. */
export function parseArticles(text: string, file = 'articles.json'): Article[] {
  const json = parseJson(text, file);
  if (!Array.isArray(json)) throw new DataError(file, `expected an array of articles. ${FIX}`);
  json.forEach((a: unknown, i) => {
    if (!isObj(a) || typeof a.id !== 'string' || typeof a.text !== 'string') {
      throw new DataError(file, `article ${i} needs a string \`id\` and \`text\`. ${FIX}`);
    }
  });
  return json as Article[];
}

/** Incidents by id. */
export function indexIncidents(incidents: IncidentFeature[]): ReadonlyMap<string, IncidentFeature> {
  return new Map(incidents.map((f) => [f.properties.id, f]));
}

/** Articles by id. */
export function indexArticles(articles: Article[]): ReadonlyMap<string, Article> {
  return new Map(articles.map((a) => [a.id, a]));
}

/** Absolute URL of a data file in the folder `base` (an absolute URL ending in `/`). */
export function dataFileUrl(file: string, base: string): string {
  return new URL(file, base).href;
}
