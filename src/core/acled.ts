// Import of ACLED's CSV export into Borderlines incidents. Pure: text in, features and a list of
// problems out; no DOM, no file system. Runs in Node (`npm run data -- --acled FILE`) and in the
// dataset Web Worker (file picker, drag-and-drop).
//
// Mapping (documented in the README, section "Importing ACLED"):
// - time_precision 1 → `day`; 2 (the source gives a week) → `approximate`, `date`..`date_end` =
//   event_date ± 3 days; 3 (the source gives a month) → `month`, first..last day of that month.
// - geo_precision 1 → `town` (2 km), 2 (near the town / part of a district) → `county` (25 km),
//   3 (only the province is known) → `province` (150 km); `uncertainty_km` in brackets.
// - notes → excerpt, source → outlet, actor1/actor2 → actors, iso (numeric) → country alpha-2,
//   event_type / sub_event_type → category (see acled/categories.ts).
import Papa from 'papaparse';
import { dayToIso, isoToDay } from './days.ts';
import type { DatePrecision, IncidentFeature, PlacePrecision } from './types.ts';
import { acledCategory, ACLED_EVENT_TYPES } from './acled/categories.ts';
import { isoNumericToAlpha2 } from './acled/countries.ts';

/** Columns an ACLED file must have; a missing one is a file-level error. */
export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'iso',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/** One problem found while importing; `row` 1 is the header, `line` is the 1-based text line. */
export interface AcledProblem {
  /** File name as given to the importer. */
  file: string;
  /** CSV record number (1 = header row); 0 for a file-level problem. */
  row: number;
  /** 1-based line in the file where the record starts; 0 for a file-level problem. */
  line: number;
  /** Column the problem is in, when there is one. */
  column: string | null;
  /** What is wrong, naming the offending value. */
  message: string;
  /** How to fix it. */
  fix: string;
  /**
   * Set when the row was loaded, not skipped: the fields it lacked and the defaults they were
   * given (e.g. `date_precision day (one date was given)`).
   */
  defaulted?: string[];
}

/** Result of an import: the good rows as features, and every problem found. */
export interface AcledImport {
  features: IncidentFeature[];
  /** Row problems (those rows were skipped) and file problems (nothing was loaded). */
  problems: AcledProblem[];
  /** True when the file itself is unusable (e.g. a required column is missing). */
  fileError: boolean;
  /** Number of data rows read (good + bad). */
  rows: number;
}

/** Options of `parseAcledCsv`. */
export interface AcledOptions {
  /** Called every ~`progressEvery` rows with the fraction of the text consumed (0..1). */
  onProgress?: (fraction: number) => void;
  /** Rows between progress callbacks (default 5000). */
  progressEvery?: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DMY = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/;

/**
 * Day number of an ACLED date: "18 January 2024", "18-Jan-2024" or ISO "2024-01-18".
 * Returns null when the text is not a real calendar date.
 */
export function parseAcledDate(text: string): number | null {
  const t = text.trim();
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isoToDay(t);
    const m = DMY.exec(t);
    if (!m) return null;
    const name = m[2]!.toLowerCase();
    const month = MONTHS.findIndex(
      (full) => full === name || (name.length >= 3 && full.startsWith(name)),
    );
    if (month < 0) return null;
    const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return isoToDay(iso);
  } catch {
    return null;
  }
}

