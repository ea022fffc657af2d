// Main-thread side of dataset loading: starts the worker, relays progress, resolves with the
// transferred columns. Nothing is parsed on the main thread.
import type { IncidentColumns } from '../core/binaryLayout.ts';
import DatasetWorker from './datasetWorker.ts?worker';
import type { DatasetProblem, DatasetRequest, DatasetResponse } from './protocol.ts';

/** A loaded dataset: sorted columns plus the rows that were skipped and why. */
export interface LoadedDataset {
  columns: IncidentColumns;
  problems: DatasetProblem[];
}

/** Progress callback: phase and fraction 0..1 of that phase. */
export type ProgressHandler = (phase: 'download' | 'parse', fraction: number) => void;

/**
 * Loads a dataset in a Web Worker: a URL (binary `.bin`, GeoJSON or ACLED CSV), a user's File
 * (picker or drag-and-drop), or `count` synthetic incidents. Rejects with a message naming the
 * file and the fix when the input is unusable.
 */
export function loadDataset(
  request: DatasetRequest,
  onProgress?: ProgressHandler,
): Promise<LoadedDataset> {
  const worker = new DatasetWorker();
  return new Promise<LoadedDataset>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DatasetResponse>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress?.(m.phase, m.fraction);
      else {
        worker.terminate();
        if (m.type === 'done') resolve({ columns: m.columns, problems: m.problems });
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Dataset worker failed: ${event.message}`));
    };
    // The worker resolves relative URLs against its own script, so make them absolute here.
    const absolute =
      request.kind === 'url' && typeof document !== 'undefined'
        ? { ...request, url: new URL(request.url, document.baseURI).href }
        : request;
    worker.postMessage(absolute);
  });
}
