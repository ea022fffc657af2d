// A search backend for the tests: a real index over the dataset (core/search/engine.ts), whose
// answers wait until the test releases them, so their order and timing are the test's.
import type { Dataset } from '../../../src/core/dataset.ts';
import { documentOf, indexedFields } from '../../../src/core/search/documents.ts';
import { createSearchIndex, runQuery, type QueryAnswer } from '../../../src/core/search/engine.ts';
import type { BackendFactory, BuildProgress, SearchBackend } from '../../../src/search/backend.ts';

/** A query the fake backend was asked, waiting for `release()`. */
export interface Asked {
  query: string;
  release: () => void;
}

/** A backend factory whose answers are released by hand (or at once with `auto`). */
export class ManualBackend {
  asked: Asked[] = [];
  destroyed = 0;
  progress: ((p: BuildProgress) => void) | null = null;
  auto = false;

  /** The factory to give SearchState. */
  readonly factory: BackendFactory = async (dataset: Dataset, onProgress) => {
    this.progress = onProgress;
    const index = createSearchIndex(indexedFields(dataset.count, !dataset.columns.details));
    index.addAll(
      Array.from({ length: dataset.count }, (_, i) => documentOf(i, dataset.featureAt(i))),
    );
    const backend: SearchBackend = {
      query: (query) =>
        new Promise<QueryAnswer | null>((resolve) => {
          const release = () => resolve(runQuery(index, query));
          if (this.auto) release();
          else this.asked.push({ query, release });
        }),
      destroy: () => {
        this.destroyed++;
      },
    };
    return backend;
  };
}

/** Lets pending promises and their continuations run. */
export async function settle(): Promise<void> {
  for (let k = 0; k < 5; k++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
