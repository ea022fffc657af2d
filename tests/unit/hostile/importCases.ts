// The hostile import cases run by imports.test.ts: invented ACLED rows with one thing wrong,
// the files under tests/fixtures/hostile, and what each must load (or refuse) and keep intact.
import { Blob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of hostile fixture files. */
export const HOSTILE = 'tests/fixtures/hostile';
const VALID = readFileSync('tests/fixtures/acled/valid/in/invented-border-rows.csv', 'utf8');
const [HEADER, ROW] = VALID.split('\n') as [string, string];
const H = HEADER.split(',');
const col = (name: string) => H.indexOf(name);

/** A CSV row like the valid fixture's first, with some columns replaced (values are raw CSV). */
function row(changes: Record<string, string>, id: string): string {
  // The fixture row has no quoted commas before `notes`; split the simple way, then rebuild.
  const cells = ROW.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  cells[col('event_id_cnty')] = id;
  for (const [k, v] of Object.entries(changes)) cells[col(k)] = v;
  return cells.slice(0, H.length).join(',');
}

/** A Node Blob with a file name, as the browser's File would have. */
export function blob(bytes: Uint8Array | string, name: string) {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return Object.assign(new Blob([data]), { name }) as never;
}

/** An import case: the input, how many good rows it holds, text that must survive intact. */
export interface ImportCase {
  name: string;
  file: string;
  bytes: Uint8Array | string;
  /** Good rows: the import must load exactly this many, or reject (0) with a clear message. */
  good: number;
  /** Strings that must appear unchanged in the loaded features' JSON. */
  keep?: string[];
}

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
/** The bytes of a fixture file under HOSTILE. */
export const fixture = (f: string) => new Uint8Array(readFileSync(join(HOSTILE, f)));

/** Every browser-side import case. */
export const CASES: ImportCase[] = [
  { name: 'empty file', file: 'empty.csv', bytes: '', good: 0 },
  { name: 'only a BOM', file: 'bom.csv', bytes: '\ufeff', good: 0 },
  { name: 'a header and no rows', file: 'h.csv', bytes: fixture('acled/header-only.csv'), good: 0 },
  {
    name: 'two columns of notes',
    file: 'n.csv',
    bytes: fixture('acled/not-acled-notes.csv'),
    good: 0,
  },
  {
    name: 'a binary file named .csv',
    file: 'x.csv',
    bytes: new Uint8Array([0, 255, 1, 2, 0, 0, 9, 8]),
    good: 0,
  },
  {
    name: 'ten countries on four continents',
    file: 'w.csv',
    bytes: fixture('acled/ten-countries-four-continents.csv'),
    good: 10,
    keep: ['"country":"NG"', '"country":"BR"', '"country":"UA"', '"country":"PH"'],
  },
  {
    name: 'UTF-16 LE with a BOM',
    file: 'u.csv',
    bytes: fixture('acled/utf16le-bom.csv'),
    good: 10,
  },
  {
    name: 'UTF-16 BE without a BOM',
    file: 'u.csv',
    bytes: fixture('acled/utf16be-no-bom.csv'),
    good: 10,
  },
  { name: 'Latin-1 bytes (not UTF-8)', file: 'l.csv', bytes: fixture('acled/latin1.csv'), good: 0 },
  {
    name: 'CRLF line endings and a BOM',
    file: 'c.csv',
    bytes: '\ufeff' + csv(row({}, 'A1')).replace(/\n/g, '\r\n'),
    good: 1,
  },
  {
    name: 'semicolons instead of commas',
    file: 's.csv',
    bytes: csv(row({}, 'A1')).replace(/,/g, ';'),
    good: 1,
  },
  {
    name: 'a note with quotes, newlines, HTML and a spreadsheet formula',
    file: 'q.csv',
    bytes: csv(
      row(
        { notes: '"<script>globalThis.__pwned=1</script> ""x""\n=HYPERLINK(""http://e"")"' },
        'A1',
      ),
    ),
    good: 1,
    keep: ['<script>globalThis.__pwned=1</script> \\"x\\"\\n=HYPERLINK(\\"http://e\\")'],
  },
  {
    name: 'RTL override and zero-width characters in a location',
    file: 'r.csv',
    bytes: csv(row({ location: 'Sar\u200bavan \u202egpj.exe' }, 'A1')),
    good: 1,
    keep: ['Sar\u200bavan \u202egpj.exe'],
  },
  {
    name: 'a 1 MB note',
    file: 'big.csv',
    bytes: csv(row({ notes: 'x'.repeat(1 << 20) }, 'A1')),
    good: 1,
  },
  {
    name: 'an unterminated quote',
    file: 'u.csv',
    bytes: csv(row({}, 'A1'), row({ notes: '"never closed' }, 'A2')),
    good: 1,
  },
  {
    name: 'a row of 10,000 fields',
    file: 'f.csv',
    bytes: csv(row({}, 'A1'), 'x,'.repeat(10_000)),
    good: 1,
  },
  {
    name: 'impossible numbers (NaN, Infinity, 1e999, -5 fatalities, lat 91)',
    file: 'n.csv',
    bytes: csv(
      row({}, 'OK'),
      row({ latitude: 'NaN' }, 'B1'),
      row({ longitude: 'Infinity' }, 'B2'),
      row({ latitude: '1e999' }, 'B3'),
      row({ fatalities: '-5' }, 'B4'),
      row({ latitude: '91' }, 'B5'),
    ),
    good: 1,
  },
  {
    name: 'a quote never closed, then 17 MB',
    file: 'open.csv',
    bytes: csv(row({}, 'A1'), row({ notes: '"open' }, 'A2'), 'x'.repeat(17 << 20)),
    good: 0,
  },
  {
    name: 'a duplicate event id',
    file: 'd.csv',
    bytes: csv(row({}, 'A1'), row({}, 'A1')),
    good: 1,
  },
  {
    name: 'Kosovo by name, an unknown iso code',
    file: 'k.csv',
    bytes: csv(
      row({ iso: '0', country: 'Kosovo' }, 'K1'),
      row({ iso: '999', country: 'Atlantis' }, 'K2'),
    ),
    good: 1,
    keep: ['"country":"XK"'],
  },
  {
    name: 'NUL bytes inside a field',
    file: 'z.csv',
    bytes: csv(row({ notes: 'a\u0000b' }, 'A1')),
    good: 1,
  },
  {
    name: 'GeoJSON feature with only an id, a date and a point',
    file: 'g.geojson',
    bytes: fixture('geojson/id-date-point.geojson'),
    good: 1,
    keep: ['with-category'],
  },
  { name: 'GeoJSON that is not JSON', file: 'g.geojson', bytes: '{"type":', good: 0 },
  {
    name: 'GeoJSON without features',
    file: 'g.geojson',
    bytes: '{"type":"FeatureCollection"}',
    good: 0,
  },
  {
    name: 'GeoJSON with hostile properties (__proto__, lone surrogate id, 100 kB title, date_end before date)',
    file: 'g.geojson',
    bytes: JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: JSON.parse(
            '{"__proto__":{"x":1},"id":"p","date":"2024-01-01","category":"attack","place_precision":"town"}',
          ),
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: {
            id: 'lone-\ud800',
            date: '2024-01-01',
            category: 'attack',
            place_precision: 'town',
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: {
            id: 't',
            title: 'T'.repeat(100_000),
            date: '2024-01-01',
            category: 'attack',
            place_precision: 'town',
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: {
            id: 'r',
            date: '2024-01-20',
            date_end: '2018-01-01',
            category: 'attack',
            place_precision: 'town',
          },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
          properties: { id: 'l', date: '2024-01-01' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: ['61', '29'] },
          properties: { id: 's', date: '2024-01-01' },
        },
        null,
      ],
    }),
    good: 3,
  },
  {
    name: 'GeoJSON in UTF-16 LE',
    file: 'g.geojson',
    bytes: new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        new Uint16Array(
          [...readFileSync(join(HOSTILE, 'geojson/id-date-point.geojson'), 'utf8')].map((c) =>
            c.charCodeAt(0),
          ),
        ).buffer,
      ),
    ]),
    good: 1,
  },
  { name: 'a .bin that is text', file: 'x.bin', bytes: 'BLDS and then nothing useful', good: 0 },
];
