// Shared by the place reader tests: the committed browser gazetteer, one reader, a helper that
// reads a sentence (the whole text, or the part containing `sentence`) in an article, a
// great-circle distance and the assertions on a curated town.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../../../pipeline/paths.ts';
import { parseExtractGazetteer } from '../../../src/core/extract/gazetteerData.ts';
import { createPlaceReader } from '../../../src/core/extract/places.ts';
import type {
  ArticleContext,
  Dateline,
  PlaceMention,
  SentencePlaces,
} from '../../../src/core/extract/types.ts';

/** The committed `public/data/extract-gazetteer.json`, parsed. */
export const gazetteer = parseExtractGazetteer(
  readFileSync(join(ROOT, 'public/data/extract-gazetteer.json'), 'utf8'),
);

/** One reader for all tests (building it indexes the gazetteer once). */
export const reader = createPlaceReader(gazetteer);

/** Reads the places of `sentence` (default: the whole text) in an article `text`. */
export function places(
  text: string,
  sentence: string = text,
  dateline: Dateline | null = null,
): SentencePlaces {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const ctx: ArticleContext = { text, published: null, dateline, previousEvent: null };
  return reader(ctx, { start, end: start + sentence.length });
}

/** The mention whose text is `phrase`. */
export function mentionOf(r: SentencePlaces, phrase: string): PlaceMention {
  const m = r.mentions.find((x) => x.text === phrase);
  if (!m)
    throw new Error(`no mention "${phrase}" among ${r.mentions.map((x) => x.text).join(' | ')}`);
  return m;
}

/** Review codes of the sentence. */
export function codes(r: SentencePlaces): string[] {
  return r.reviews.map((x) => x.code);
}

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Asserts that `sentence` places its event at the curated town `name` of `country`, within
 * `radius` km of (`lat`, `lon`), drawn no wider, and neither as a fallback nor beside a rival.
 */
export function expectCuratedTown(
  sentence: string,
  [name, lat, lon, radius]: [string, number, number, number],
  country = 'PK',
): void {
  const r = places(sentence);
  const e = r.event?.resolved;
  expect(e).toMatchObject({ name, country, precision: 'town' });
  expect(km(e!.lat, e!.lon, lat, lon)).toBeLessThanOrEqual(radius);
  expect(e!.uncertainty_km).toBeLessThanOrEqual(radius);
  expect(codes(r)).not.toContain('fallback_admin');
  expect(codes(r)).not.toContain('several_places');
}
