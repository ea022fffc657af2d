// Builds the place reader's gazetteer for the browser (public/data/extract-gazetteer.json): the
// GeoNames entries, the curated aliases, organisations, districts, crossings and border lines, and
// two English word lists derived at build time from an-array-of-english-words (MIT), so the app
// never ships the 275,000-word list: place names that are English words, and English words one
// edit away from a place name (never read as a misspelt place).
import { createRequire } from 'node:module';
import { along, length, lineString, point, pointToPolygonDistance, simplify } from '@turf/turf';
import { normalizePlaceName, type Gazetteer, type GazetteerEntry } from '../src/core/gazetteer.ts';
import type { BorderLine, Crossing, ExtractGazetteer } from '../src/core/extract/gazetteerData.ts';
import { equalAreaRadiusKm, reachKm, round4, type AreaFeature } from '../src/core/geo-checks.ts';
import type { SharedBorder } from './build-boundaries.ts';
import type { Curated } from './load-curated.ts';

let english: Set<string> | null = null;
/** The English word list (lower-case words only), loaded once per process. */
function englishWords(): Set<string> {
  if (!english) {
    const words = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    english = new Set(words.filter((w) => /^[a-z]+$/.test(w)));
  }
  return english;
}

/** Shortest single-token place name that typo matching considers (see README "Places"). */
export const TYPO_MIN_LENGTH = 6;

const near = new Map<string, string[]>();
/** English words at edit distance exactly 1 from `name` (memoised: fixtures share names). */
function englishNeighbours(name: string): string[] {
  const hit = near.get(name);
  if (hit) return hit;
  const words = englishWords();
  const out = new Set<string>();
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= name.length; i++) {
    const head = name.slice(0, i);
    const tail = name.slice(i);
    if (tail) {
      const del = head + tail.slice(1);
      if (words.has(del)) out.add(del);
      if (tail.length > 1) {
        const swap = head + tail[1] + tail[0] + tail.slice(2);
        if (swap !== name && words.has(swap)) out.add(swap);
      }
    }
    for (const ch of abc) {
      const ins = head + ch + tail;
      if (words.has(ins)) out.add(ins);
      if (tail && ch !== tail[0]) {
        const sub = head + ch + tail.slice(1);
        if (words.has(sub)) out.add(sub);
      }
    }
  }
  const list = [...out].sort();
  near.set(name, list);
  return list;
}

/**
 * Loads the English word list and finds the English neighbours of every GeoNames name once, so
 * later builds (tests build many fixtures) only look up the few curated names left.
 */
export function warmEnglishLists(entries: GazetteerEntry[]): void {
  for (const e of entries) {
    for (const n of [e.name, ...e.alt]) {
      const k = normalizePlaceName(n);
      if (/^[a-z]+$/.test(k) && k.length >= TYPO_MIN_LENGTH) englishNeighbours(k);
    }
  }
}

/** Every spelling the reader may match, normalized. */
function placeNames(g: Gazetteer, curated: Curated): Set<string> {
  const names = new Set<string>();
  for (const e of g.entries) for (const n of [e.name, ...e.alt]) names.add(normalizePlaceName(n));
  for (const a of g.aliases) names.add(normalizePlaceName(a.alias));
  for (const d of curated.districts) for (const n of d.names) names.add(normalizePlaceName(n));
  return names;
}

/** Tolerance (degrees, about a kilometre) of the border paths the extractor measures against. */
const PATH_TOLERANCE_DEG = 0.01;

/** A line's parts simplified and rounded to three decimals, as `[lat, lon]` points. */
function borderPath(parts: ReturnType<typeof lineString>[]): [number, number][][] {
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return parts.map((p) =>
    simplify(p, { tolerance: PATH_TOLERANCE_DEG }).geometry.coordinates.map(
      ([lon, lat]) => [round3(lat as number), round3(lon as number)] as [number, number],
    ),
  );
}

/**
 * A border line as the reader needs it: a point halfway along it, its length and, for a whole
 * shared border, its simplified path.
 */
