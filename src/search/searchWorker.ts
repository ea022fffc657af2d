// The search worker: builds the MiniSearch index of a large dataset slice by slice (asking the
// main thread for each, so its details are never copied whole) and answers queries once the index
// is complete. Queries asked while it builds wait; only the latest is answered, the others are
// answered as superseded. Loaded with Vite's `?worker` import.
import { createSearchIndex, runQuery, type SearchIndex } from '../core/search/engine.ts';
import { sliceDocuments } from '../core/search/slices.ts';
import type { SearchRequest, SearchResponse } from './protocol.ts';

const post = (message: SearchResponse, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(message, transfer);

let index: SearchIndex | null = null;
let expected = 0;
let started = 0;
let ready = false;
let waiting: { ticket: number; query: string } | null = null;

function answer(ticket: number, query: string): void {
  const { ranked, terms } = runQuery(index!, query);
  post({ type: 'answer', ticket, ranked, terms }, [ranked.buffer]);
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const m = event.data;
  try {
    if (m.type === 'start') {
      index = createSearchIndex(m.fields);
      expected = m.count;
      started = performance.now();
      ready = expected === 0;
      if (ready) post({ type: 'ready', ms: 0 });
      else post({ type: 'progress', indexed: 0 });
    } else if (m.type === 'slice') {
      index!.addAll(sliceDocuments(m.slice));
      if (index!.documentCount < expected) {
        post({ type: 'progress', indexed: index!.documentCount });
        return;
      }
      ready = true;
      post({ type: 'ready', ms: Math.round(performance.now() - started) });
      if (waiting) answer(waiting.ticket, waiting.query);
      waiting = null;
    } else if (ready) {
      answer(m.ticket, m.query);
    } else {
      if (waiting) post({ type: 'answer', ticket: waiting.ticket, ranked: null, terms: [] });
      waiting = { ticket: m.ticket, query: m.query };
    }
  } catch (e) {
    post({ type: 'error', message: (e as Error).message });
  }
};
