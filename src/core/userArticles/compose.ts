// The dataset the app shows with the user's own articles: the seed incidents, the user's accepted
// incidents and their pending drafts (marked `draft`), with a proposal the user merged into an
// incident added to that incident's `sources` instead of a second marker. Rebuilt on every
// decision (the user's data is small). Pure: the boundaries come in as `GeoContext`.
import type { MultiLineString } from 'geojson';
import type { Proposal } from '../extract/types.ts';
import { borderKm, nearestBorderPoint, type AreaFeature } from '../geo-checks.ts';
import type { Article, IncidentFeature, IncidentProperties, IncidentSource } from '../types.ts';
import { effectiveProposal } from './decisions.ts';
import { placeLabel } from './describeReview.ts';
import type { Decision, UserArticle, UserData } from './model.ts';

/** The boundaries the app serves (areas.geojson, border.geojson), once loaded. */
export interface GeoContext {
  areas: AreaFeature[];
  /** The Iran–Pakistan border line, for `border_km`; null when unknown. */
  border: MultiLineString | null;
}

/** What a published article date reads as when the user gave none. */
export const NO_PUBLISHED = 'date not given';

/** The user's article in the app's `Article` shape. */
export function asArticle(a: UserArticle): Article {
  return {
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    published: a.published ?? NO_PUBLISHED,
    published_basis: a.published
      ? 'Given by the user when adding the article.'
      : 'Not given by the user.',
    language: 'en',
    text: a.text,
    ...(a.file ? { source_file: a.file } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
}

/** The first source of an incident: its own article and excerpt. */
export function firstSource(p: IncidentProperties, url?: string | null): IncidentSource {
  return {
    article: p.article,
    excerpt: p.excerpt,
    excerpt_start: p.excerpt_start,
    excerpt_end: p.excerpt_end,
    ...(p.outlet ? { outlet: p.outlet } : {}),
    ...(url ? { url } : {}),
  };
}

function range(p: Proposal): string {
  return p.date_end ? `${p.date}..${p.date_end}` : `${p.date}`;
}

/** Notes saying what the user changed in review, so the record never claims the text said it. */
export function reviewNotes(original: Proposal, d: Decision | undefined): string[] {
  const notes: string[] = [];
  const place = d?.place;
  if (place?.kind === 'map') {
    notes.push(
      original.place
        ? `Placed by hand on the map in review; the text says "${original.place}".`
        : 'Placed by hand on the map in review; the text names no place.',
    );
  } else if (place?.kind === 'candidate') {
    const c = place.candidate;
    const at = `${c.name}${c.admin1 ? `, ${c.admin1}` : ''} (${c.country})`;
    notes.push(
      original.place
        ? `Place chosen in review among the gazetteer's candidates for "${original.place}": ${at}.`
        : `Place chosen in review: ${at}, the city the report was filed from (its dateline); the text names no place.`,
    );
  }
  if (d?.date) {
    const was = original.date
      ? `the extractor read "${original.date_basis}" as ${range(original)}`
      : original.date_basis
        ? `the extractor could not settle "${original.date_basis}"`
        : 'the text gives no date phrase';
    notes.push(`Date set by hand in review (${was}).`);
  }
  return notes;
}

function areaId(p: Proposal, geo: GeoContext | null): string | undefined {
  if (!geo || (p.place_precision !== 'province' && p.place_precision !== 'country')) {
    return undefined;
  }
  const kind = p.place_precision;
  return geo.areas.find(
    (a) =>
      a.properties.kind === kind &&
      a.properties.country === p.country &&
      (kind === 'country' || a.properties.name === (p.resolved_place ?? p.admin1)),
  )?.properties.id;
}

/**
 * The incident a (corrected) proposal of article `a` makes, or null while it has no date or no
 * point (it cannot be drawn; the review lists it). `draft` marks it unreviewed.
 */
export function proposalFeature(
  a: UserArticle,
  p: Proposal,
  d: Decision | undefined,
  geo: GeoContext | null,
  draft: boolean,
): IncidentFeature | null {
  const e = effectiveProposal(p, d);
  if (!e.date || !e.date_precision || e.lat === null || e.lon === null) return null;
  const lonLat: [number, number] = [e.lon, e.lat];
  const notes = reviewNotes(p, d);
  const area = areaId(e, geo);
  const props: IncidentProperties = {
    id: p.id,
    title: p.title,
    category: p.category,
    date: e.date,
    ...(e.date_end ? { date_end: e.date_end } : {}),
    date_precision: e.date_precision,
    date_basis: e.date_basis ?? '',
    place: placeLabel(e),
    place_precision: e.place_precision ?? 'point',
    admin1: e.admin1,
    country: e.country ?? '',
    article: a.id,
    excerpt: p.excerpt,
    excerpt_start: p.excerpt_start,
    excerpt_end: p.excerpt_end,
    uncertainty_km: e.uncertainty_km ?? 0,
    ...(area ? { area } : {}),
    ...(e.place_precision === 'border' && e.border_line ? { border_line: e.border_line } : {}),
    border_km: geo?.border ? borderKm(lonLat, geo.border) : null,
    ...(p.origin ? { origin: p.origin } : {}),
    ...(p.target ? { target: p.target } : {}),
    ...(p.origin_place ? { origin_place: p.origin_place } : {}),
    ...originPoint(p, lonLat, geo),
    ...(p.fatalities !== undefined ? { fatalities: p.fatalities } : {}),
    ...(p.fatalities_basis ? { fatalities_basis: p.fatalities_basis } : {}),
    outlet: a.outlet,
    ...(p.actors.length ? { actors: p.actors } : {}),
    ...(notes.length ? { note: notes.join(' ') } : {}),
    ...(draft ? { draft: { status: p.status, reasons: p.reasons } } : {}),
  };
  return { type: 'Feature', geometry: { type: 'Point', coordinates: lonLat }, properties: props };
}

/**
 * Where the arc of a cross-border action between Iran and Pakistan starts: the point of their
 * border nearest the incident (the text rarely names the launch site; the pipeline does the same
 * when `origin_place` is absent). Other pairs get no arc: only that border is served to the app.
 */
function originPoint(
  p: Proposal,
  lonLat: [number, number],
  geo: GeoContext | null,
): { origin_point?: [number, number] } {
  const pair = [p.origin, p.target].sort().join('-');
  if (!geo?.border || pair !== 'IR-PK') return {};
  const at = nearestBorderPoint(lonLat, geo.border);
  return at ? { origin_point: at } : {};
}

/** `f` with `source` added to its `sources` (created from its own fields first). */
function withSource(
  f: IncidentFeature,
  source: IncidentSource,
  url: string | null,
): IncidentFeature {
  const sources = f.properties.sources ?? [firstSource(f.properties, url)];
  const dup = sources.some(
    (s) => s.article === source.article && s.excerpt_start === source.excerpt_start,
  );
  return {
    ...f,
    properties: { ...f.properties, sources: dup ? sources : [...sources, source] },
  };
}

/** The seed incidents plus the user's, and the articles they cite. */
export interface Composed {
  features: IncidentFeature[];
  /** The user's articles as `Article`s (the seed articles are not repeated). */
  articles: Article[];
}

/** Composes the shown incidents: `seed` + the user's accepted ones + pending drafts. */
export function composeUserFeatures(
  seed: readonly IncidentFeature[],
  data: UserData,
  geo: GeoContext | null,
): Composed {
  const own: IncidentFeature[] = [];
  const merges: { a: UserArticle; p: Proposal; d: Decision; into: string }[] = [];
  for (const a of data.articles) {
    for (const p of a.proposals) {
      const d = data.decisions.get(p.id);
      const status = d?.status ?? 'pending';
      if (status === 'rejected') continue;
      if (status === 'accepted' && d?.same?.answer === 'merge') {
        merges.push({ a, p, d, into: d.same.incident });
        continue;
      }
      const f = proposalFeature(a, p, d, geo, status === 'pending');
      if (f) own.push(f);
    }
  }
  const features = [...seed, ...own];
  const at = new Map(features.map((f, i) => [f.properties.id, i]));
  const urls = new Map(data.articles.map((a) => [a.id, a.url]));
  for (const { a, p, d, into } of merges) {
    const i = at.get(into);
    if (i === undefined) {
      // The incident it was merged into is gone: show it on its own rather than lose it.
      const f = proposalFeature(a, p, d, geo, false);
      if (f) features.push(f);
      continue;
    }
    const target = features[i]!;
    const source: IncidentSource = {
      article: a.id,
      excerpt: p.excerpt,
      excerpt_start: p.excerpt_start,
      excerpt_end: p.excerpt_end,
      outlet: a.outlet,
      ...(a.url ? { url: a.url } : {}),
    };
    features[i] = withSource(target, source, urls.get(target.properties.article ?? '') ?? null);
  }
  return { features, articles: data.articles.map(asArticle) };
}
