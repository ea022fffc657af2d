// Messages between the main thread (workerSearch.ts) and the search worker (searchWorker.ts).
import type { SearchField } from '../core/search/documents.ts';
import type { DocumentSlice } from '../core/search/slices.ts';

/** Main thread → worker. */
export type SearchRequest =
  | { type: 'start'; fields: SearchField[]; count: number }
  | { type: 'slice'; slice: DocumentSlice }
  | { type: 'query'; ticket: number; query: string };

/** Worker → main thread. */
export type SearchResponse =
  /** `indexed` incidents are in the index; the main thread sends the next slice. */
  | { type: 'progress'; indexed: number }
  /** The index is complete; building it took `ms`. */
  | { type: 'ready'; ms: number }
  /** The answer to query `ticket` (its `ranked` buffer is transferred); null when superseded. */
  | { type: 'answer'; ticket: number; ranked: Uint32Array | null; terms: string[] }
  | { type: 'error'; message: string };