export function borderLineSummary(
  line: SharedBorder & { provinces?: [string, string] },
): BorderLine {
  const parts = line.geometry.coordinates.filter((c) => c.length >= 2).map((c) => lineString(c));
  const km = parts.reduce((s, p) => s + length(p, { units: 'kilometers' }), 0);
  let rest = km / 2;
  let mid: number[] = parts[0]?.geometry.coordinates[0] ?? [0, 0];
  for (const p of parts) {
    const l = length(p, { units: 'kilometers' });
    if (rest <= l) {
      mid = along(p, rest, { units: 'kilometers' }).geometry.coordinates;
      break;
    }
    rest -= l;
  }
  return {
    id: line.id,
    countries: line.countries,
    name: line.name,
    lat: round4(mid[1] as number),
    lon: round4(mid[0] as number),
    length_km: Math.round(km),
    ...(line.provinces ? { provinces: line.provinces } : { path: borderPath(parts) }),
  };
}

/**
 * Each area's radius (km) round the point its gazetteer entry gives: the reach that holds the
 * whole province or country (`reachKm`), so a province named alone is drawn, and judged, with
 * a circle that contains it; an area no entry points at keeps its equal-area radius.
 */
function areaReach(g: Gazetteer, areas: AreaFeature[]): Record<string, number> {
  const at = new Map(g.entries.filter((e) => e.area).map((e) => [e.area, e] as const));
  return Object.fromEntries(
    areas
      .map((a) => {
        const e = at.get(a.properties.id);
        return [a.properties.id, e ? reachKm(a, e.lat, e.lon) : equalAreaRadiusKm(a)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** A crossing's side lies in a province whose polygon comes within this distance (km). */
const SIDE_PROVINCE_KM = 15;

/**
 * The province (area id) each side of a crossing lies in: the admin-1 polygon of that country
 * nearest the crossing's point (the crossing sits on the border, between two provinces).
 */
export function crossingProvinces(c: Crossing, areas: AreaFeature[]): Record<string, string> {
  const at = point([c.lon, c.lat]);
  const out: Record<string, string> = {};
  for (const country of c.countries) {
    let best: { id: string; km: number } | null = null;
    for (const a of areas) {
      if (a.properties.kind !== 'province' || a.properties.country !== country) continue;
      const km = Math.max(0, pointToPolygonDistance(at, a, { units: 'kilometers' }));
      if (!best || km < best.km) best = { id: a.properties.id, km };
    }
    if (best && best.km <= SIDE_PROVINCE_KM) out[country] = best.id;
  }
  return out;
}

/**
 * The whole artifact's contents (stable order: inputs are sorted or curated order); the curated
 * crossings come with their sides' provinces (`crossingProvinces`).
 */
export function buildExtractGazetteer(
  g: Gazetteer,
  curated: Curated,
  borders: SharedBorder[],
  areas: AreaFeature[],
): ExtractGazetteer {
  const words = englishWords();
  const englishNames = new Set<string>();
  const typoBlocked = new Set<string>();
  for (const n of placeNames(g, curated)) {
    if (words.has(n)) englishNames.add(n);
    if (/^[a-z]+$/.test(n) && n.length >= TYPO_MIN_LENGTH) {
      for (const w of englishNeighbours(n)) typoBlocked.add(w);
    }
  }
  const listed = new Set(curated.organisations.flatMap((o) => o.names));
  return {
    entries: g.entries,
    aliases: g.aliases,
    organisations: [
      ...curated.organisations,
      ...g.organisations
        .filter((n) => !listed.has(n))
        .map((n) => ({ name: n, kind: 'organisation', names: [n] })),
    ],
    districts: curated.districts,
    crossings: curated.crossings,
    borders: borders.map(borderLineSummary),
    areaRadiusKm: areaReach(g, areas),
    englishNames: [...englishNames].sort(),
    typoBlocked: [...typoBlocked].sort(),
  };
}
