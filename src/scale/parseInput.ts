// Turns the bytes of a user-supplied dataset into sorted columns: ACLED CSV, Borderlines
// incidents GeoJSON, or the binary layout. Pure (no DOM); runs inside the dataset worker.
import { parseAcledCsv } from '../core/acled.ts';
import { columnsFromFeatures, decodeColumns, type IncidentColumns } from '../core/binaryLayout.ts';
import { isIsoDate } from '../core/days.ts';
import type { IncidentFeature } from '../core/types.ts';
import type { DatasetProblem } from './protocol.ts';

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

/** Features of a GeoJSON text; features without a point or an ISO date become problems. */
export function parseIncidentGeoJson(
  text: string,
  file: string,
): { features: IncidentFeature[]; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = `not valid JSON (${(e as Error).message})`;
    return {
      features: [],
      problems: [{ file, row: 0, line: 0, column: null, message, fix: 'export valid GeoJSON' }],
    };
  }
  const list = (data as { features?: unknown }).features;
  if (!Array.isArray(list)) {
    const message = 'no "features" array: not a GeoJSON FeatureCollection';
    return {
      features: [],
      problems: [
        { file, row: 0, line: 0, column: null, message, fix: 'export a FeatureCollection' },
      ],
    };
  }
  const features: IncidentFeature[] = [];
  list.forEach((f: Partial<IncidentFeature> | null, i) => {
    const c = f?.geometry?.coordinates;
    const p = f?.properties;
    const where = { file, row: i + 1, line: 0 };
    if (!Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
      problems.push({
        ...where,
        column: 'geometry',
        message: `feature ${i + 1} has no point coordinates`,
        fix: 'give it a Point geometry',
      });
    } else if (!p || typeof p.id !== 'string' || !isIsoDate(String(p.date))) {
      problems.push({
        ...where,
        column: 'properties.date',
        message: `feature ${i + 1} has no id or no ISO date`,
        fix: 'set properties.id and properties.date (YYYY-MM-DD)',
      });
    } else if (p.date_end !== undefined && (!isIsoDate(p.date_end) || p.date_end < p.date)) {
      problems.push({
        ...where,
        column: 'properties.date_end',
        message: `feature ${i + 1} date_end "${p.date_end}" is not an ISO date on or after date`,
        fix: 'fix or remove date_end',
      });
    } else {
      features.push(f as IncidentFeature);
    }
  });
  return { features, problems };
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
    return { columns: decodeColumns(buffer), problems: [] };
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
