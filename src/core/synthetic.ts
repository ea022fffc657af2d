// A seeded, deterministic generator of synthetic incidents (1k..1M+) in the Iran–Pakistan–
// Afghanistan region, for tests and the benchmark. Never shown as real: every synthetic incident
// says so in its title and excerpt (see `featureAt` in binaryLayout.ts).
//
// Shape of the data: ~55% cluster along the Iran–Pakistan border (a Gaussian band around the
// border line), ~40% around regional towns (weighted), ~5% spread over the whole region. Dates
// span 2010-01-01..2025-12-31 with a slow upward trend and bursts around real episodes (Oct–Nov
// 2018, Jan 2024). All categories, date precisions and place precisions occur.
import { allocateColumns, type IncidentColumns } from './binaryLayout.ts';
import { isoToDay } from './days.ts';

/** First day synthetic incidents may start on. */
export const SYNTHETIC_FROM = isoToDay('2010-01-01');
/** Last day synthetic incidents may start on. */
export const SYNTHETIC_TO = isoToDay('2025-12-31');

/** Approximate Iran–Pakistan border, north (Afghan tripoint) to south (Gwadar Bay), [lon, lat]. */
const BORDER: readonly [number, number][] = [
  [60.87, 29.86],
  [61.55, 29.0],
  [62.4, 28.3],
  [62.8, 27.25],
  [63.3, 27.1],
  [63.2, 26.6],
  [61.9, 26.2],
  [61.6, 25.2],
];

/** Towns incidents cluster around: [lon, lat, weight, spread in degrees]. */
const TOWNS: readonly [number, number, number, number][] = [
  [60.86, 29.5, 8, 0.15], // Zahedan
  [61.45, 29.02, 5, 0.06], // Mirjaveh
  [62.33, 27.37, 6, 0.1], // Saravan
  [61.59, 28.97, 3, 0.05], // Taftan
  [67.0, 30.18, 9, 0.2], // Quetta
  [64.1, 26.97, 5, 0.12], // Panjgur
  [63.05, 26.0, 5, 0.12], // Turbat
  [62.33, 25.13, 3, 0.08], // Gwadar
  [60.64, 25.29, 3, 0.08], // Chabahar
  [65.71, 31.61, 6, 0.2], // Kandahar
  [62.2, 34.35, 4, 0.2], // Herat
  [61.86, 30.96, 3, 0.08], // Zaranj
  [71.5, 34.0, 6, 0.25], // Peshawar
  [69.2, 34.53, 5, 0.2], // Kabul
];

/**
 * Relative weights of categories, date precisions and place precisions (same order as types).
 * Protests take the last quarter of the statements' share, so every other draw is unchanged.
 */
const CATEGORY_WEIGHTS = [55, 10, 5, 10, 15, 5];
const DATE_PRECISION_WEIGHTS = [70, 12, 8, 8, 2];
const PLACE_PRECISION_WEIGHTS = [15, 45, 25, 12, 3, 2];
/** Extra days an incident of each date precision spans (day, approximate, range, month, year). */
const DURATIONS = [0, 6, 13, 30, 364];

/** Mulberry32: a tiny, fast, well-distributed 32-bit PRNG; same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted(weights: readonly number[], r: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Where synthetic incidents are: the Iran–Pakistan border region, or every continent. */
export type SyntheticRegion = 'border' | 'world';

/**
 * Cities on every continent for `region = 'world'`: [lon, lat, weight, spread in degrees]
 * (Antarctica: McMurdo and Rothera; latitudes stay inside Web Mercator's ±85°).
 */
export const WORLD_TOWNS: readonly [number, number, number, number][] = [
  [-74.0, 40.7, 6, 1.5], // New York (North America)
  [-99.1, 19.4, 5, 1.5], // Mexico City
  [-123.1, 49.3, 3, 1.5], // Vancouver
  [-58.4, -34.6, 5, 1.5], // Buenos Aires (South America)
  [-46.6, -23.5, 5, 1.5], // São Paulo
  [-77.0, -12.0, 3, 1.5], // Lima
  [-0.1, 51.5, 5, 1.5], // London (Europe)
  [30.5, 50.45, 6, 1.5], // Kyiv
  [13.4, 52.5, 3, 1.5], // Berlin
  [31.2, 30.0, 5, 1.5], // Cairo (Africa)
  [3.4, 6.5, 5, 1.5], // Lagos
  [36.8, -1.3, 4, 1.5], // Nairobi
  [28.0, -26.2, 3, 1.5], // Johannesburg
  [67.0, 30.2, 6, 1.5], // Quetta (Asia)
  [77.2, 28.6, 5, 1.5], // Delhi
  [116.4, 39.9, 4, 1.5], // Beijing
  [106.8, -6.2, 4, 1.5], // Jakarta
  [151.2, -33.9, 3, 1.5], // Sydney (Oceania)
  [174.8, -36.8, 2, 1.0], // Auckland
  [166.7, -77.8, 1, 1.0], // McMurdo (Antarctica)
  [-68.1, -67.6, 1, 1.0], // Rothera
];

