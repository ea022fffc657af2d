// A compact columnar binary layout for large incident datasets (100k..1M+), so the browser never
// JSON.parses a giant GeoJSON on the main thread: a worker fetches the file, `decodeColumns` makes
// zero-copy typed-array views, and the buffers are transferred, not copied.
//
// File layout (little-endian, every section 4-byte aligned):
//   header (32 bytes): magic "BLDS", version u32, count u32, originDay i32, detailsBytes u32,
//                      reserved ×3
//   lon f32[n] · lat f32[n] · start i32[n] · end i32[n] · detailOffsets u32[n+1] (only when
//   detailsBytes > 0) · category u8[n] · datePrecision u8[n] · placePrecision u8[n] · pad ·
//   details (UTF-8 JSON of each incident's feature, concatenated; offsets index into it)
//   extras (version 2, optional; binaryExtras.ts): packed ids and facet columns for filters
// Rows are sorted by start day then id, the order of `IncidentStore`, so a time window is one
// contiguous index range.
import { extrasLength, readExtras, writeExtras } from './binaryExtras.ts';
import { ColumnBuilder } from './columnBuilder.ts';
import { dayToIso } from './days.ts';
import { facetBuffers, type FacetColumns, type PackedIds } from './facets.ts';
import {
  CATEGORIES,
  DATE_PRECISIONS,
  PLACE_PRECISIONS,
  type IncidentFeature,
  type IncidentProperties,
} from './types.ts';

const MAGIC = 0x53444c42; // "BLDS" read as little-endian u32
const VERSION = 2;
/** Versions `decodeColumns` reads: 1 has no extras. */
const READABLE = [1, 2];
const HEADER_BYTES = 32;

/** A dataset as sorted typed-array columns; index i is the i-th incident in date order. */
export interface IncidentColumns {
  count: number;
  /** Day subtracted from day numbers before they go to 32-bit float GPU buffers. */
  originDay: number;
  lon: Float32Array;
  lat: Float32Array;
  /** Start day number (days.ts), ascending. */
  start: Int32Array;
  /** Last day number (inclusive), ≥ start. */
  end: Int32Array;
  /** Index into `CATEGORIES`. */
  category: Uint8Array;
  /** Index into `DATE_PRECISIONS`. */
  datePrecision: Uint8Array;
  /** Index into `PLACE_PRECISIONS`. */
  placePrecision: Uint8Array;
  /** UTF-8 JSON of each full feature, concatenated; null for datasets without text (synthetic). */
  details: Uint8Array | null;
  /** `details` byte offsets, `count + 1` of them; null when `details` is null. */
  detailOffsets: Uint32Array | null;
  /** Ids in sorted order; null or absent for synthetic data (ids are `synthetic-<i>`). */
  ids?: PackedIds | null;
  /** Country, province, fatalities and actors for filters; null or absent when the data has none. */
  facets?: FacetColumns | null;
}

