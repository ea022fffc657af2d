// Exports what the view shows (time window + filters), for any dataset size: the rows are copied
// when the export starts, built in chunks with a yield to the page between them (src/core/export)
// and saved as one Blob made of the parts.
import { featureAt } from '../core/binaryLayout.ts';
import { buildCsv } from '../core/export/acledCsv.ts';
import { snapshotSource } from '../core/export/chunks.ts';
import { EXPORT_TYPES, exportFileName } from '../core/export/fileName.ts';
import { buildGeoJson } from '../core/export/geojson.ts';
import type { ViewState } from '../state/view.svelte.ts';
import { downloadBlob, yieldToPage } from './download.ts';

/** Data formats. */
export type DataFormat = 'geojson' | 'csv';

/** What an export wrote. */
export interface ExportResult {
  /** The file name offered. */
  name: string;
  /** Incidents in the file. */
  count: number;
  /** Size of the file in bytes. */
  bytes: number;
}

/** Builds the file of what `view` shows now in `format`, as a Blob with its name. */
export async function buildShown(
  view: ViewState,
  format: DataFormat,
  onProgress?: (fraction: number) => void,
): Promise<{ blob: Blob; name: string; count: number }> {
  const columns = view.dataset.columns;
  const source = snapshotSource(
    view.count,
    (row) => view.indexAt(row),
    (i) => featureAt(columns, i),
  );
  const name = exportFileName(view.time.window, format);
  const options = {
    pause: yieldToPage,
    onProgress: (done: number, total: number) => onProgress?.(done / total),
  };
  const { parts } =
    format === 'geojson' ? await buildGeoJson(source, options) : await buildCsv(source, options);
  return { blob: await partsToBlob(parts, EXPORT_TYPES[format]), name, count: source.count };
}

/**
 * One Blob of the text parts. Each part is encoded to its own Blob, pausing for the page between
 * them, so that encoding tens of megabytes never blocks the page at once; the last step only
 * joins Blobs. Each part's string is released once encoded.
 */
async function partsToBlob(parts: string[], type: string, budgetMs = 12): Promise<Blob> {
  const blobs: Blob[] = [];
  let started = performance.now();
  for (let i = 0; i < parts.length; i++) {
    blobs.push(new Blob([parts[i]!]));
    parts[i] = '';
    if (performance.now() - started > budgetMs) {
      await yieldToPage();
      started = performance.now();
    }
  }
  return new Blob(blobs, { type });
}

/** Exports what `view` shows as a download; resolves once the file is offered. */
export async function exportShown(
  view: ViewState,
  format: DataFormat,
  onProgress?: (fraction: number) => void,
): Promise<ExportResult> {
  const { blob, name, count } = await buildShown(view, format, onProgress);
  downloadBlob(blob, name);
  return { name, count, bytes: blob.size };
}