/** Date range and precision for an ACLED event date and time_precision (1, 2 or 3). */
export function acledDateRange(
  day: number,
  timePrecision: 1 | 2 | 3,
): { date: string; date_end?: string; date_precision: DatePrecision } {
  if (timePrecision === 1) return { date: dayToIso(day), date_precision: 'day' };
  if (timePrecision === 2) {
    return { date: dayToIso(day - 3), date_end: dayToIso(day + 3), date_precision: 'approximate' };
  }
  const iso = dayToIso(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { date: `${iso.slice(0, 7)}-01`, date_end: last, date_precision: 'month' };
}

/** Place precision and uncertainty radius (km) for ACLED geo_precision 1, 2 or 3. */
export const ACLED_GEO_PRECISION: Readonly<
  Record<1 | 2 | 3, { place_precision: PlacePrecision; uncertainty_km: number }>
> = {
  1: { place_precision: 'town', uncertainty_km: 2 },
  2: { place_precision: 'county', uncertainty_km: 25 },
  3: { place_precision: 'province', uncertainty_km: 150 },
};

type Row = Record<string, string>;

/** A row-level failure: column, message and fix. */
class RowProblem extends Error {
  constructor(
    readonly column: string,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

function field(row: Row, column: string): string {
  return (row[column] ?? '').trim();
}

function numberIn(row: Row, column: string, min: number, max: number, fix: string): number {
  const raw = field(row, column);
  if (raw === '') throw new RowProblem(column, `${column} is empty`, fix);
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new RowProblem(column, `${column} "${raw}" is not a number`, fix);
  }
  if (value < min || value > max) {
    throw new RowProblem(column, `${column} ${raw} is outside ${min}..${max}`, fix);
  }
  return value;
}

function precision(row: Row, column: string): 1 | 2 | 3 {
  const raw = field(row, column);
  if (raw !== '1' && raw !== '2' && raw !== '3') {
    throw new RowProblem(
      column,
      `${column} "${raw}" is not 1, 2 or 3`,
      `set ${column} to 1, 2 or 3`,
    );
  }
  return Number(raw) as 1 | 2 | 3;
}

/** Converts one ACLED record to a feature; throws RowProblem on the first bad field. */
function rowToFeature(row: Row, seen: Set<string>): IncidentFeature {
  const eventId = field(row, 'event_id_cnty');
  if (!eventId) {
    throw new RowProblem(
      'event_id_cnty',
      'event_id_cnty is empty',
      'give every row its ACLED event id',
    );
  }
  const id = `acled-${eventId}`;
  if (seen.has(id)) {
    throw new RowProblem(
      'event_id_cnty',
      `event_id_cnty "${eventId}" appears twice`,
      'remove the duplicate row',
    );
  }
  const rawDate = field(row, 'event_date');
  const day = parseAcledDate(rawDate);
  if (day === null) {
    throw new RowProblem(
      'event_date',
      `event_date "${rawDate}" is not a date`,
      'write it as "18 January 2024" or 2024-01-18',
    );
  }
  const timePrecision = precision(row, 'time_precision');
  const lat = numberIn(row, 'latitude', -90, 90, 'latitude must be a decimal number in -90..90');
  const lon = numberIn(
    row,
    'longitude',
    -180,
    180,
    'longitude must be a decimal number in -180..180',
  );
  const geoPrecision = precision(row, 'geo_precision');
  const eventType = field(row, 'event_type');
  const subEventType = field(row, 'sub_event_type');
  const category = acledCategory(eventType, subEventType);
  if (!category) {
    throw new RowProblem(
      'event_type',
      `event_type "${eventType}" is not an ACLED event type`,
      `use one of: ${ACLED_EVENT_TYPES.join(', ')}`,
    );
  }
  const isoRaw = field(row, 'iso');
  const country = /^\d+$/.test(isoRaw) ? isoNumericToAlpha2(Number(isoRaw)) : null;
  if (!country) {
    throw new RowProblem(
      'iso',
      `iso "${isoRaw}" is not a known ISO 3166-1 numeric country code`,
      'use the numeric code (364 Iran, 586 Pakistan, 4 Afghanistan) or add it to src/core/acled/countries.ts',
    );
  }
  const fatalitiesRaw = field(row, 'fatalities');
  const fatalities =
    fatalitiesRaw === ''
      ? undefined
      : numberIn(row, 'fatalities', 0, 1e6, 'fatalities must be a whole number ≥ 0');
  if (fatalities !== undefined && !Number.isInteger(fatalities)) {
    throw new RowProblem(
      'fatalities',
      `fatalities "${fatalitiesRaw}" is not a whole number`,
      'write the count the source gives, as a whole number',
    );
  }
  const location = field(row, 'location');
  const admin1 = field(row, 'admin1');
  const actors = [field(row, 'actor1'), field(row, 'actor2')].filter((a) => a !== '');
  const geo = ACLED_GEO_PRECISION[geoPrecision];
  seen.add(id);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id,
      title: `${subEventType || eventType} in ${location || admin1 || country}`,
      category,
      ...acledDateRange(day, timePrecision),
      date_basis: `ACLED event_date "${rawDate}", time_precision ${timePrecision}`,
      place: location || admin1 || country,
      place_precision: geo.place_precision,
      uncertainty_km: geo.uncertainty_km,
      admin1: admin1 || null,
      country,
      article: null,
      excerpt: field(row, 'notes'),
      excerpt_start: null,
      excerpt_end: null,
      border_km: null,
      ...(fatalities === undefined
        ? {}
        : { fatalities, fatalities_basis: `ACLED fatalities column: ${fatalitiesRaw}` }),
      ...(field(row, 'source') ? { outlet: field(row, 'source') } : {}),
      ...(actors.length ? { actors } : {}),
      note: `ACLED ${eventId}: ${eventType} / ${subEventType}; geo_precision ${geoPrecision}`,
    },
  };
}

