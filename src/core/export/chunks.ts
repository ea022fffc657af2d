// Building a large export in pieces: rows are turned into text a chunk at a time, each chunk one
// part of the final file (a Blob is made of the parts, never one giant string), with a pause
// between chunks so the page stays responsive. Pure: the pause and the clock are passed in.
import type { IncidentFeature } from '../types.ts';

/** What an export reads: the rows shown, in list order. */
export interface ExportSource {
  /** Number of rows. */
  readonly count: number;
  /** The incident of row `row` (0 ≤ row < count). */
  featureAt(row: number): IncidentFeature;
}

/** How an export runs. */
export interface ChunkOptions {
  /** Awaited between chunks (the browser yields to the page here); none by default. */
  pause?: () => Promise<void>;
  /** Longest a chunk may run before pausing, in ms (default 12). */
  budgetMs?: number;
  /** Clock in ms (default `performance.now`). */
  now?: () => number;
  /** Called after each chunk with the rows done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the export between chunks (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/**
 * Calls `write(row)` for every row of `source` in order, in chunks of at most `budgetMs` each (at
 * least one row), and returns the text of each chunk: `parts.join('')` is the whole body.
 */
export async function chunkedParts(
  source: ExportSource,
  write: (feature: IncidentFeature, row: number) => string,
  options: ChunkOptions = {},
): Promise<string[]> {
  const { pause, budgetMs = 12, onProgress, signal } = options;
  const now = options.now ?? (() => performance.now());
  const parts: string[] = [];
  let row = 0;
  while (row < source.count) {
    signal?.throwIfAborted();
    const started = now();
    let text = '';
    do {
      text += write(source.featureAt(row), row);
      row++;
    } while (row < source.count && now() - started < budgetMs);
    parts.push(text);
    onProgress?.(row, source.count);
    if (row < source.count && pause) await pause();
  }
  signal?.throwIfAborted();
  return parts;
}

/**
 * A fixed list of rows: the sorted indices shown when the export started (copied, so moving the
 * window or changing a filter meanwhile does not change the file), read with `featureAt`.
 */
export function snapshotSource(
  count: number,
  indexAt: (row: number) => number,
  featureAt: (index: number) => IncidentFeature,
): ExportSource {
  const indices = new Uint32Array(count);
  for (let r = 0; r < count; r++) indices[r] = indexAt(r);
  return { count, featureAt: (row) => featureAt(indices[row]!) };
}
