// Composition of the shown dataset: seeds + the user's accepted incidents + pending drafts
// (marked), rejected and undrawable proposals left off, merged proposals as further sources of
// the incident they join, and notes whenever the user changed a place or a date.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiLineString } from 'geojson';
import { borderKm, type AreaFeature } from '../../../src/core/geo-checks.ts';
import { composeUserFeatures, type GeoContext } from '../../../src/core/userArticles/compose.ts';
import { incidents as seeds } from '../../component/fixtures.ts';
import { proposal } from '../extract/proposal.ts';
import { decision, userArticle, userData } from './helpers.ts';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const geo: GeoContext = {
  areas: (
    JSON.parse(readFileSync(resolve(DATA, 'areas.geojson'), 'utf8')) as { features: AreaFeature[] }
  ).features,
  border: (
    JSON.parse(readFileSync(resolve(DATA, 'border.geojson'), 'utf8')) as {
      features: { geometry: MultiLineString }[];
    }
  ).features[0]!.geometry,
};

const P1 = proposal({ id: 'user-rask-0001-1', excerpt: 'one', excerpt_start: 0, excerpt_end: 3 });
const P2 = proposal({
  id: 'user-rask-0001-2',
  status: 'needs_review',
  reasons: [{ code: 'no_date_anchor', message: 'why' }],
});
const P3 = proposal({ id: 'user-rask-0001-3' });
const UNDATED = proposal({ id: 'user-rask-0001-4', date: null, date_precision: null });
const article = userArticle({ proposals: [P1, P2, P3, UNDATED] });

function ids(features: { properties: { id: string } }[]): string[] {
  return features.map((f) => f.properties.id);
}

