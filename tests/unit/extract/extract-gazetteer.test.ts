// The place reader's gazetteer for the browser (public/data/extract-gazetteer.json): what it
// holds, that formatting and parsing round-trip, and that a broken file is refused with the file
// named and the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../pipeline/paths.ts';
import {
  ExtractGazetteerError,
  formatExtractGazetteer,
  parseExtractGazetteer,
} from '../../../src/core/extract/gazetteerData.ts';
import type { GazetteerEntry } from '../../../src/core/gazetteer.ts';

const text = readFileSync(join(ROOT, 'public/data/extract-gazetteer.json'), 'utf8');
const g = parseExtractGazetteer(text);
const pipelineEntries = JSON.parse(
  readFileSync(join(ROOT, 'geodata/generated/gazetteer.json'), 'utf8'),
) as GazetteerEntry[];

describe('the committed artifact', () => {
  it('holds every gazetteer entry the pipeline uses, unchanged', () => {
    expect(g.entries).toEqual(pipelineEntries);
  });
  it('holds the curated tables, the three border lines and the stretches of provinces', () => {
    expect(g.crossings.map((c) => c.name)).toContain('Taftan–Mirjaveh crossing');
    expect(g.districts.length).toBeGreaterThanOrEqual(40);
    expect(g.organisations.map((o) => o.name)).toContain('Inter-Services Public Relations');
    expect(g.borders.filter((b) => !b.provinces).map((b) => b.id)).toEqual([
      'AF-IR',
      'AF-PK',
      'IR-PK',
    ]);
    expect(g.borders.filter((b) => b.provinces).map((b) => b.id)).toContain('AF-NM/IR-SB');
    // a province's radius reaches its farthest point (Balochistan's equal-area radius is 333)
    expect(g.areaRadiusKm['PK-BA']).toBe(565);
  });
  it('every curated crossing and district names its source', () => {
    for (const x of [...g.crossings, ...g.districts])
      expect(x.source).toMatch(/https?:\/\/|GeoNames/);
  });
  it('formatting what was parsed gives the same file', () => {
    expect(formatExtractGazetteer(g)).toBe(text);
  });
});

describe('a broken file is refused, naming the file and the fix', () => {
  it('not JSON', () => {
    expect(() => parseExtractGazetteer('{', 'data/extract-gazetteer.json')).toThrow(
      /^data\/extract-gazetteer\.json: not valid JSON .* — regenerate it with `npm run data`$/,
    );
  });
  it('another version', () => {
    const bad = JSON.stringify({ ...JSON.parse(text), version: 99 });
    expect(() => parseExtractGazetteer(bad)).toThrow(ExtractGazetteerError);
    expect(() => parseExtractGazetteer(bad)).toThrow(/`version`/);
  });
  it('a crossing with latitude out of range', () => {
    const json = JSON.parse(text);
    json.crossings[0][4] = 123;
    expect(() => parseExtractGazetteer(JSON.stringify(json))).toThrow(/`crossings\.0\.4`/);
  });
  it('an entry pointing at a province that is not listed', () => {
    const json = JSON.parse(text);
    json.entries[0][5] = 10_000;
    expect(() => parseExtractGazetteer(JSON.stringify(json))).toThrow(/has a bad index/);
  });
});
