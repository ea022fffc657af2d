// The columns filters read besides the ones every dataset has (category, date and place
// precision): country, province, fatalities and actors, one entry per incident in sorted order,
// plus packed ids. Built once when a dataset is made from features (a worker for imports), so a
// filter change at a million incidents is one pass over typed arrays, never a JSON parse.
import type { IncidentFeature } from './types.ts';

/** Marks "no value" in `country` and `admin1`. */
export const NO_VALUE = 0xffff;

/** Filterable attributes of every incident, in the dataset's sorted order. */
export interface FacetColumns {
  /** Index into `countries`, or `NO_VALUE`. */
  country: Uint16Array;
  /** Distinct ISO2 codes, sorted. */
  countries: string[];
  /** Index into `admin1s`, or `NO_VALUE`. */
  admin1: Uint16Array;
  /** Distinct provinces, sorted. */
  admin1s: string[];
  /** Fatalities the source gives, or -1 when it gives none. */
  fatalities: Int32Array;
  /** Incident `i`'s actors are `actorRefs[actorOffsets[i] .. actorOffsets[i + 1]]`. */
  actorOffsets: Uint32Array;
  /** Indices into `actors`. */
  actorRefs: Uint32Array;
  /** Distinct actors, sorted. */
  actors: string[];
}

/** Ids packed as UTF-8: id `i` is `bytes[offsets[i] .. offsets[i + 1]]`. */
export interface PackedIds {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

/** A sorted table of the distinct values and a lookup from value to its index. */
function table(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/**
 * Facet columns of `features` taken in `order` (sorted index → input index). Tables larger than
 * 65,534 distinct countries or provinces cannot be indexed and are dropped (null columns are
 * never filtered on).
 */
export function buildFacets(
  features: readonly IncidentFeature[],
  order: readonly number[],
): FacetColumns {
  const n = order.length;
  const props = order.map((j) => features[j]!.properties);
  const countries = table(props.map((p) => p.country).filter((c) => typeof c === 'string'));
  const admin1s = table(props.flatMap((p) => (typeof p.admin1 === 'string' ? [p.admin1] : [])));
  const actors = table(props.flatMap((p) => (Array.isArray(p.actors) ? p.actors : [])));
  const country = new Uint16Array(n).fill(NO_VALUE);
  const admin1 = new Uint16Array(n).fill(NO_VALUE);
  const fatalities = new Int32Array(n).fill(-1);
  const actorOffsets = new Uint32Array(n + 1);
  const refs: number[] = [];
  props.forEach((p, i) => {
    const c = countries.index.get(p.country);
    if (c !== undefined && c < NO_VALUE) country[i] = c;
    const a = typeof p.admin1 === 'string' ? admin1s.index.get(p.admin1) : undefined;
    if (a !== undefined && a < NO_VALUE) admin1[i] = a;
    if (typeof p.fatalities === 'number' && p.fatalities >= 0) {
      fatalities[i] = Math.min(2 ** 31 - 1, Math.floor(p.fatalities));
    }
    for (const actor of new Set(Array.isArray(p.actors) ? p.actors : [])) {
      refs.push(actors.index.get(actor)!);
    }
    actorOffsets[i + 1] = refs.length;
  });
  return {
    country,
    countries: countries.list,
    admin1,
    admin1s: admin1s.list,
    fatalities,
    actorOffsets,
    actorRefs: Uint32Array.from(refs),
    actors: actors.list,
  };
}

/** The actors of incident `i` (names). */
export function actorsOf(f: FacetColumns, i: number): string[] {
  const out: string[] = [];
  for (let k = f.actorOffsets[i]!; k < f.actorOffsets[i + 1]!; k++)
    out.push(f.actors[f.actorRefs[k]!]!);
  return out;
}

/** Packs `ids` (in sorted order) as UTF-8 with offsets. */
export function packIds(ids: readonly string[]): PackedIds {
  const encoder = new TextEncoder();
  const chunks = ids.map((id) => encoder.encode(id));
  const offsets = new Uint32Array(ids.length + 1);
  chunks.forEach((c, i) => (offsets[i + 1] = offsets[i]! + c.length));
  const bytes = new Uint8Array(offsets[ids.length]!);
  chunks.forEach((c, i) => bytes.set(c, offsets[i]!));
  return { bytes, offsets };
}

const decoder = new TextDecoder();

/** Id `i` of packed ids. */
export function unpackId(ids: PackedIds, i: number): string {
  return decoder.decode(ids.bytes.subarray(ids.offsets[i], ids.offsets[i + 1]));
}

/** The ArrayBuffers behind facet columns and packed ids, for `postMessage` transfer lists. */
export function facetBuffers(f: FacetColumns | null, ids: PackedIds | null): ArrayBuffer[] {
  const arrays = [
    f?.country,
    f?.admin1,
    f?.fatalities,
    f?.actorOffsets,
    f?.actorRefs,
    ids?.bytes,
    ids?.offsets,
  ];
  return arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
}
