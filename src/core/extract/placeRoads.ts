// Roads between two named places ("the Zahedan–Khash road", "the road from Quetta to Chaman") and
// journeys ("travelling from Quetta to Chaman"): one record halfway between the ends, with a radius reaching both, and the ends kept so a
// cross-border road can be told apart. Pure; used by `combine` (placeCombine.ts).
import { kmBetween } from './distance.ts';
import type { Combined } from './placeCombine.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import { recordsOfRun } from './placeLongerName.ts';
import { gap, type Token } from './placeTokens.ts';

/** Words of a journey before "from A to B": the incident lies on the way, not at either end. */
const TRAVEL_WORDS = new Set([
  'going',
  'travelling',
  'traveling',
  'heading',
  'driving',
  'moving',
  'way',
  'returning',
  'coming',
  'proceeding',
  'journeying',
  'bound',
]);
/** "going from", "on their way from": a journey starting at the next name. */
export const isTravel = (from: string | undefined, before: string | undefined) =>
  from === 'from' && TRAVEL_WORDS.has(before ?? '');

/** Words that make "A-B …" a road between A and B. */
export const ROAD_WORDS = new Set(['road', 'highway', 'motorway', 'railway', 'route', 'railroad']);
/** Words naming a kind of road before "highway" ("National Highway", "Coastal Highway"). */
const ROAD_KINDS = new Set(['national', 'coastal', 'super', 'main', 'old', 'new', 'link']);

/** The token of a road word at `k` or after a road kind ("National Highway"), else null. */
export function roadWordAt(tokens: Token[], k: number): number | null {
  const t = tokens[k];
  if (!t) return null;
  if (ROAD_WORDS.has(t.lower)) return k;
  const next = tokens[k + 1];
  return ROAD_KINDS.has(t.lower) && next && ROAD_WORDS.has(next.lower) ? k + 1 : null;
}

/** A road mention: the two ends it lies between. */
export interface RoadEnds {
  from: PlaceRecord;
  to: PlaceRecord;
}

/** A point halfway between two places, with a radius reaching both ends. */
export function roadRecord(a: PlaceRecord, b: PlaceRecord): PlaceRecord {
  const km = kmBetween(a, b);
  return {
    kind: 'town',
    name: `road between ${a.name} and ${b.name}`,
    lat: Math.round(((a.lat + b.lat) / 2) * 1e4) / 1e4,
    lon: Math.round(((a.lon + b.lon) / 2) * 1e4) / 1e4,
    country: a.country,
    admin1: a.admin1 === b.admin1 ? a.admin1 : null,
    precision: 'county',
    uncertainty_km: Math.round(km / 2) + Math.max(a.uncertainty_km, b.uncertainty_km),
    population: null,
    source: `midpoint of ${a.name} and ${b.name} (${a.source}; ${b.source})`,
    rank: 2,
    capital: false,
    road: true,
    ...(a.provinceKeys && a.admin1 === b.admin1 ? { provinceKeys: a.provinceKeys } : {}),
  };
}

/** The combined match for a road between matches `a` and `b`, spanning `start`–`end`. */
export function roadMatch(
  index: PlaceIndex,
  a: RawMatch,
  b: RawMatch,
  start: number,
  end: number,
  next: number,
): Combined {
  let from = a.records[0] as PlaceRecord;
  let to = b.records[0] as PlaceRecord;
  // Of namesakes, the two ends that lie closest in one country ("the Mahabad-Sardasht highway"
  // runs to Sardasht in West Azerbaijan, not to Sardasht in Hormozgan: a hundred-and-forty-first-try
  // road had been drawn 786 km off)
  let best = Infinity;
  for (const f of a.records) {
    for (const t of b.records) {
      const km = kmBetween(f, t);
      if (f.country === t.country && km < best) [from, to, best] = [f, t, km];
    }
  }
  // A road does not cross a border between two towns of one name ("the road between Khash and
  // Taftan" in Iran runs to Taftan County, not to the Pakistani town of Taftan).
  if (from.country !== to.country) {
    const sameTo = [...b.records, ...(index.districts.get(b.key) ?? [])].find(
      (r) => r.country === from.country,
    );
    const sameFrom = [...a.records, ...(index.districts.get(a.key) ?? [])].find(
      (r) => r.country === to.country,
    );
    if (sameTo) to = sameTo;
    else if (sameFrom) from = sameFrom;
  }
  const out: Combined = {
    ...a,
    start,
    end,
    last: b.last,
    next,
    records: [roadRecord(from, to)],
    road: { from, to },
  };
  if (from.country !== to.country) out.crossBorderRoad = true;
  return out;
}

/**
 * "the Parachinar road", "the Thall-Parachinar road" (Thall unknown): a road named after the
 * town at token `first`, which may run far from it (a real report's road was settled at Parachinar
 * ±5 km, the road ~80 km long). "the Quetta-Chaman road" and "the Dera Ismail Khan-Bannu road",
 * with both ends known, lie between them (`roadMatch`), and "Lahore Road" is a street.
 */
export function roadNamedAfter(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  first: number,
  after: Token,
): boolean {
  if (after.cap || (after.lower !== 'road' && after.lower !== 'highway')) return false;
  const before = tokens[first - 1];
  if (!before || !/^\s*[-‐‑–—]\s*$/u.test(gap(text, before, tokens[first] as Token))) return true;
  for (let k = 1; k <= 3 && first - k >= 0; k++) {
    if (recordsOfRun(index, tokens.slice(first - k, first)).length > 0) return false;
  }
  return true;
}

/**
 * "the Makran Coastal Highway between Pasni and Ormara": the name before the road word at token
 * `word` names the road (a region here), not a rival place; the ends settle where it is. Drops
 * from `out` the matches that are the road's own name ("Coastal Highway" read as an unknown name,
 * then "Makran") and returns the token the road's phrase starts at (else `start`).
 */
export function roadNameStart(
  out: Combined[],
  tokens: Token[],
  word: number,
  start: number,
): number {
  const fromThe = (k: number) => (tokens[k - 1]?.lower === 'the' ? k - 1 : k);
  let s = start;
  const own = out.at(-1);
  if (own?.type === 'unknown' && own.last === word) {
    out.pop();
    s = fromThe(own.first);
  }
  const named = out.at(-1);
  if (named?.type === 'place' && roadWordAt(tokens, named.last + 1) === word) {
    out.pop();
    s = fromThe(named.first);
  }
  return s;
}
