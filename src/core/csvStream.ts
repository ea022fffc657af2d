// CSV read in pieces: text arrives chunk by chunk (a file streamed through a TextDecoder) and
// every complete record is handed on with the line it starts on, so a 1 GB export never becomes
// one string. Papa Parse's own parser (`Papa.Parser`) splits the records; this keeps the partial
// last record between chunks, as Papa's own streamers do. Papa's file streamers are not used:
// they decode each byte slice on its own, which turns a UTF-8 character cut by a chunk boundary
// into U+FFFD (papaparse issues #751, #908, #1132), and guess the line ending from the first
// chunk alone. Here the line ending and the delimiter are read from the complete header line.
import Papa from 'papaparse';

/** Called with each record's fields and the 1-based line it starts on; `false` stops reading. */
export type CsvRecordHandler = (fields: string[], line: number) => boolean | void;

/**
 * Longest record read, in characters (16 Mi). A longer one is almost always an unterminated
 * quote swallowing the rest of the file; reading on would hold the file as one string.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Delimiters recognised from the header line (ACLED writes commas; spreadsheets may not). */
const DELIMITERS = [',', ';', '\t', '|'] as const;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Counts line feeds in `text` between `from` and `to`. */
function lineFeeds(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A CSV reader fed with text chunks (`push`), then `end()`. A leading byte-order mark is dropped.
 * Blank lines are skipped but counted, and a record's line is where it starts (a quoted field may
 * span lines).
 */
export class CsvStream {
  private buffer = '';
  private base = 0;
  private line = 1;
  private parser: Papa.Parser | null = null;
  private started = false;
  private stopped = false;
  /** The delimiter read from the header line (`,` until the header is complete). */
  delimiter = ',';
  /** The line ending read from the header line. */
  newline: '\n' | '\r\n' | '\r' = '\n';

  constructor(private readonly onRecord: CsvRecordHandler) {}

  /** Set when a record grew past `MAX_RECORD_CHARS`: the line it starts on. Reading stops. */
  overlongAt: number | null = null;

  /** True once a handler returned `false` or a record was too long: the rest is ignored. */
  get done(): boolean {
    return this.stopped;
  }

  /** Lines read so far (the line the next record starts on). */
  get lines(): number {
    return this.line;
  }

  /** Feeds the next chunk of text. */
  push(text: string): void {
    if (this.stopped) return;
    if (!this.started) {
      this.buffer += text;
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      const eol = this.buffer.search(/[\r\n]/);
      if (eol < 0) return; // the header line is not complete yet
      this.start(eol);
      this.run(false);
      return;
    }
    this.buffer += text;
    this.run(false);
  }

  /** Reads what is left (a last record without a line ending). */
  end(): void {
    if (this.stopped) return;
    if (!this.started) {
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      this.start(this.buffer.length);
    }
    this.run(true);
  }

  private start(eol: number): void {
    this.started = true;
    const header = this.buffer.slice(0, eol);
    this.newline =
      this.buffer[eol] === '\r' ? (this.buffer[eol + 1] === '\n' ? '\r\n' : '\r') : '\n';
    let best: string = ',';
    for (const d of DELIMITERS) if (count(header, d) > count(header, best)) best = d;
    this.delimiter = best;
    this.parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline,
      step: (result: Papa.ParseStepResult<string[]>) => this.record(result),
    });
  }

  private lastEnd = 0;

  private record(result: Papa.ParseStepResult<string[]>): void {
    if (this.stopped) return;
    const end = result.meta.cursor - this.base; // just past the record's line ending
    let from = this.lastEnd;
    // Blank lines before the record: skipped, but counted.
    while (from < end && (this.buffer[from] === '\n' || this.buffer[from] === '\r')) {
      if (this.buffer[from] === '\n' || this.buffer[from + 1] !== '\n') this.line++;
      from++;
    }
    // The raw parser's step result holds the one row it just read.
    const fields = (result.data as unknown as string[][])[0] ?? [''];
    const start = this.line;
    const feeds =
      this.newline === '\r'
        ? count(this.buffer.slice(from, end), '\r')
        : lineFeeds(this.buffer, from, end);
    this.line += feeds;
    this.lastEnd = end;
    if (fields.length === 1 && fields[0] === '') return; // a blank line
    if (this.onRecord(fields, start) === false) {
      this.stopped = true;
      this.parser?.abort();
    }
  }

  private run(final: boolean): void {
    if (!this.parser) return;
    this.lastEnd = 0;
    const results = this.parser.parse(this.buffer, this.base, !final) as Papa.ParseResult<string[]>;
    if (final || this.stopped) {
      this.buffer = '';
      return;
    }
    const consumed = results.meta.cursor - this.base;
    this.buffer = this.buffer.slice(consumed);
    this.base = results.meta.cursor;
    if (this.buffer.length > MAX_RECORD_CHARS) {
      this.overlongAt = this.line;
      this.stopped = true;
      this.buffer = '';
    }
  }
}
