// Main-thread side of extraction: one worker at a time, a promise per article, and a way to stop
// a long read (the worker is terminated; the next read starts a new one).
import type { Proposal } from '../core/extract/types.ts';
import ExtractWorker from './extractWorker.ts?worker';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';

/** What an extraction gives back. */
export interface Extracted {
  proposals: Proposal[];
  /** Time the extractor took in the worker, in ms. */
  ms: number;
}

/** Runs extractions in a Web Worker. */
export class ExtractionRunner {
  #worker: Worker | null = null;
  #reject: ((e: Error) => void) | null = null;

  /** Extracts one article; rejects with a message when reading fails or is cancelled. */
  run(request: ExtractRequest): Promise<Extracted> {
    this.cancel();
    const worker = (this.#worker ??= new ExtractWorker());
    return new Promise<Extracted>((resolve, reject) => {
      this.#reject = reject;
      worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
        this.#reject = null;
        const m = event.data;
        if (m.type === 'done') resolve({ proposals: m.proposals, ms: m.ms });
        else reject(new Error(m.message));
      };
      worker.onerror = (event) => {
        this.#reject = null;
        this.#worker?.terminate();
        this.#worker = null;
        reject(new Error(`The extractor stopped (${event.message || 'worker error'}).`));
      };
      worker.postMessage(request);
    });
  }

  /** Stops a read in progress (its promise rejects with "cancelled"). */
  cancel(): void {
    if (!this.#reject) return;
    this.#worker?.terminate();
    this.#worker = null;
    const reject = this.#reject;
    this.#reject = null;
    reject(new Error('Reading the article was cancelled.'));
  }
}
