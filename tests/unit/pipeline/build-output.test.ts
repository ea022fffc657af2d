// The build stage end to end on a fixture (tests/fixtures/build/in → out, REGEN=1), atomic
// writes that leave old output intact on failure, the staleness check, and the committed data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { ROOT, SEEDS_DIR, SOURCES } from '../../../pipeline/paths.ts';
import { staleOutputs, writeOutputs } from '../../../pipeline/write-outputs.ts';
import { fixture, fixtureDirs, golden } from './fixture-helpers.ts';

const ref = loadReference();
const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'borderlines-'));
  tmp.push(d);
  return d;
}

describe('build stage fixture', () => {
  const outputs = buildAll(fixtureDirs(fixture('build/in')), ref);
  for (const name of ['incidents.geojson', 'excluded.json', 'articles.json']) {
    it(`${name} matches tests/fixtures/build/out`, () => {
      const actual = outputs.get(`public/data/${name}`) as string;
      expect(actual).toBe(golden(fixture('build/out', name), actual));
    });
  }
  it('incidents are ordered by date, then id', () => {
    const f = JSON.parse(outputs.get('public/data/incidents.geojson') as string).features;
    expect(f.map((x: { id: string }) => x.id)).toEqual(['saravan', 'meeting', 'blast']);
  });
});

describe('writing', () => {
  it('a failing build writes nothing and leaves the previous output intact', () => {
    const out = tempDir();
    writeOutputs(new Map([['public/data/incidents.geojson', 'previous\n']]), out);
    let outputs: Map<string, string> | null = null;
    expect(() => {
      outputs = buildAll(fixtureDirs(fixture('validate/invalid/quote-not-found')), ref);
    }).toThrow(/quote not found/);
    if (outputs) writeOutputs(outputs, out);
    expect(readFileSync(join(out, 'public/data/incidents.geojson'), 'utf8')).toBe('previous\n');
    expect(existsSync(join(out, 'public/data/articles.json'))).toBe(false);
  });
  it('the staleness check names changed and missing files', () => {
    const out = tempDir();
    const outputs = new Map([
      ['a.json', '1\n'],
      ['b.json', '2\n'],
      ['c.json', '3\n'],
    ]);
    writeOutputs(outputs, out);
    writeFileSync(join(out, 'b.json'), 'edited\n');
    rmSync(join(out, 'c.json'));
    expect(staleOutputs(outputs, out)).toEqual(['b.json', 'c.json']);
  });
});

describe('committed data', () => {
  it('public/data and the gazetteer are what `npm run data` builds', () => {
    expect(staleOutputs(buildAll(SOURCES, ref), ROOT)).toEqual([]);
  });
  it.skipIf(!existsSync(SEEDS_DIR))('article texts are byte-identical to the seeds', () => {
    for (const id of ['000_9286dead6fccede2', '004_764383eb893c6242']) {
      const copy = readFileSync(join(ROOT, `geodata/articles/${id}.txt`));
      expect(copy.equals(readFileSync(join(SEEDS_DIR, `${id}.txt`)))).toBe(true);
    }
  });
  it('articles.json holds each article text exactly', () => {
    const articles = JSON.parse(readFileSync(join(ROOT, 'public/data/articles.json'), 'utf8'));
    for (const a of articles) {
      expect(a.text).toBe(readFileSync(join(ROOT, `geodata/articles/${a.id}.txt`), 'utf8'));
    }
  });
  it('every excerpt is the article text at its offsets', () => {
    const articles = JSON.parse(readFileSync(join(ROOT, 'public/data/articles.json'), 'utf8'));
    const text = new Map(articles.map((a: { id: string; text: string }) => [a.id, a.text]));
    const fc = JSON.parse(readFileSync(join(ROOT, 'public/data/incidents.geojson'), 'utf8'));
    expect(fc.features).toHaveLength(8);
    for (const { properties: p } of fc.features) {
      expect((text.get(p.article) as string).slice(p.excerpt_start, p.excerpt_end)).toBe(p.excerpt);
    }
  });
});
