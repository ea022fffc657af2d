// Incidents and articles for component tests: the app fixture plus a hostile variant.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, IncidentCollection, IncidentFeature } from '../../src/core/types.ts';

const DATA = resolve(import.meta.dirname, '../fixtures/app/out');

/** The fixture's incidents. */
export const incidents = (
  JSON.parse(readFileSync(resolve(DATA, 'incidents.geojson'), 'utf8')) as IncidentCollection
).features;

/** The fixture's articles. */
export const articles = JSON.parse(
  readFileSync(resolve(DATA, 'articles.json'), 'utf8'),
) as Article[];

/** One fixture incident by id. */
export function incident(id: string): IncidentFeature {
  const f = incidents.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no fixture incident ${id}`);
  return f;
}

/** The article of an incident. */
export function articleOf(f: IncidentFeature): Article {
  return articles.find((a) => a.id === f.properties.article)!;
}

/** A string that would run script if it were ever rendered as HTML. */
export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';
