// The streaming CSV path (bytes → TextStreamDecoder → CsvStream) against Papa Parse reading the
// whole text at once, on a generated input cut into chunks at every kind of boundary: inside a
// quoted field, between CR and LF, inside a multi-byte UTF-8 character, right after a BOM.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvStream } from '../../../src/core/csvStream.ts';
import { mulberry32 } from '../../../src/core/synthetic.ts';
import {
  sniffEncoding,
  TextDecodingError,
  TextStreamDecoder,
} from '../../../src/core/textStream.ts';

/** A seeded CSV with quotes, embedded newlines (LF and CRLF), commas and non-ASCII text. */
function generate(
  rows: number,
  seed: number,
  eol: '\n' | '\r\n',
): { text: string; records: string[][] } {
  const rand = mulberry32(seed);
  const words = [
    'Zahedan',
    'Sarāvān',
    'کویته',
    '中文',
    'a "quoted" word',
    'comma, inside',
    'line\nbreak',
    'crlf\r\nbreak',
    '😀',
    '',
  ];
  const records: string[][] = [['id', 'place', 'notes']];
  for (let i = 0; i < rows; i++) {
    const pick = () => words[Math.floor(rand() * words.length)]!;
    records.push([`r${i}`, pick(), `${pick()} ${pick()}`]);
  }
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = records.map((r) => r.map(cell).join(',')).join(eol) + eol;
  return { text, records };
}

/** Reads `bytes` in chunks of `size` through the streaming path; records with their lines. */
function stream(bytes: Uint8Array, size: number): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  const csv = new CsvStream((fields, line) => {
    records.push(fields);
    lines.push(line);
  });
  const decoder = new TextStreamDecoder();
  for (let at = 0; at < bytes.length; at += size)
    csv.push(decoder.push(bytes.subarray(at, at + size)));
  csv.push(decoder.end());
  csv.end();
  return { records, lines };
}

/** The 1-based line each record starts on, counted in the whole text. */
function expectedLines(text: string, records: string[][]): number[] {
  let line = 1;
  return records.map((r) => {
    const start = line;
    line += 1 + r.join('').split('\n').length - 1;
    return start;
  });
}

describe('CsvStream over TextStreamDecoder', () => {
  for (const eol of ['\n', '\r\n'] as const) {
    const { text, records } = generate(400, eol === '\n' ? 1 : 2, eol);
    const bytes = new TextEncoder().encode(`\ufeff${text}`);
    for (const size of [1, 2, 3, 7, 64, 1000, 65536]) {
      it(`${eol === '\n' ? 'LF' : 'CRLF'}, BOM, chunks of ${size} bytes: the same records as one whole parse`, () => {
        expect(stream(bytes, size).records).toEqual(records);
      });
    }
    it(`${eol === '\n' ? 'LF' : 'CRLF'}: each record's line is where it starts in the file`, () => {
      expect(stream(bytes, 5).lines).toEqual(expectedLines(text, records));
    });
  }

  it('agrees with Papa.parse on the whole text', () => {
    const { text } = generate(300, 3, '\r\n');
    const whole = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(stream(new TextEncoder().encode(text), 13).records).toEqual(whole);
  });

  it('skips blank lines but counts them', () => {
    const r = stream(new TextEncoder().encode('a,b\n\n\n1,2\n'), 2);
    expect([r.records, r.lines]).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 4],
    ]);
  });

  it('reads a last record without a line ending', () => {
    expect(stream(new TextEncoder().encode('a,b\n1,"x\ny"'), 3).records).toEqual([
      ['a', 'b'],
      ['1', 'x\ny'],
    ]);
  });

  it('stops when the handler says so', () => {
    const seen: string[][] = [];
    const csv = new CsvStream((f) => {
      seen.push(f);
      return false;
    });
    csv.push('a,b\n1,2\n3,4\n');
    csv.end();
    expect([seen, csv.done]).toEqual([[['a', 'b']], true]);
  });

  it('reads the delimiter from the header line', () => {
    expect(stream(new TextEncoder().encode('a;b;c\n1;2,5;3\n'), 4).records).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
  });
});

describe('TextStreamDecoder', () => {
  const utf16 = (s: string, le: boolean, bom: boolean) => {
    const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(out.buffer);
    [...(bom ? '\ufeff' : ''), ...s].forEach((c, i) => view.setUint16(2 * i, c.charCodeAt(0), le));
    return out;
  };
  const header = 'event_id_cnty,event_date,notes\nX1,18 January 2024,Sarāvān\n';
  for (const [le, bom] of [
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ] as const) {
    it(`UTF-16 ${le ? 'LE' : 'BE'} ${bom ? 'with' : 'without'} a BOM, in 3-byte chunks, decodes exactly`, () => {
      const bytes = utf16(header, le, bom);
      const d = new TextStreamDecoder();
      let text = '';
      for (let at = 0; at < bytes.length; at += 3) text += d.push(bytes.subarray(at, at + 3));
      text += d.end();
      expect([text, d.sniffed]).toEqual([
        header,
        { encoding: le ? 'utf-16le' : 'utf-16be', evidence: bom ? 'bom' : 'zero-bytes' },
      ]);
    });
  }
  it('takes plain ASCII and UTF-8 as UTF-8', () => {
    expect(sniffEncoding(new TextEncoder().encode('a,b\nSarāvān,1\n')).encoding).toBe('utf-8');
  });
  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    const d = new TextStreamDecoder();
    expect(() => {
      d.push(new Uint8Array([0x61, 0x2c, 0xe9, 0x0a]));
      d.end();
    }).toThrow(TextDecodingError);
  });
});
