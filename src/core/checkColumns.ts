// Checks a decoded binary dataset (`.bin`) before the app draws it: every column value in range
// and, when the file carries each incident's feature, every feature against the app's incident
// schema and in agreement with its columns. A `.bin` is written by `npm run data -- --acled`, so
// a bad row means the file is corrupt or foreign: it is refused whole, naming the first bad row.
import * as v from 'valibot';
import type { IncidentColumns } from './binaryLayout.ts';
import { isoToDay } from './days.ts';
import { fieldProblems, IncidentFeatureSchema, problemsText } from './incidentSchema.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from './types.ts';

const FIX = 'regenerate it with `npm run data -- --acled FILE`, or load the CSV itself';

/** Why row `i`'s columns are impossible, or null. */
function columnProblem(c: IncidentColumns, i: number): string | null {
  const lon = c.lon[i]!;
  const lat = c.lat[i]!;
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90))
    return `position ${lon}, ${lat} is not on Earth`;
  if (c.end[i]! < c.start[i]!) return 'its end day is before its start day';
  if (c.category[i]! >= CATEGORIES.length) return `category index ${c.category[i]} is unknown`;
  if (c.datePrecision[i]! >= DATE_PRECISIONS.length) return 'its date precision is unknown';
  if (c.placePrecision[i]! >= PLACE_PRECISIONS.length) return 'its place precision is unknown';
  return null;
}

/** Why row `i`'s feature JSON is unusable or disagrees with the columns, or null. */
function detailProblem(c: IncidentColumns, i: number, decoder: TextDecoder): string | null {
  const offsets = c.detailOffsets!;
  const from = offsets[i]!;
  const to = offsets[i + 1]!;
  if (!(from <= to && to <= c.details!.length)) return 'its feature offsets are out of order';
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(c.details!.subarray(from, to)));
  } catch {
    return 'its feature is not valid JSON';
  }
  const parsed = v.safeParse(IncidentFeatureSchema, json);
  if (!parsed.success) return `its feature: ${problemsText(fieldProblems(parsed.issues))}`;
  const p = parsed.output.properties;
  if (isoToDay(p.date) !== c.start[i] || CATEGORIES.indexOf(p.category) !== c.category[i]) {
    return "its feature's date or category disagrees with the columns";
  }
  return null;
}

/** Throws an Error naming the first bad row and the fix; returns the columns when all are good. */
export function checkColumns(c: IncidentColumns): IncidentColumns {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < c.count; i++) {
    const problem = columnProblem(c, i) ?? (c.details ? detailProblem(c, i, decoder) : null);
    if (problem)
      throw new Error(`Dataset corrupt: row ${i + 1} of ${c.count}: ${problem} — fix: ${FIX}`);
  }
  return c;
}
