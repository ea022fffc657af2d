// Documents travel to the search worker in slices of incidents, so a large dataset's details (up
// to ~300 MB of JSON at a million incidents) are never copied whole: the main thread copies one
// slice's bytes (a few MB) and transfers them; the worker parses them into search documents,
// indexes them and asks for the next. Datasets without details (synthetic) send the slice's
// category bytes, from which the worker writes the generated titles. Pure.
import { syntheticTitle, type IncidentColumns } from '../binaryLayout.ts';
import { documentOf, type SearchDocument } from './documents.ts';

/** Incidents per slice: ~1.5 MB of ACLED details, a fraction of a second of indexing. */
export const SLICE_SIZE = 5000;

/** One slice of documents, as posted to the worker (its buffers go in the transfer list). */
export type DocumentSlice =
  | { from: number; details: Uint8Array; offsets: Uint32Array }
  | { from: number; categories: Uint8Array };

/** The slice of incidents `from..to` (sorted indices, `to` exclusive) of `columns`. */
export function documentSlice(columns: IncidentColumns, from: number, to: number): DocumentSlice {
  const { details, detailOffsets } = columns;
  if (details && detailOffsets) {
    const base = detailOffsets[from]!;
    const offsets = detailOffsets.slice(from, to + 1);
    for (let k = 0; k < offsets.length; k++) offsets[k]! -= base;
    return { from, details: details.slice(base, detailOffsets[to]!), offsets };
  }
  return { from, categories: columns.category.slice(from, to) };
}

/** Buffers of a slice to transfer rather than copy. */
export function sliceTransfer(slice: DocumentSlice): ArrayBuffer[] {
  return 'details' in slice
    ? [slice.details.buffer as ArrayBuffer, slice.offsets.buffer as ArrayBuffer]
    : [slice.categories.buffer as ArrayBuffer];
}

const decoder = new TextDecoder();

/** The search documents of a slice (the worker's side). */
export function sliceDocuments(slice: DocumentSlice): SearchDocument[] {
  if ('categories' in slice) {
    return Array.from(slice.categories, (category, k) => ({
      id: slice.from + k,
      title: syntheticTitle(category, slice.from + k),
      place: '',
      excerpt: '',
      actors: '',
      admin1: '',
      outlet: '',
    }));
  }
  const out: SearchDocument[] = [];
  const { details, offsets } = slice;
  for (let k = 0; k + 1 < offsets.length; k++) {
    const text = decoder.decode(details.subarray(offsets[k], offsets[k + 1]));
    out.push(documentOf(slice.from + k, JSON.parse(text) as Parameters<typeof documentOf>[1]));
  }
  return out;
}
