// A user's dataset file (picker or drag-and-drop) to sorted columns, inside the dataset worker.
// An ACLED CSV is streamed: `File.stream()` → one streaming TextDecoder → AcledReader → columns
// built row by row, so a 1 GB export never becomes one string; a file that is not ACLED is
// refused after its header without reading the rest. A GeoJSON is read whole (it is one JSON
// document), a `.bin` as its bytes. Every way a file can be unusable rejects with one message
// naming the file and the fix (`DatasetInputError`), so the app keeps the dataset it shows.
import { AcledReader, formatAcledProblem } from '../core/acled.ts';
import { decodeColumns, type IncidentColumns } from '../core/binaryLayout.ts';
import { checkColumns } from '../core/checkColumns.ts';
import { ColumnBuilder } from '../core/columnBuilder.ts';
import { MAX_GEOJSON_BYTES, parseIncidentGeoJson } from '../core/importGeoJson.ts';
import {
  encodingLabel,
  TextDecodingError,
  TextStreamDecoder,
  type SniffedEncoding,
} from '../core/textStream.ts';
import { detectFormat } from './parseInput.ts';
import type { DatasetProblem } from './protocol.ts';

/** What a dataset file needs to offer (a `File`, or a `Blob` with a name in tests). */
export interface InputFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  slice(start?: number, end?: number): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Progress of a read: bytes read of `size`, and rows read so far (CSV). */
export interface ReadProgress {
  bytes: number;
  size: number;
  rows: number;
}

/** A dataset read from a file, with the rows it skipped or defaulted and notes about the file. */
export interface ReadDataset {
  columns: IncidentColumns;
  problems: DatasetProblem[];
  /** Sentences about the file as a whole (e.g. the encoding it was read in). */
  notes: string[];
}

/** A file that gives no dataset: the message names the file and the fix. */
export class DatasetInputError extends Error {
  constructor(
    message: string,
    /** Every problem found (skipped rows, or the one file-level problem). */
    readonly problems: DatasetProblem[] = [],
  ) {
    super(message);
    this.name = 'DatasetInputError';
  }
}

/** Plural of a count: `1 row`, `2 rows`, `1,000 rows`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A sentence about a file read in another encoding than UTF-8; null for UTF-8. */
function encodingNote(file: string, s: SniffedEncoding | null): string | null {
  if (!s || s.encoding === 'utf-8') return null;
  const how = s.evidence === 'bom' ? 'it starts with a byte-order mark' : 'its zero bytes say so';
  return `${file} is ${encodingLabel(s.encoding)} text (${how}); it was read as such. Saved as "CSV UTF-8" it would be half the size.`;
}

/** The result, or the rejection of a read that imported nothing. */
function outcome(
  file: string,
  builder: ColumnBuilder,
  problems: DatasetProblem[],
  fileError: boolean,
  rows: number,
  notes: string[],
): ReadDataset {
  const skipped = problems.filter((p) => !p.defaulted);
  // The file-level problem is the last one found (reading stopped there).
  if (fileError) throw new DatasetInputError(formatAcledProblem(skipped.at(-1)!), problems);
  if (builder.count === 0) {
    const first = skipped[0] ? ` The first: ${formatAcledProblem(skipped[0])}` : '';
    throw new DatasetInputError(
      `${file}: none of its ${plural(rows, 'row')} could be imported, so nothing was loaded.${first}`,
      problems,
    );
  }
  return { columns: builder.finish(), problems, notes };
}

/** Reads an ACLED CSV as a stream; see the top of this file. */
export async function readAcledStream(
  file: InputFile,
  onProgress: (p: ReadProgress) => void = () => {},
): Promise<ReadDataset> {
  const builder = new ColumnBuilder();
  const acled = new AcledReader(file.name, (f) => builder.add(f));
  const decoder = new TextStreamDecoder();
  const reader = file.stream().getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      acled.push(decoder.push(value));
      if (acled.stopped) {
        void reader.cancel();
        break;
      }
      onProgress({ bytes, size: file.size, rows: acled.rows });
    }
    if (!acled.stopped) {
      acled.push(decoder.end());
      acled.end();
    }
  } catch (e) {
    if (!(e instanceof TextDecodingError)) throw e;
    throw new DatasetInputError(
      `${file.name} ${e.message}, after ${plural(acled.rows, 'row')} — fix: open it in a spreadsheet or text editor and save it as "CSV UTF-8"`,
    );
  }
  onProgress({ bytes, size: file.size, rows: acled.rows });
  const note = encodingNote(file.name, decoder.sniffed);
  return outcome(
    file.name,
    builder,
    acled.problems,
    acled.fileError,
    acled.rows,
    note ? [note] : [],
  );
}

/** Reads a GeoJSON file whole (UTF-8 or UTF-16), checking every feature. */
async function readGeoJson(file: InputFile): Promise<ReadDataset> {
  if (file.size > MAX_GEOJSON_BYTES) {
    throw new DatasetInputError(
      `${file.name}: ${Math.round(file.size / 2 ** 20)} MB is too large to read as one JSON document (at most ${MAX_GEOJSON_BYTES / 2 ** 20} MB) — fix: split it, or import the ACLED CSV, which is read as a stream`,
    );
  }
  const decoder = new TextStreamDecoder();
  let text: string;
  try {
    text = decoder.push(new Uint8Array(await file.arrayBuffer())) + decoder.end();
  } catch (e) {
    if (!(e instanceof TextDecodingError)) throw e;
    throw new DatasetInputError(`${file.name} ${e.message} — fix: save it as UTF-8`);
  }
  const { features, problems } = parseIncidentGeoJson(text, file.name);
  const builder = new ColumnBuilder();
  for (const f of features) builder.add(f);
  const fileError = problems.length > 0 && problems[0]!.row === 0;
  const note = encodingNote(file.name, decoder.sniffed);
  return outcome(file.name, builder, problems, fileError, features.length, note ? [note] : []);
}

/** Reads any dataset file the picker accepts; rejects with `DatasetInputError` when unusable. */
export async function readDatasetFile(
  file: InputFile,
  onProgress: (p: ReadProgress) => void = () => {},
): Promise<ReadDataset> {
  if (file.size === 0) {
    throw new DatasetInputError(
      `${file.name}: the file is empty — fix: export the data again (a CSV with a header row, a GeoJSON or a .bin)`,
    );
  }
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const format = detectFormat(file.name, head);
  if (format === 'acled-csv') return readAcledStream(file, onProgress);
  if (format === 'geojson') return readGeoJson(file);
  let columns: IncidentColumns;
  try {
    columns = checkColumns(decodeColumns(await file.arrayBuffer()));
  } catch (e) {
    const message = (e as Error).message;
    const fix = message.includes('— fix')
      ? ''
      : ' — fix: load a .bin written by `npm run data -- --acled`, or the CSV export itself';
    throw new DatasetInputError(`${file.name}: ${message}${fix}`);
  }
  if (columns.count === 0) throw new DatasetInputError(`${file.name}: the dataset has no rows`);
  return { columns, problems: [], notes: [] };
}
