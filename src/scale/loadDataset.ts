// Main-thread side of dataset loading: starts the worker, relays progress, resolves with the
// transferred columns. Nothing is parsed on the main thread. Cancelling (an AbortSignal)
// terminates the worker at once; the promise then rejects with a `DatasetLoadError` whose
// `cancelled` is true, so the caller keeps what it shows.
import type { IncidentColumns } from '../core/binaryLayout.ts';
import DatasetWorker from './datasetWorker.ts?worker';
import type { DatasetProblem, DatasetRequest, DatasetResponse } from './protocol.ts';

/** A loaded dataset: sorted columns plus the rows that were skipped (or defaulted) and why. */
export interface LoadedDataset {
  columns: IncidentColumns;
  problems: DatasetProblem[];
  /** Sentences about the file as a whole (e.g. the encoding it was read in). */
  notes?: string[];
}

/** Progress callback: phase, fraction 0..1 of that phase, and rows read so far (CSV). */
export type ProgressHandler = (
  phase: 'download' | 'parse',
  fraction: number,
  rows?: number,
) => void;

/** Why a load gave no dataset: the message, the problems behind it, or a cancellation. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    /** Problems behind the failure (e.g. every skipped row). */
    readonly problems: DatasetProblem[] = [],
    /** True when the load was cancelled by the caller. */
    readonly cancelled = false,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/**
 * Loads a dataset in a Web Worker: a URL (binary `.bin`, GeoJSON or ACLED CSV), a user's File
 * (picker or drag-and-drop, streamed), or `count` synthetic incidents. Rejects with a
 * `DatasetLoadError` naming the file and the fix when the input is unusable, or when `signal`
 * aborts (the worker is terminated).
 */
export function loadDataset(
  request: DatasetRequest,
  onProgress?: ProgressHandler,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if (signal?.aborted) return Promise.reject(new DatasetLoadError('Cancelled.', [], true));
  const worker = new DatasetWorker();
  return new Promise<LoadedDataset>((resolve, reject) => {
    const onAbort = (): void => {
      worker.terminate();
      reject(new DatasetLoadError('Cancelled.', [], true));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    worker.onmessage = (event: MessageEvent<DatasetResponse>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress?.(m.phase, m.fraction, m.rows);
      else {
        settle();
        if (m.type === 'done') {
          resolve({ columns: m.columns, problems: m.problems, notes: m.notes ?? [] });
        } else reject(new DatasetLoadError(m.message, m.problems ?? []));
      }
    };
    worker.onerror = (event) => {
      settle();
      // A script that could not be fetched gives an event without a message.
      const detail = event.message ? `: ${event.message}` : ' (its script could not be loaded)';
      reject(
        new DatasetLoadError(
          `The dataset worker, assets/datasetWorker-*.js, failed${detail}. Try again; if it keeps failing, the site is missing files: rebuild it with \`npm run build\` and publish the whole dist/ folder.`,
        ),
      );
    };
    // The worker resolves relative URLs against its own script, so make them absolute here.
    const absolute =
      request.kind === 'url' && typeof document !== 'undefined'
        ? { ...request, url: new URL(request.url, document.baseURI).href }
        : request;
    worker.postMessage(absolute);
  });
}
