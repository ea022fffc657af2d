// Builds the sorted columns of a dataset one feature at a time, so an import never holds every
// feature object at once: each feature's numbers go to growing typed arrays and its JSON (the
// `details` the panel reads) to byte blocks as it arrives; `finish()` sorts by start day then id
// (the order of `IncidentStore`) and lays the columns out. `columnsFromFeatures` uses it too, so
// the CLI's `.bin` and the app's in-memory dataset are the same bytes. Ids are packed and the
// facet columns (country, province, fatalities, actors: facets.ts) are built as rows arrive, with
// values interned, so the result equals `buildFacets` without keeping the features.
import { allocateColumns, type IncidentColumns } from './binaryLayout.ts';
import { isoToDay } from './days.ts';
import { NO_VALUE, packIds, type FacetColumns } from './facets.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS, type IncidentFeature } from './types.ts';

/** Bytes per block of feature JSON. */
const BLOCK = 4 << 20;

function grow<T extends Float32Array | Int32Array | Uint8Array | Uint32Array | Float64Array>(
  a: T,
  need: number,
): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/** Distinct strings in order of arrival, each with its arrival index. */
class Interned {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  /** The arrival index of `value`, adding it when new. */
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(value, i);
      this.list.push(value);
    }
    return i;
  }
  /** The values sorted, and arrival index → sorted index. */
  sorted(): { list: string[]; rank: Uint32Array } {
    const order = this.list
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.list[a]!;
        const y = this.list[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const rank = new Uint32Array(this.list.length);
    order.forEach((arrival, sortedIndex) => (rank[arrival] = sortedIndex));
    return { list: order.map((i) => this.list[i]!), rank };
  }
}

/** Accumulates features (`add`) and returns their sorted columns (`finish`). */
export class ColumnBuilder {
  private n = 0;
  private lon = new Float32Array(1024);
  private lat = new Float32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private category = new Uint8Array(1024);
  private datePrecision = new Uint8Array(1024);
  private placePrecision = new Uint8Array(1024);
  /** Where each feature's JSON starts in the concatenated blocks, and its length. */
  private at = new Float64Array(1024);
  private len = new Int32Array(1024);
  private ids: string[] = [];
  private countries = new Interned();
  private admin1s = new Interned();
  private actors = new Interned();
  /** Arrival index + 1 into the tables above (0: none), fatalities (-1: none). */
  private country = new Uint32Array(1024);
  private admin1 = new Uint32Array(1024);
  private fatalities = new Int32Array(1024);
  /** Row `i`'s actors are `actorRefs[actorAt[i] .. actorAt[i + 1]]` (arrival indices). */
  private actorAt = new Uint32Array(1025);
  private actorRefs = new Uint32Array(1024);
  private refs = 0;
  private blocks: Uint8Array[] = [];
  private used = BLOCK; // forces a first block
  private total = 0;
  private readonly encoder = new TextEncoder();

  /** Features added so far. */
  get count(): number {
    return this.n;
  }

  /** Bytes of feature JSON held so far. */
  get detailBytes(): number {
    return this.total;
  }

  /** Adds one feature (already checked against the incident schema). */
  add(f: IncidentFeature): void {
    const i = this.n;
    const need = i + 1;
    this.lon = grow(this.lon, need);
    this.lat = grow(this.lat, need);
    this.start = grow(this.start, need);
    this.end = grow(this.end, need);
    this.category = grow(this.category, need);
    this.datePrecision = grow(this.datePrecision, need);
    this.placePrecision = grow(this.placePrecision, need);
    this.at = grow(this.at, need);
    this.len = grow(this.len, need);
    const p = f.properties;
    const start = isoToDay(p.date);
    this.lon[i] = f.geometry.coordinates[0];
    this.lat[i] = f.geometry.coordinates[1];
    this.start[i] = start;
    this.end[i] = p.date_end ? isoToDay(p.date_end) : start;
    this.category[i] = CATEGORIES.indexOf(p.category);
    this.datePrecision[i] = DATE_PRECISIONS.indexOf(p.date_precision);
    this.placePrecision[i] = PLACE_PRECISIONS.indexOf(p.place_precision);
    this.ids.push(p.id);
    this.country = grow(this.country, need);
    this.admin1 = grow(this.admin1, need);
    this.fatalities = grow(this.fatalities, need);
    this.actorAt = grow(this.actorAt, need + 1);
    this.country[i] = typeof p.country === 'string' ? this.countries.of(p.country) + 1 : 0;
    this.admin1[i] = typeof p.admin1 === 'string' ? this.admin1s.of(p.admin1) + 1 : 0;
    this.fatalities[i] =
      typeof p.fatalities === 'number' && p.fatalities >= 0
        ? Math.min(2 ** 31 - 1, Math.floor(p.fatalities))
        : -1;
    for (const actor of new Set(Array.isArray(p.actors) ? p.actors : [])) {
      this.actorRefs = grow(this.actorRefs, this.refs + 1);
      this.actorRefs[this.refs++] = this.actors.of(actor);
    }
    this.actorAt[i + 1] = this.refs;
    const json = this.encoder.encode(JSON.stringify(f));
    if (this.used + json.length > BLOCK) {
      this.blocks.push(new Uint8Array(Math.max(BLOCK, json.length)));
      this.used = 0;
    }
    const block = this.blocks[this.blocks.length - 1]!;
    block.set(json, this.used);
    this.at[i] = (this.blocks.length - 1) * 2 ** 32 + this.used; // block index, offset
    this.len[i] = json.length;
    this.used += json.length;
    this.total += json.length;
    this.n = need;
  }