/**
 * `count` synthetic incidents as sorted columns (no text details). Deterministic: the same
 * `count`, `seed` and `region` always give identical arrays (the border region's are unchanged by
 * the world option).
 */
export function generateSynthetic(
  count: number,
  seed = 1,
  region: SyntheticRegion = 'border',
): IncidentColumns {
  const rand = mulberry32(seed);
  const gauss = (): number => {
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const span = SYNTHETIC_TO - SYNTHETIC_FROM + 1;
  const burst2018 = isoToDay('2018-10-16');
  const burst2024 = isoToDay('2024-01-16');
  const townWeights = TOWNS.map((t) => t[2]);
  const worldWeights = WORLD_TOWNS.map((t) => t[2]);

  // Generate unsorted, then place each row by a counting sort on start day (O(n), stable).
  const startTmp = new Int32Array(count);
  const tmp = allocateColumns(count, SYNTHETIC_FROM);
  for (let i = 0; i < count; i++) {
    const kind = rand();
    let lon: number;
    let lat: number;
    if (region === 'world') {
      const [tx, ty, , spread] = WORLD_TOWNS[pickWeighted(worldWeights, rand())]!;
      lon = Math.max(-179.9, Math.min(179.9, tx + gauss() * spread * (kind + 0.5)));
      lat = Math.max(-84, Math.min(84, ty + gauss() * spread * (kind + 0.5)));
    } else if (kind < 0.55) {
      const seg = Math.min(BORDER.length - 2, Math.floor(rand() * (BORDER.length - 1)));
      const [ax, ay] = BORDER[seg]!;
      const [bx, by] = BORDER[seg + 1]!;
      const t = rand();
      lon = ax + (bx - ax) * t + gauss() * 0.12;
      lat = ay + (by - ay) * t + gauss() * 0.12;
    } else if (kind < 0.95) {
      const [tx, ty, , spread] = TOWNS[pickWeighted(townWeights, rand())]!;
      lon = tx + gauss() * spread;
      lat = ty + gauss() * spread;
    } else {
      lon = 58 + rand() * 16;
      lat = 24 + rand() * 13;
    }
    const when = rand();
    let day: number;
    if (when < 0.04) day = burst2018 + Math.round(gauss() * 12);
    else if (when < 0.1) day = burst2024 + Math.round(gauss() * 8);
    else day = SYNTHETIC_FROM + Math.floor(Math.sqrt(rand()) * span); // density rises over time
    day = Math.min(SYNTHETIC_TO, Math.max(SYNTHETIC_FROM, day));
    const datePrecision = pickWeighted(DATE_PRECISION_WEIGHTS, rand());
    startTmp[i] = day;
    tmp.lon[i] = lon;
    tmp.lat[i] = lat;
    tmp.end[i] = Math.min(SYNTHETIC_TO, day + DURATIONS[datePrecision]!); // no date past the span
    tmp.category[i] = pickWeighted(CATEGORY_WEIGHTS, rand());
    tmp.datePrecision[i] = datePrecision;
    tmp.placePrecision[i] = pickWeighted(PLACE_PRECISION_WEIGHTS, rand());
  }
  const buckets = new Uint32Array(span + 1);
  for (let i = 0; i < count; i++) buckets[startTmp[i]! - SYNTHETIC_FROM + 1]!++;
  for (let d = 1; d <= span; d++) buckets[d]! += buckets[d - 1]!;
  const out = allocateColumns(count, SYNTHETIC_FROM);
  for (let i = 0; i < count; i++) {
    const k = buckets[startTmp[i]! - SYNTHETIC_FROM]!++;
    out.start[k] = startTmp[i]!;
    out.end[k] = tmp.end[i]!;
    out.lon[k] = tmp.lon[i]!;
    out.lat[k] = tmp.lat[i]!;
    out.category[k] = tmp.category[i]!;
    out.datePrecision[k] = tmp.datePrecision[i]!;
    out.placePrecision[k] = tmp.placePrecision[i]!;
  }
  return out;
}
