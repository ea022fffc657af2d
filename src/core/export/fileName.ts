// Names of exported files: the product, the time window shown and the format, e.g.
// `borderlines-2024-01-15_2024-01-31.geojson` or `borderlines-2024-01-15_2024-01-31@2x.png`.
// Pure.
import { dayToIso } from '../days.ts';
import type { TimeWindow } from '../time/window.ts';

/** Formats the app exports. */
export type ExportFormat = 'geojson' | 'csv' | 'png';

/**
 * The file name for an export of the window `from..to` (inclusive day numbers); `scale` above 1
 * marks a high-resolution image (`@2x`).
 */
export function exportFileName(window: TimeWindow, format: ExportFormat, scale = 1): string {
  const suffix = scale > 1 ? `@${scale}x` : '';
  return `borderlines-${dayToIso(window.from)}_${dayToIso(window.to)}${suffix}.${format}`;
}

/** MIME type of each format. */
export const EXPORT_TYPES: Readonly<Record<ExportFormat, string>> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
};
