// The search index of one dataset, wherever it lives: on the main thread for small datasets
// (localSearch.ts), in a Web Worker for large ones (workerSearch.ts). Both build lazily, report
// their progress and answer queries with every match, best first.
import type { Dataset } from '../core/dataset.ts';
import type { QueryAnswer } from '../core/search/engine.ts';

/** A dataset's search index. */
export interface SearchBackend {
  /** Every match of `query`, best first; null when a later query superseded it. */
  query(query: string): Promise<QueryAnswer | null>;
  /** Stops building and frees the index (the worker is terminated). */
  destroy(): void;
}

/** Progress of the index build: incidents indexed so far, and the build time once done. */
export interface BuildProgress {
  indexed: number;
  /** Milliseconds the build took, once it is complete; else null. */
  ms: number | null;
}

/** Makes the backend for a dataset; `onProgress` follows the build. */
export type BackendFactory = (
  dataset: Dataset,
  onProgress: (p: BuildProgress) => void,
) => Promise<SearchBackend>;

/** The app's choice: a worker for large datasets, the main thread otherwise (both lazy-loaded). */
export const defaultBackend: BackendFactory = async (dataset, onProgress) => {
  if (dataset.large) {
    const { WorkerSearch } = await import('./workerSearch.ts');
    return new WorkerSearch(dataset, onProgress);
  }
  const { LocalSearch } = await import('./localSearch.ts');
  return new LocalSearch(dataset, onProgress);
};
