// The search index of a small dataset (at most LARGE_DATASET incidents), built on the main thread
// in chunks (MiniSearch's addAllAsync yields between them) so typing stays responsive.
import type { Dataset } from '../core/dataset.ts';
import { documentOf, indexedFields } from '../core/search/documents.ts';
import { createSearchIndex, runQuery, type QueryAnswer } from '../core/search/engine.ts';
import type { BuildProgress, SearchBackend } from './backend.ts';

const CHUNK = 500;

/** A main-thread index over a small dataset. */
export class LocalSearch implements SearchBackend {
  #built: Promise<ReturnType<typeof createSearchIndex>>;
  #destroyed = false;

  constructor(dataset: Dataset, onProgress: (p: BuildProgress) => void) {
    const synthetic = !dataset.columns.details;
    const index = createSearchIndex(indexedFields(dataset.count, synthetic));
    const started = performance.now();
    const docs = Array.from({ length: dataset.count }, (_, i) =>
      documentOf(i, dataset.featureAt(i)),
    );
    onProgress({ indexed: 0, ms: null });
    this.#built = index.addAllAsync(docs, { chunkSize: CHUNK }).then(() => {
      if (!this.#destroyed) onProgress({ indexed: docs.length, ms: performance.now() - started });
      return index;
    });
  }

  async query(query: string): Promise<QueryAnswer | null> {
    const index = await this.#built;
    return this.#destroyed ? null : runQuery(index, query);
  }

  destroy(): void {
    this.#destroyed = true;
  }
}
