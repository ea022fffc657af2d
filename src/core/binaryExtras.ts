// The optional tail of the binary layout (version 2): packed ids and facet columns, so a loaded
// `.bin` can be filtered by country, province, actor and fatalities and opened by id without
// parsing each incident's JSON. Layout (every part 4-byte aligned):
//   u32 tablesBytes · tables JSON {countries, admin1s, actors, ids: bool, facets: bool, refs: m}
//   [ids]    idOffsets u32[n+1] · idBytes
//   [facets] country u16[n] · admin1 u16[n] · fatalities i32[n] · actorOffsets u32[n+1] ·
//            actorRefs u32[m]
import type { FacetColumns, PackedIds } from './facets.ts';

const align4 = (n: number): number => (n + 3) & ~3;

interface Tables {
  countries: string[];
  admin1s: string[];
  actors: string[];
  ids: boolean;
  facets: boolean;
  refs: number;
}

/** The parts of the tail, as byte arrays in file order. */
function parts(ids: PackedIds | null, facets: FacetColumns | null): Uint8Array[] {
  const tables: Tables = {
    countries: facets?.countries ?? [],
    admin1s: facets?.admin1s ?? [],
    actors: facets?.actors ?? [],
    ids: !!ids,
    facets: !!facets,
    refs: facets?.actorRefs.length ?? 0,
  };
  const json = new TextEncoder().encode(JSON.stringify(tables));
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, json.length, true);
  const bytesOf = (a: ArrayBufferView): Uint8Array =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const out: Uint8Array[] = [head, json];
  if (ids) out.push(bytesOf(ids.offsets), ids.bytes);
  if (facets) {
    out.push(bytesOf(facets.country), bytesOf(facets.admin1), bytesOf(facets.fatalities));
    out.push(bytesOf(facets.actorOffsets), bytesOf(facets.actorRefs));
  }
  return out;
}

/** Byte length of the tail (0 when there is nothing to store). */
export function extrasLength(ids: PackedIds | null, facets: FacetColumns | null): number {
  if (!ids && !facets) return 0;
  return parts(ids, facets).reduce((sum, p) => sum + align4(p.length), 0);
}

/** Writes the tail into `bytes` at `at` (4-aligned); returns the offset after it. */
export function writeExtras(
  bytes: Uint8Array,
  at: number,
  ids: PackedIds | null,
  facets: FacetColumns | null,
): number {
  if (!ids && !facets) return at;
  for (const p of parts(ids, facets)) {
    bytes.set(p, at);
    at += align4(p.length);
  }
  return at;
}

/** Zero-copy views of a tail of `length` bytes at `at`; throws on a corrupt tail. */
export function readExtras(
  buffer: ArrayBuffer,
  at: number,
  length: number,
  n: number,
): { ids: PackedIds | null; facets: FacetColumns | null } {
  const end = at + length;
  const fail = (what: string): never => {
    throw new Error(`Dataset extras corrupt: ${what}`);
  };
  if (length < 4) fail('too short');
  const jsonBytes = new DataView(buffer, at, 4).getUint32(0, true);
  at += 4;
  if (at + jsonBytes > end) fail('tables run past the end');
  let tables: Tables;
  try {
    tables = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, jsonBytes))) as Tables;
  } catch {
    return fail('tables are not JSON');
  }
  at += align4(jsonBytes);
  const take = <T extends ArrayBufferView>(make: (o: number) => T, bytes: number): T => {
    if (at + bytes > end) fail('a column runs past the end');
    const view = make(at);
    at += align4(bytes);
    return view;
  };
  let ids: PackedIds | null = null;
  if (tables.ids) {
    const offsets = take((o) => new Uint32Array(buffer, o, n + 1), (n + 1) * 4);
    const bytes = take((o) => new Uint8Array(buffer, o, offsets[n]!), offsets[n]!);
    ids = { bytes, offsets };
  }
  let facets: FacetColumns | null = null;
  if (tables.facets) {
    const refs = tables.refs;
    facets = {
      country: take((o) => new Uint16Array(buffer, o, n), n * 2),
      countries: tables.countries,
      admin1: take((o) => new Uint16Array(buffer, o, n), n * 2),
      admin1s: tables.admin1s,
      fatalities: take((o) => new Int32Array(buffer, o, n), n * 4),
      actorOffsets: take((o) => new Uint32Array(buffer, o, n + 1), (n + 1) * 4),
      actorRefs: take((o) => new Uint32Array(buffer, o, refs), refs * 4),
      actors: tables.actors,
    };
  }
  return { ids, facets };
}
