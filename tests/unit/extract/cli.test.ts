// `npm run extract`: output formats, and bad input refused with `file: what — fix` on stderr and
// nothing on stdout.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { main } from '../../../pipeline/extract-cli.ts';
import { ArticleMetaSchema, IncidentRecordSchema } from '../../../src/core/validation.ts';
import { fakeReaders, town } from './doubles.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const article = file(
  'quetta-blast.txt',
  'A bomb exploded in Quetta on Monday, killing 3 people.\n',
);
const readers = () =>
  fakeReaders(
    { 'on Monday': { date: '2024-01-29' } },
    { Quetta: { resolved: town('Quetta', 30.18, 67.0) } },
  );
const lookup = () => (name: string) =>
  name === 'Balochistan'
    ? { lat: 28.3, lon: 65.6, precision: 'province' as const }
    : { lat: 30.18, lon: 67.0, precision: 'town' as const };

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) }, readers, lookup);
  return { code, out, err };
}

describe('extract CLI output', () => {
  it('--json prints only a JSON array of proposals', () => {
    const r = run([article, '--published', '2024-01-29', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; date: string; excerpt_start: number }[];
    expect(list.map((p) => [p.id, p.date, p.excerpt_start])).toEqual([
      ['quetta-blast-1', '2024-01-29', 0],
    ]);
    expect(r.err).toBe('');
  });
  it('--yaml prints a sidecar and records the schemas accept', () => {
    const r = run([article, '--published=2024-01-29', '--yaml']);
    const [meta, records] = parseAllDocuments(r.out).map((d) => d.toJS() as unknown);
    expect(v.safeParse(ArticleMetaSchema, meta).success).toBe(true);
    expect(
      (records as unknown[]).map((rec) => v.safeParse(IncidentRecordSchema, rec).success),
    ).toEqual([true]);
    expect(r.out).toContain('# proposed\n- id: 2024-quetta-attack');
  });
  it('prints a summary for people without a flag', () => {
    expect(run([article, '--published', '2024-01-29']).out).toMatch(
      /\[proposed\] quetta-blast-1 {2}attack {2}2024-01-29 \(day\)/,
    );
  });
});

describe('extract CLI refuses bad input', () => {
  const big = new Uint8Array(5_000_000).fill(97);
  it.each([
    ['a missing file', join(dir, 'nope.txt'), /no such file — check the path/],
    ['a folder', dir, /not a file — /],
    ['an empty file', file('empty.txt', ''), /the text is empty — /],
    ['blank text', file('blank.txt', ' \n\t\n'), /the text is empty — /],
    ['5 MB of text', file('big.txt', big), /the file is 5\.0 MB; one article is at most 1 MB — /],
    ['binary data', file('bin.txt', new Uint8Array([65, 0, 66, 255])), /binary data, not text — /],
    [
      'text that is not UTF-8',
      file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
      /not valid UTF-8 — /,
    ],
    [
      'HTML',
      file('page.html', '<!doctype html><html><body><p>A bomb exploded.</p></body></html>'),
      /looks like HTML, not the article text — /,
    ],
  ])('%s', (_what, path, message) => {
    const r = run([path, '--json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`${path}: `)).toBe(true);
    expect(r.err).toMatch(message);
  });
  it.each([
    [['--json'], /no article file given/],
    [[article, '--published', '29/01/2024'], /--published "29\/01\/2024" is not a date — /],
    [[article, '--json', '--yaml'], /choose one/],
    [[article, '--jsn'], /unknown option "--jsn"/],
  ])('usage error %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});