  /** The columns, sorted by start day then id (then arrival); the builder is spent after. */
  finish(): IncidentColumns {
    const n = this.n;
    const order = Array.from({ length: n }, (_, i) => i);
    const { start, ids: rowIds } = this;
    order.sort((a, b) => {
      const d = start[a]! - start[b]!;
      if (d !== 0) return d;
      const ia = rowIds[a]!;
      const ib = rowIds[b]!;
      return ia < ib ? -1 : ia > ib ? 1 : a - b;
    });
    const cols = allocateColumns(n, n ? start[order[0]!]! : 0);
    const details = new Uint8Array(this.total);
    const offsets = new Uint32Array(n + 1);
    let bytes = 0;
    order.forEach((j, i) => {
      cols.lon[i] = this.lon[j]!;
      cols.lat[i] = this.lat[j]!;
      cols.start[i] = start[j]!;
      cols.end[i] = this.end[j]!;
      cols.category[i] = this.category[j]!;
      cols.datePrecision[i] = this.datePrecision[j]!;
      cols.placePrecision[i] = this.placePrecision[j]!;
      const where = this.at[j]!;
      const block = this.blocks[Math.floor(where / 2 ** 32)]!;
      const from = where % 2 ** 32;
      offsets[i] = bytes;
      details.set(block.subarray(from, from + this.len[j]!), bytes);
      bytes += this.len[j]!;
    });
    offsets[n] = bytes;
    this.blocks = [];
    const ids = packIds(order.map((j) => this.ids[j]!));
    this.ids = [];
    return { ...cols, details, detailOffsets: offsets, ids, facets: this.facets(order) };
  }

  /** Facet columns in sorted order, equal to `buildFacets` over the same features. */
  private facets(order: readonly number[]): FacetColumns {
    const n = order.length;
    const countries = this.countries.sorted();
    const admin1s = this.admin1s.sorted();
    const actors = this.actors.sorted();
    const country = new Uint16Array(n).fill(NO_VALUE);
    const admin1 = new Uint16Array(n).fill(NO_VALUE);
    const fatalities = new Int32Array(n);
    const actorOffsets = new Uint32Array(n + 1);
    const actorRefs = new Uint32Array(this.refs);
    let k = 0;
    order.forEach((j, i) => {
      const c = this.country[j]! ? countries.rank[this.country[j]! - 1]! : NO_VALUE;
      if (c < NO_VALUE) country[i] = c;
      const a = this.admin1[j]! ? admin1s.rank[this.admin1[j]! - 1]! : NO_VALUE;
      if (a < NO_VALUE) admin1[i] = a;
      fatalities[i] = this.fatalities[j]!;
      for (let r = this.actorAt[j]!; r < this.actorAt[j + 1]!; r++) {
        actorRefs[k++] = actors.rank[this.actorRefs[r]!]!;
      }
      actorOffsets[i + 1] = k;
    });
    return {
      country,
      countries: countries.list,
      admin1,
      admin1s: admin1s.list,
      fatalities,
      actorOffsets,
      actorRefs,
      actors: actors.list,
    };
  }
}