describe('composeUserFeatures', () => {
  it('adds accepted incidents and pending drafts to the seeds; rejected and undated ones are not drawn', () => {
    const data = userData([article], [decision(P1.id, 'accepted'), decision(P3.id, 'rejected')]);
    const { features, articles } = composeUserFeatures(seeds, data, geo);
    expect(ids(features)).toEqual([...ids(seeds), P1.id, P2.id]);
    expect(articles.map((a) => a.id)).toEqual([article.id]);
  });

  it('marks drafts with the extractor status and reasons, and accepted incidents not at all', () => {
    const data = userData([article], [decision(P1.id, 'accepted')]);
    const { features } = composeUserFeatures(seeds, data, geo);
    const byId = new Map(features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get(P1.id)?.draft).toBeUndefined();
    expect(byId.get(P2.id)?.draft).toEqual({
      status: 'needs_review',
      reasons: [{ code: 'no_date_anchor', message: 'why' }],
    });
  });

  it('gives a user incident the seeds’ fields: article, excerpt offsets, outlet, border distance', () => {
    const { features } = composeUserFeatures(
      [],
      userData([article], [decision(P1.id, 'accepted')]),
      geo,
    );
    const p = features.find((f) => f.properties.id === P1.id)!.properties;
    expect(p).toMatchObject({
      article: article.id,
      excerpt: 'one',
      excerpt_start: 0,
      excerpt_end: 3,
      outlet: 'Example Wire',
      country: 'IR',
    });
    expect(p.border_km).toBeGreaterThan(0);
  });

  it('a point placed by hand is exact and says so in the note', () => {
    const d = decision(P1.id, 'accepted', {
      place: { kind: 'map', lat: 26.2, lon: 61.4, country: 'IR', admin1: 'Sistan and Baluchestan' },
    });
    const f = composeUserFeatures([], userData([article], [d]), geo).features[0]!;
    expect(f.geometry.coordinates).toEqual([61.4, 26.2]);
    expect(f.properties.place_precision).toBe('point');
    expect(f.properties.note).toMatch(
      /Placed by hand on the map in review; the text says "Saravan county"/,
    );
  });

  it('a city chosen for a proposal whose text names no place is named, and the note says so', () => {
    const quetta = {
      name: 'Quetta',
      lat: 30.1841,
      lon: 67.0014,
      country: 'PK',
      admin1: 'Balochistan',
      precision: 'town' as const,
      uncertainty_km: 5,
      population: 733675,
      source: 'GeoNames',
    };
    const bare = proposal({ ...P1, place: null, resolved_place: null, lat: null, lon: null });
    const d = decision(P1.id, 'accepted', { place: { kind: 'candidate', candidate: quetta } });
    const one = userData([userArticle({ proposals: [bare] })], [d]);
    const f = composeUserFeatures([], one, geo).features[0]!;
    expect(f.properties.place).toBe('Quetta');
    expect(f.properties.note).toMatch(
      /Place chosen in review: Quetta, Balochistan \(PK\), the city the report was filed from/,
    );
  });

  it('a date set by hand says what the extractor had read', () => {
    const d = decision(P1.id, 'accepted', { date: { date: '2024-01-17', precision: 'day' } });
    const f = composeUserFeatures([], userData([article], [d]), geo).features[0]!;
    expect(f.properties.date).toBe('2024-01-17');
    expect(f.properties.note).toMatch(/Date set by hand in review \(the extractor read/);
  });

  it('a province-level place covers its area', () => {
    const prov = proposal({
      id: 'user-rask-0001-1',
      resolved_place: 'Sistan and Baluchestan',
      place_precision: 'province',
      uncertainty_km: 300,
    });
    const f = composeUserFeatures([], userData([userArticle({ proposals: [prov] })]), geo)
      .features[0]!;
    expect(f.properties.area).toBe('IR-SB');
  });

  it('a cross-border strike between Iran and Pakistan gets an arc from the nearest border point', () => {
    const strike = proposal({ id: 'user-rask-0001-1', origin: 'IR', target: 'PK' });
    const f = composeUserFeatures([], userData([userArticle({ proposals: [strike] })]), geo)
      .features[0]!;
    const [lon, lat] = f.properties.origin_point!;
    expect(borderKm([lon, lat], geo.border!)).toBeLessThan(0.1);
    expect(borderKm(f.geometry.coordinates as [number, number], geo.border!)).toBeGreaterThan(1);
  });

  it('an action with no origin, or between other countries, gets no arc', () => {
    const local = proposal({ id: 'user-rask-0001-1' });
    const other = proposal({ id: 'user-rask-0001-2', origin: 'AF', target: 'IR' });
    const { features } = composeUserFeatures(
      [],
      userData([userArticle({ proposals: [local, other] })]),
      geo,
    );
    expect(features.map((f) => f.properties.origin_point)).toEqual([undefined, undefined]);
  });

  it('a place along a border keeps its line; a point placed by hand drops it', () => {
    const border = proposal({
      id: 'user-rask-0001-1',
      place: 'the border',
      place_precision: 'border',
      border_line: 'IR-PK',
    });
    const a = userArticle({ proposals: [border] });
    const drawn = composeUserFeatures([], userData([a]), geo).features[0]!;
    expect(drawn.properties.border_line).toBe('IR-PK');
    const moved = decision(border.id, 'pending', {
      place: { kind: 'map', lat: 27, lon: 62, country: 'IR', admin1: 'Sistan and Baluchestan' },
    });
    const placed = composeUserFeatures([], userData([a], [moved]), geo).features[0]!;
    expect(placed.properties.border_line).toBeUndefined();
  });

  it('a proposal merged into a seed incident adds a source, not a marker', () => {
    const seed = seeds[0]!;
    const data = userData(
      [article],
      [decision(P1.id, 'accepted', { same: { answer: 'merge', incident: seed.properties.id } })],
    );
    const { features } = composeUserFeatures(seeds, data, geo);
    expect(features.some((f) => f.properties.id === P1.id)).toBe(false);
    const merged = features.find((f) => f.properties.id === seed.properties.id)!.properties;
    expect(merged.excerpt).toBe(seed.properties.excerpt);
    expect(merged.sources).toEqual([
      {
        article: seed.properties.article,
        excerpt: seed.properties.excerpt,
        excerpt_start: seed.properties.excerpt_start,
        excerpt_end: seed.properties.excerpt_end,
        ...(seed.properties.outlet ? { outlet: seed.properties.outlet } : {}),
      },
      {
        article: article.id,
        excerpt: 'one',
        excerpt_start: 0,
        excerpt_end: 3,
        outlet: 'Example Wire',
        url: 'https://example.org/rask',
      },
    ]);
  });

  it('a proposal merged into an incident that is gone is shown on its own', () => {
    const data = userData(
      [article],
      [decision(P1.id, 'accepted', { same: { answer: 'merge', incident: 'gone' } })],
    );
    expect(ids(composeUserFeatures([], data, geo).features)).toContain(P1.id);
  });

  it('leaves the seeds untouched without user data', () => {
    expect(composeUserFeatures(seeds, userData([]), null).features).toEqual(seeds);
  });
});
