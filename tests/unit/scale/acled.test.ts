import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAcledProblem, parseAcledCsv, parseAcledDate } from '../../../src/core/acled.ts';
import { isoToDay } from '../../../src/core/days.ts';

const ROOT = 'tests/fixtures/acled';

/** Runs every fixture in `<kind>/in` and compares with `<kind>/out` (REGEN=1 rewrites out). */
function fixtureCases(kind: 'valid' | 'invalid'): void {
  for (const name of readdirSync(join(ROOT, kind, 'in')).filter((f) => f.endsWith('.csv'))) {
    it(`${kind}/${name} matches its expected output`, () => {
      const result = parseAcledCsv(readFileSync(join(ROOT, kind, 'in', name), 'utf8'), name);
      const outFile = join(ROOT, kind, 'out', name.replace(/\.csv$/, '.json'));
      if (process.env.REGEN) writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
      expect(result).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
      if (kind === 'valid') expect(result.problems).toEqual([]);
      else expect(result.problems.length).toBeGreaterThan(0);
    });
  }
}

describe('ACLED fixtures', () => {
  fixtureCases('valid');
  fixtureCases('invalid');
});

describe('parseAcledDate', () => {
  it('reads ACLED long dates', () => {
    expect(parseAcledDate('18 January 2024')).toBe(isoToDay('2024-01-18'));
  });
  it('reads abbreviated month names with hyphens', () => {
    expect(parseAcledDate('16-Oct-2018')).toBe(isoToDay('2018-10-16'));
  });
  it('reads ISO dates', () => {
    expect(parseAcledDate('2024-01-18')).toBe(isoToDay('2024-01-18'));
  });
  it('rejects impossible dates', () => {
    expect(parseAcledDate('31 February 2024')).toBeNull();
  });
  it('rejects unknown month names', () => {
    expect(parseAcledDate('3 Brumaire 2024')).toBeNull();
  });
});

describe('parseAcledCsv', () => {
  const bad = readFileSync(join(ROOT, 'invalid/in/bad-rows.csv'), 'utf8');
  const result = parseAcledCsv(bad, 'bad-rows.csv');

  it('keeps the good rows around bad ones', () => {
    expect(result.features.map((f) => f.properties.id)).toEqual([
      'acled-TEST0200',
      'acled-TEST0210',
    ]);
  });
  it('reports the text line of a row after a multi-line field and a blank line', () => {
    const lon = result.problems.find((p) => p.column === 'longitude');
    expect([lon?.row, lon?.line]).toEqual([5, 7]);
  });
  it('names file, line, column and fix in the message', () => {
    const date = result.problems.find((p) => p.column === 'event_date')!;
    expect(formatAcledProblem(date)).toBe(
      'bad-rows.csv:4 (row 3) event_date: event_date "31 February 2024" is not a date — fix: write it as "18 January 2024" or 2024-01-18',
    );
  });
  it('makes a missing required column a file-level error naming it', () => {
    const text = readFileSync(join(ROOT, 'invalid/in/missing-latitude-column.csv'), 'utf8');
    const r = parseAcledCsv(text, 'x.csv');
    expect([r.fileError, r.features.length, r.problems.map((p) => p.column)]).toEqual([
      true,
      0,
      ['latitude'],
    ]);
  });
  it('reports progress ending at 1', () => {
    const seen: number[] = [];
    parseAcledCsv(bad, 'bad-rows.csv', { onProgress: (f) => seen.push(f), progressEvery: 2 });
    expect(seen.at(-1)).toBe(1);
  });
});