/**
 * Parses an ACLED CSV export. Good rows become features (in file order); each bad row becomes one
 * problem naming its row, line, column and fix. A missing required column is a file-level problem
 * naming the column, and then no row is loaded.
 */
export function parseAcledCsv(
  text: string,
  file = 'input.csv',
  options: AcledOptions = {},
): AcledImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems: AcledProblem[] = [];
  const features: IncidentFeature[] = [];
  const seen = new Set<string>();
  const every = options.progressEvery ?? 5000;
  let header: string[] | null = null;
  let record = 0;
  let line = 1;
  let lastCursor = 0;
  let fileError = false;

  const fileProblem = (message: string, fix: string, column: string | null = null): void => {
    problems.push({ file, row: 0, line: 0, column, message, fix });
    fileError = true;
  };

  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: true,
    step(result, parser) {
      // The cursor ends after the record's newline; skipped blank lines precede the record.
      const cursor = result.meta.cursor;
      let i = lastCursor;
      for (; i < cursor && (body[i] === '\n' || body[i] === '\r'); i++)
        if (body[i] === '\n') line++;
      const startLine = line;
      for (; i < cursor; i++) if (body.charCodeAt(i) === 10) line++;
      lastCursor = cursor;
      const values = result.data;
      record++;
      if (!header) {
        header = values.map((h) => h.trim());
        const missing = ACLED_REQUIRED_COLUMNS.filter((c) => !header!.includes(c));
        for (const column of missing) {
          fileProblem(
            `required column "${column}" is missing`,
            `export the file from ACLED with all columns, or add a "${column}" column`,
            column,
          );
        }
        if (missing.length) parser.abort();
        return;
      }
      const recordLine = startLine;
      if (values.length !== header.length) {
        problems.push({
          file,
          row: record,
          line: recordLine,
          column: null,
          message: `row has ${values.length} fields, the header has ${header.length}`,
          fix: 'quote fields that contain commas or line breaks, and give every row all columns',
        });
        return;
      }
      const row: Row = {};
      header.forEach((h, i) => (row[h] = values[i] ?? ''));
      try {
        features.push(rowToFeature(row, seen));
      } catch (e) {
        if (!(e instanceof RowProblem)) throw e;
        problems.push({
          file,
          row: record,
          line: recordLine,
          column: e.column,
          message: e.message,
          fix: e.fix,
        });
      }
      if (options.onProgress && record % every === 0) options.onProgress(cursor / body.length);
    },
  });
  if (!header && !fileError)
    fileProblem('the file is empty', 'export a CSV with a header row from ACLED');
  options.onProgress?.(1);
  return {
    features: fileError ? [] : features,
    problems,
    fileError,
    rows: Math.max(0, record - 1),
  };
}

/**
 * One human-readable line per problem: `file:line (row N) column: message — fix`; `file (feature
 * N)` for inputs without lines (GeoJSON), `file` alone for the whole file.
 */
export function formatAcledProblem(p: AcledProblem): string {
  const where =
    p.row === 0
      ? p.file
      : p.line > 0
        ? `${p.file}:${p.line} (row ${p.row})`
        : `${p.file} (feature ${p.row})`;
  return `${where}${p.column ? ` ${p.column}` : ''}: ${p.message} — fix: ${p.fix}`;
}
