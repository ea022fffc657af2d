// The passage fixture format of tests/fixtures/extract/README.md as a valibot schema, with a loader
// that takes a folder (the development set `dev/` or the held-out set `holdout/`) and the small
// readers the checks share (dateline, ISO dates). Used by devset.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance, point } from '@turf/turf';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { ROOT } from '../../../pipeline/paths.ts';

/** Folder of the development set (tuned on). */
export const DEV_DIR = join(ROOT, 'tests/fixtures/extract/dev');

/** Folder of the second development set (written after dev/ was tuned, to find why it overfits). */
export const DEV2_DIR = join(ROOT, 'tests/fixtures/extract/dev2');

/** Folder of the held-out set (never tuned on; tests/fixtures/extract/README.md, "The held-out set"). */
export const HOLDOUT_DIR = join(ROOT, 'tests/fixtures/extract/holdout');

/** `YYYY-MM-DD` that is a real calendar day (2023-02-30 is refused). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const IsoDate = v.pipe(v.string(), v.check(isCalendarDate, 'expected a calendar date YYYY-MM-DD'));

/** One incident the passage reports, with the values a correct reading gives. */
export const TruthSchema = v.strictObject({
  cue: v.pipe(v.string(), v.minLength(8)),
  date: IsoDate,
  date_end: v.nullable(IsoDate),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  radius_km: v.pipe(v.number(), v.gtValue(0)),
  place: v.pipe(v.string(), v.minLength(3)),
  reasoning: v.pipe(v.string(), v.minLength(40)),
});

/** One passage (`tests/fixtures/extract/dev/<id>.yaml` or `holdout/<id>.yaml`). */
export const PassageSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  sources: v.pipe(v.array(v.pipe(v.string(), v.url())), v.minLength(1)),
  published: v.nullable(IsoDate),
  text: v.pipe(v.string(), v.minLength(100)),
  truth: v.array(TruthSchema),
  notes: v.optional(v.string()),
});

/** A parsed passage. */
export type Passage = v.InferOutput<typeof PassageSchema>;
/** A parsed truth entry. */
export type Truth = v.InferOutput<typeof TruthSchema>;

/** A passage file as read: its name, the YAML problems, and the raw parsed value. */
export interface PassageFile {
  file: string;
  yamlErrors: string[];
  data: unknown;
}

/** Reads every `*.yaml` of a passage folder, sorted by name, without validating it. */
export function loadPassageFiles(dir: string): PassageFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      const yamlErrors = [...doc.errors, ...doc.warnings].map((e) => e.message);
      return { file, yamlErrors, data: doc.toJS() as unknown };
    });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A wire dateline at the start of the text: "QUETTA, Jan 14, 2024 -", "ZAHEDAN, Iran, Dec 15, 2023
 * -", "QUETTA, Sept 15, 2025:", "ISLAMABAD, March 18, 2024 (AP) —" (an agency credit before the
 * dash). Groups: city, month, day, optional year.
 */
export const DATELINE =
  /^([A-Z][A-Z .'-]+)(?:, [A-Z][a-z]+)?, (Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:, (\d{4}))?(?: \([A-Za-z ]{1,20}\))? ?[-–—:]/;

/** The dateline of a text: city and, when it carries a year, its ISO date; null without one. */
export function datelineOf(text: string): { city: string; date: string | null } | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const [, city, month, day, year] = m as unknown as [string, string, string, string, string?];
  const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const iso = year ? `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}` : null;
  return { city: city.trim(), date: iso && isCalendarDate(iso) ? iso : null };
}

/** Number of times `needle` occurs in `hay` (overlapping occurrences counted). */
export function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** Parses the files that fit the schema; the others are reported by the per-file tests. */
export function validPassages(files: PassageFile[]): Passage[] {
  return files.flatMap((f) => {
    const r = v.safeParse(PassageSchema, f.data);
    return r.success ? [r.output] : [];
  });
}

/** Whether two truths name the same incident: their days overlap and their points lie within `km`. */
export function sameIncident(a: Truth, b: Truth, km = 50): boolean {
  const overlap = a.date <= (b.date_end ?? b.date) && b.date <= (a.date_end ?? a.date);
  return overlap && distance(point([a.lon, a.lat]), point([b.lon, b.lat])) <= km;
}
