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
  return { blob: new Blob(parts, { type: EXPORT_TYPES[format] }), name, count: source.count };
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
