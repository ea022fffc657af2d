// Runs the extractor off the main thread: reading a long article takes seconds (the temporary
// place reader looks up every capitalised word), and the page must stay responsive meanwhile. The
// place data is fetched once per worker.
import { extractIncidents } from '../core/extract/extract.ts';
import { browserReaders, loadPlaceData, type PlaceData } from './browserReaders.ts';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';

let data: Promise<PlaceData> | null = null;

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const { text, published, articleId, placeDataUrl } = event.data;
  let reply: ExtractResponse;
  try {
    data ??= loadPlaceData(placeDataUrl);
    const readers = browserReaders(await data);
    const t0 = performance.now();
    const proposals = extractIncidents(text, { published, articleId }, readers);
    reply = { type: 'done', proposals, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    data = null;
    reply = { type: 'error', message: (e as Error).message };
  }
  self.postMessage(reply);
};
