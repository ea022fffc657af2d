// The dataset Web Worker: downloads or reads a dataset, parses it off the main thread, and
// transfers the typed-array columns back (no copy). Loaded with Vite's `?worker` import. A user's
// file is streamed (readInput.ts); terminating the worker cancels the read.
import { columnBuffers } from '../core/binaryLayout.ts';
import { generateSynthetic } from '../core/synthetic.ts';
import { parseInput } from './parseInput.ts';
import { DatasetInputError, readDatasetFile } from './readInput.ts';
import type { DatasetRequest, DatasetResponse } from './protocol.ts';

const post = (message: DatasetResponse, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(message, transfer);

/** Reads a response body with download progress (when the server sends Content-Length). */
async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} — fix: check the dataset path`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total) post({ type: 'progress', phase: 'download', fraction: received / total });
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

self.onmessage = async (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'synthetic') {
      const columns = generateSynthetic(request.count, request.seed, request.region);
      post({ type: 'done', columns, problems: [] }, columnBuffers(columns));
      return;
    }
    if (request.kind === 'file') {
      // Streamed: progress is bytes read / size, with the rows read so far.
      let reported = -1;
      const { columns, problems, notes } = await readDatasetFile(request.file, (p) => {
        const fraction = p.size ? p.bytes / p.size : 1;
        if (fraction - reported < 0.005 && fraction < 1) return;
        reported = fraction;
        post({ type: 'progress', phase: 'parse', fraction, rows: p.rows });
      });
      post({ type: 'done', columns, problems, notes }, columnBuffers(columns));
      return;
    }
    const bytes = await download(request.url);
    const onProgress = (fraction: number): void =>
      post({ type: 'progress', phase: 'parse', fraction });
    const name = request.url.split('/').pop() ?? request.url;
    const { columns, problems } = parseInput(bytes, name, onProgress);
    post({ type: 'done', columns, problems }, columnBuffers(columns));
  } catch (e) {
    const problems = e instanceof DatasetInputError ? e.problems : undefined;
    post({ type: 'error', message: (e as Error).message, ...(problems ? { problems } : {}) });
  }
};
