// Turns the bytes of a user-supplied dataset into sorted columns: ACLED CSV, Borderlines
// incidents GeoJSON, or the binary layout. Pure (no DOM); runs inside the dataset worker.
import { parseAcledCsv } from '../core/acled.ts';
import { columnsFromFeatures, decodeColumns, type IncidentColumns } from '../core/binaryLayout.ts';
import { checkColumns } from '../core/checkColumns.ts';
import { parseIncidentGeoJson } from '../core/importGeoJson.ts';
import type { DatasetProblem } from './protocol.ts';

export { parseIncidentGeoJson };

/** Input formats, told apart by file name and content. */
export type InputFormat = 'acled-csv' | 'geojson' | 'binary';

/** Format of a file from its name, falling back to its first bytes. */
export function detectFormat(name: string, head: Uint8Array): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'acled-csv';
  if (lower.endsWith('.json') || lower.endsWith('.geojson')) return 'geojson';
  if (lower.endsWith('.bin')) return 'binary';
  if (head[0] === 0x42 && head[1] === 0x4c && head[2] === 0x44 && head[3] === 0x53) return 'binary';
  const first = String.fromCharCode(...head.subarray(0, 64)).trimStart();
  return first.startsWith('{') ? 'geojson' : 'acled-csv';
}

/** Columns and problems of a dataset file's bytes. */
export function parseInput(
  bytes: Uint8Array,
  name: string,
  onProgress: (fraction: number) => void,
): { columns: IncidentColumns; problems: DatasetProblem[] } {
  const format = detectFormat(name, bytes.subarray(0, 64));
  if (format === 'binary') {
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const buffer = own ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
    return { columns: checkColumns(decodeColumns(buffer)), problems: [] };
  }
  const text = new TextDecoder().decode(bytes);
  const { features, problems } =
    format === 'geojson'
      ? parseIncidentGeoJson(text, name)
      : parseAcledCsv(text, name, { onProgress: (f) => onProgress(f * 0.9) });
  const columns = columnsFromFeatures(features);
  onProgress(1);
  return { columns, problems };
}