/** Allocates empty columns for `count` incidents (no details). */
export function allocateColumns(count: number, originDay = 0): IncidentColumns {
  return {
    count,
    originDay,
    lon: new Float32Array(count),
    lat: new Float32Array(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    category: new Uint8Array(count),
    datePrecision: new Uint8Array(count),
    placePrecision: new Uint8Array(count),
    details: null,
    detailOffsets: null,
    ids: null,
    facets: null,
  };
}

/** Columns (with details) of features, sorted by start day then id like `IncidentStore`. */
export function columnsFromFeatures(features: readonly IncidentFeature[]): IncidentColumns {
  const builder = new ColumnBuilder();
  for (const f of features) builder.add(f);
  return builder.finish();
}

/** The generated title of synthetic incident `i` of category index `category`. */
export function syntheticTitle(category: number, i: number): string {
  return `Synthetic ${CATEGORIES[category] ?? 'statement'} #${i}`;
}

/**
 * The feature of incident `i`: parsed from `details` when present, else a placeholder built from
 * the columns (synthetic data), marked as such in its title and excerpt.
 */
export function featureAt(cols: IncidentColumns, i: number): IncidentFeature {
  if (cols.details && cols.detailOffsets) {
    const bytes = cols.details.subarray(cols.detailOffsets[i], cols.detailOffsets[i + 1]);
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as IncidentFeature;
    } catch {
      // Imports are checked (checkColumns.ts); a row still unreadable says so, never throws.
      return unreadableFeature(cols, i);
    }
  }
  const start = cols.start[i]!;
  const end = cols.end[i]!;
  const category = CATEGORIES[cols.category[i]!] ?? 'statement';
  const properties: IncidentProperties = {
    id: `synthetic-${i}`,
    title: syntheticTitle(cols.category[i]!, i),
    category,
    date: dayToIso(start),
    ...(end !== start ? { date_end: dayToIso(end) } : {}),
    date_precision: DATE_PRECISIONS[cols.datePrecision[i]!] ?? 'day',
    date_basis: 'synthetic (generated, not from any source)',
    place: 'synthetic place',
    place_precision: PLACE_PRECISIONS[cols.placePrecision[i]!] ?? 'point',
    admin1: null,
    country: 'ZZ',
    article: null,
    excerpt: 'Synthetic incident generated for testing and benchmarks; it did not happen.',
    excerpt_start: null,
    excerpt_end: null,
    border_km: null,
  };
  return {
    type: 'Feature',
    id: properties.id,
    geometry: { type: 'Point', coordinates: [cols.lon[i]!, cols.lat[i]!] },
    properties,
  };
}

/** Row `i` of a dataset whose stored feature cannot be read: its columns, and a note saying so. */
function unreadableFeature(cols: IncidentColumns, i: number): IncidentFeature {
  const f = featureAt({ ...cols, details: null, detailOffsets: null }, i);
  const text = `Row ${i + 1} of this dataset: its stored text could not be read; only its position, dates and category are known.`;
  f.properties = {
    ...f.properties,
    id: `row-${i}`,
    title: `Unreadable incident #${i + 1}`,
    date_basis: 'the dataset file (its stored text could not be read)',
    place: 'unknown',
    excerpt: text,
  };
  f.id = f.properties.id;
  return f;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Byte length of each section, in file order. */
function sections(count: number, detailsBytes: number): number[] {
  const hasDetails = detailsBytes > 0;
  return [
    HEADER_BYTES,
    count * 4,
    count * 4,
    count * 4,
    count * 4,
    hasDetails ? (count + 1) * 4 : 0,
    align4(count * 3),
    detailsBytes,
  ];
}

/** Encodes columns into the binary layout described at the top of this file. */
export function encodeColumns(cols: IncidentColumns): ArrayBuffer {
  const detailsBytes = cols.details?.length ?? 0;
  const sizes = sections(cols.count, detailsBytes);
  const ids = cols.ids ?? null;
  const facets = cols.facets ?? null;
  const extras = extrasLength(ids, facets);
  const main = sizes.reduce((a, b) => a + b, 0);
  const buffer = new ArrayBuffer(extras > 0 ? align4(main) + extras : main);
  const header = new DataView(buffer, 0, HEADER_BYTES);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, VERSION, true);
  header.setUint32(8, cols.count, true);
  header.setInt32(12, cols.originDay, true);
  header.setUint32(16, detailsBytes, true);
  header.setUint32(20, extras, true);
  const bytes = new Uint8Array(buffer);
  let at = HEADER_BYTES;
  for (const col of [cols.lon, cols.lat, cols.start, cols.end]) {
    bytes.set(new Uint8Array(col.buffer, col.byteOffset, col.byteLength), at);
    at += col.byteLength;
  }
  if (detailsBytes > 0) {
    const off = cols.detailOffsets!;
    bytes.set(new Uint8Array(off.buffer, off.byteOffset, off.byteLength), at);
    at += off.byteLength;
  }
  bytes.set(cols.category, at);
  bytes.set(cols.datePrecision, at + cols.count);
  bytes.set(cols.placePrecision, at + 2 * cols.count);
  at += align4(cols.count * 3);
  if (detailsBytes > 0) bytes.set(cols.details!, at);
  writeExtras(bytes, align4(main), ids, facets);
  return buffer;
}

