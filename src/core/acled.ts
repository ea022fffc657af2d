// Import of ACLED's CSV export into Borderlines incidents. Pure: text in (whole, or chunk by chunk
// through `AcledReader`), features and a list of problems out; no DOM, no file system. Runs in
// Node (`npm run data -- --acled FILE`) and in the dataset Web Worker (file picker, drag-and-drop),
// where a file is streamed so it never becomes one string. The header is checked first: a file
// that is not an ACLED export is refused with one message before any row is read.
// Row mapping: acled/rows.ts; categories: acled/categories.ts; countries: acled/countries.ts.
import { CsvStream, MAX_RECORD_CHARS } from './csvStream.ts';
import { hasOwnColumns } from './acled/ownColumns.ts';
import { RowProblem, rowToFeature, type Row } from './acled/rows.ts';
import { unprotectFormula } from './export/csvCells.ts';
import type { IncidentFeature } from './types.ts';

export { acledDateRange, ACLED_GEO_PRECISION, parseAcledDate } from './acled/rows.ts';

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
  /** True when the file itself is unusable (not ACLED, no rows, missing columns). */
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

/** The fix for a file that is not (all of) an ACLED export. */
const EXPORT_FIX =
  "export the events from ACLED's data export tool as CSV, with all columns (do not remove or rename any)";

/** Shows a header cell in a message: quoted, cut at 40 characters. */
function cell(h: string): string {
  return JSON.stringify(h.length > 40 ? `${h.slice(0, 40)}…` : h);
}

/**
 * Reads an ACLED export chunk by chunk: `push(text)` … `end()`. Each good row goes to `onFeature`
 * as soon as it is read (nothing is kept here but ids, for duplicates); each bad row is one
 * problem. When the header is not ACLED's, `stopped` turns true after the first line: callers
 * stop reading and report `problems` (one file-level message).
 */
export class AcledReader {
  /** Every problem so far. */
  readonly problems: AcledProblem[] = [];
  /** Data rows read (good + bad). */
  rows = 0;
  /** Rows that became features. */
  imported = 0;
  /** True when the file itself is unusable. */
  fileError = false;
  private header: string[] | null = null;
  /** True for a Borderlines export (acled/ownColumns.ts): its own columns win, texts unprotected. */
  private own = false;
  private readonly seen = new Set<string>();
  private readonly csv: CsvStream;

  constructor(
    private readonly file: string,
    private readonly onFeature: (feature: IncidentFeature) => void,
  ) {
    this.csv = new CsvStream((fields, line) => this.record(fields, line));
  }

  /** True once reading should stop (the file is not an ACLED export). */
  get stopped(): boolean {
    return this.fileError;
  }

  /** Feeds the next chunk of text. */
  push(text: string): void {
    if (this.fileError) return;
    this.csv.push(text);
    this.checkOverlong();
  }

  private checkOverlong(): void {
    if (this.csv.overlongAt === null || this.fileError) return;
    this.problems.push({
      file: this.file,
      row: this.rows + 2,
      line: this.csv.overlongAt,
      column: null,
      message: `the record starting here is longer than ${MAX_RECORD_CHARS / 2 ** 20} Mi characters: a quote is probably never closed`,
      fix: 'close the quote (a field with a line break or a comma must be enclosed in a pair of ")',
    });
    this.fileError = true;
  }

  /** Reads the rest; a file with no header, or a header and no rows, becomes a file problem. */
  end(): void {
    if (this.fileError) return;
    this.csv.end();
    this.checkOverlong();
    if (this.fileError) return;
    if (!this.header)
      this.fileProblem('the file is empty', 'export a CSV with a header row from ACLED');
    else if (this.rows === 0) {
      this.fileProblem(
        'has a header but no data rows: there is nothing to import',
        "export again with at least one event (check the export's dates, countries and filters)",
      );
    }
  }

  private fileProblem(message: string, fix: string, column: string | null = null): void {
    this.problems.push({ file: this.file, row: 0, line: 0, column, message, fix });
    this.fileError = true;
  }

  /** Checks the header; returns false (and reports once) when it is not an ACLED export's. */
  private checkHeader(values: string[]): boolean {
    const header = values.map((h) => h.trim());
    this.header = header;
    if (header.some((h) => h.includes('\u0000'))) {
      this.fileProblem(
        'looks like UTF-16 text without a byte-order mark, which cannot be read safely',
        'open it in a spreadsheet or text editor and save it as "CSV UTF-8"',
      );
      return false;
    }
    const missing = ACLED_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length === 0) {
      this.own = hasOwnColumns(header);
      return true;
    }
    if (missing.length === 1) {
      const column = missing[0]!;
      this.fileProblem(
        `required column "${column}" is missing`,
        `export the file from ACLED with all columns, or add a "${column}" column`,
        column,
      );
    } else if (missing.length === ACLED_REQUIRED_COLUMNS.length) {
      const found = header.slice(0, 6).map(cell).join(', ') + (header.length > 6 ? ', …' : '');
      this.fileProblem(
        `is not an ACLED export: none of ACLED's ${ACLED_REQUIRED_COLUMNS.length} columns is in its header (it has ${found}); missing: ${missing.join(', ')}`,
        EXPORT_FIX,
      );
    } else {
      this.fileProblem(
        `is not a complete ACLED export: ${missing.length} of its ${ACLED_REQUIRED_COLUMNS.length} columns are missing: ${missing.join(', ')}`,
        EXPORT_FIX,
      );
    }
    return false;
  }

  private record(values: string[], line: number): boolean {
    if (!this.header) return this.checkHeader(values);
    this.rows++;
    const row = this.rows + 1;
    const header = this.header;
    if (values.length !== header.length) {
      this.problems.push({
        file: this.file,
        row,
        line,
        column: null,
        message: `row has ${values.length} fields, the header has ${header.length}`,
        fix: 'quote fields that contain commas or line breaks, and give every row all columns',
      });
      return true;
    }
    const record: Row = {};
    header.forEach((h, i) => {
      const value = values[i] ?? '';
      record[h] = this.own ? unprotectFormula(value) : value;
    });
    try {
      this.onFeature(rowToFeature(record, this.seen, this.own));
      this.imported++;
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      this.problems.push({
        file: this.file,
        row,
        line,
        column: e.column,
        message: e.message,
        fix: e.fix,
      });
    }
    return true;
  }
}

/**
 * Parses a whole ACLED CSV export held in memory (tests, small files). Good rows become features
 * (in file order); each bad row becomes one problem naming its row, line, column and fix. A file
 * that is not ACLED's, or has no rows, is one file-level problem, and then no row is loaded.
 */
export function parseAcledCsv(
  text: string,
  file = 'input.csv',
  options: AcledOptions = {},
): AcledImport {
  const features: IncidentFeature[] = [];
  const reader = new AcledReader(file, (f) => features.push(f));
  const every = options.progressEvery ?? 5000;
  // Fed in slices so progress can be reported, and so the streaming path is the only path.
  const slice = 1 << 20;
  let nextReport = every;
  for (let at = 0; at < text.length && !reader.stopped; at += slice) {
    reader.push(text.slice(at, at + slice));
    if (options.onProgress && reader.rows >= nextReport) {
      options.onProgress(Math.min(1, (at + slice) / text.length));
      nextReport = reader.rows + every;
    }
  }
  reader.end();
  options.onProgress?.(1);
  return {
    features: reader.fileError ? [] : features,
    problems: reader.problems,
    fileError: reader.fileError,
    rows: reader.rows,
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
