// The search index of a large dataset, in a dedicated Web Worker. The worker asks for documents
// slice by slice (core/search/slices.ts): one slice's details bytes are copied and transferred at
// a time, so the dataset's details are never duplicated whole. Queries are answered once the
// index is complete, one at a time: a query superseded while waiting resolves to null.
import type { Dataset } from '../core/dataset.ts';
import { indexedFields } from '../core/search/documents.ts';
import type { QueryAnswer } from '../core/search/engine.ts';
import { OneInFlight } from '../core/search/latest.ts';
import { documentSlice, SLICE_SIZE, sliceTransfer } from '../core/search/slices.ts';
import type { BuildProgress, SearchBackend } from './backend.ts';
import type { SearchRequest, SearchResponse } from './protocol.ts';
import SearchWorker from './searchWorker.ts?worker';

/** A worker-held index over a large dataset. */
export class WorkerSearch implements SearchBackend {
  readonly #worker: Worker;
  /** Queries waiting for their answer, by ticket. */
  readonly #pending = new Map<
    number,
    { resolve: (a: QueryAnswer | null) => void; reject: (e: Error) => void }
  >();
  /** One query in the worker at a time; the latest waits, older waiting ones are dropped. */
  readonly #flight = new OneInFlight<{ ticket: number; query: string }>();
  #ticket = 0;
  #failure: string | null = null;

  constructor(dataset: Dataset, onProgress: (p: BuildProgress) => void) {
    const columns = dataset.columns;
    const worker = new SearchWorker();
    this.#worker = worker;
    const send = (m: SearchRequest, transfer: Transferable[] = []) =>
      worker.postMessage(m, transfer);
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      const m = event.data;
      if (m.type === 'progress') {
        onProgress({ indexed: m.indexed, ms: null });
        const to = Math.min(columns.count, m.indexed + SLICE_SIZE);
        const slice = documentSlice(columns, m.indexed, to);
        send({ type: 'slice', slice }, sliceTransfer(slice));
      } else if (m.type === 'ready') {
        onProgress({ indexed: columns.count, ms: m.ms });
      } else if (m.type === 'answer') {
        this.#pending
          .get(m.ticket)
          ?.resolve(m.ranked ? { ranked: m.ranked, terms: m.terms } : null);
        this.#pending.delete(m.ticket);
        const next = this.#flight.answered();
        if (next) send({ type: 'query', ...next });
      } else {
        this.#fail(m.message);
      }
    };
    // A script that could not be fetched gives an event without a message: name the file.
    worker.onerror = (event) =>
      this.#fail(
        `the search worker, assets/searchWorker-*.js, ${event.message ? `failed: ${event.message}` : 'could not be loaded'} — if a reload does not help, the site is missing files: rebuild it with \`npm run build\``,
      );
    send({
      type: 'start',
      fields: indexedFields(columns.count, !columns.details),
      count: columns.count,
    });
  }

  query(query: string): Promise<QueryAnswer | null> {
    if (this.#failure) return Promise.reject(new Error(this.#failure));
    const ticket = ++this.#ticket;
    return new Promise((resolve, reject) => {
      this.#pending.set(ticket, { resolve, reject });
      const { send, dropped } = this.#flight.ask({ ticket, query });
      if (dropped) {
        this.#pending.get(dropped.ticket)?.resolve(null);
        this.#pending.delete(dropped.ticket);
      }
      if (send) this.#worker.postMessage({ type: 'query', ...send } satisfies SearchRequest);
    });
  }

  #fail(message: string): void {
    this.#failure = message;
    for (const p of this.#pending.values()) p.reject(new Error(message));
    this.#pending.clear();
    this.#worker.terminate();
  }

  destroy(): void {
    this.#worker.terminate();
    for (const p of this.#pending.values()) p.resolve(null);
    this.#pending.clear();
  }
}