/**
 * Zero-copy typed-array views of an encoded dataset. Throws a message naming the problem when the
 * buffer is not a Borderlines dataset, is truncated, or its rows are not sorted by start day.
 */
export function decodeColumns(buffer: ArrayBuffer): IncidentColumns {
  if (buffer.byteLength < HEADER_BYTES)
    throw new Error('Not a Borderlines dataset: file too short');
  const header = new DataView(buffer, 0, HEADER_BYTES);
  if (header.getUint32(0, true) !== MAGIC) {
    throw new Error(
      'Not a Borderlines dataset: missing "BLDS" magic (expected a .bin from npm run data)',
    );
  }
  const version = header.getUint32(4, true);
  if (!READABLE.includes(version))
    throw new Error(`Unsupported dataset version ${version} (expected ${VERSION})`);
  const count = header.getUint32(8, true);
  const originDay = header.getInt32(12, true);
  const detailsBytes = header.getUint32(16, true);
  const extrasBytes = version >= 2 ? header.getUint32(20, true) : 0;
  const sizes = sections(count, detailsBytes);
  const main = sizes.reduce((a, b) => a + b, 0);
  const expected = extrasBytes > 0 ? align4(main) + extrasBytes : main;
  if (buffer.byteLength !== expected) {
    throw new Error(
      `Dataset truncated or corrupt: ${buffer.byteLength} bytes, expected ${expected}`,
    );
  }
  let at = HEADER_BYTES;
  const take = <T>(make: (offset: number) => T, size: number): T => {
    const view = make(at);
    at += size;
    return view;
  };
  const lon = take((o) => new Float32Array(buffer, o, count), count * 4);
  const lat = take((o) => new Float32Array(buffer, o, count), count * 4);
  const start = take((o) => new Int32Array(buffer, o, count), count * 4);
  const end = take((o) => new Int32Array(buffer, o, count), count * 4);
  const detailOffsets =
    detailsBytes > 0 ? take((o) => new Uint32Array(buffer, o, count + 1), (count + 1) * 4) : null;
  const category = new Uint8Array(buffer, at, count);
  const datePrecision = new Uint8Array(buffer, at + count, count);
  const placePrecision = new Uint8Array(buffer, at + 2 * count, count);
  at += align4(count * 3);
  const details = detailsBytes > 0 ? new Uint8Array(buffer, at, detailsBytes) : null;
  for (let i = 1; i < count; i++) {
    if (start[i]! < start[i - 1]!)
      throw new Error(`Dataset rows not sorted by start day at row ${i}`);
  }
  const { ids, facets } =
    extrasBytes > 0
      ? readExtras(buffer, align4(main), extrasBytes, count)
      : { ids: null, facets: null };
  return {
    count,
    originDay,
    lon,
    lat,
    start,
    end,
    category,
    datePrecision,
    placePrecision,
    details,
    detailOffsets,
    ids,
    facets,
  };
}

/** The distinct ArrayBuffers behind the columns, for `postMessage(..., transfer)`. */
export function columnBuffers(cols: IncidentColumns): ArrayBuffer[] {
  const all = [
    cols.lon,
    cols.lat,
    cols.start,
    cols.end,
    cols.category,
    cols.datePrecision,
    cols.placePrecision,
    cols.details,
    cols.detailOffsets,
  ].flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
  return [...new Set([...all, ...facetBuffers(cols.facets ?? null, cols.ids ?? null)])];
}
