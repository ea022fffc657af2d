// `npm run extract:eval` on a small development set written by the test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../pipeline/extract-eval.ts';
import { fakeReaders, town } from './doubles.ts';

const readers = () =>
  fakeReaders(
    { 'on Monday': { date: '2024-01-29' } },
    { Quetta: { resolved: town('Quetta', 30.18, 67.0) } },
  );

function devSet(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'devset-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const passage = `id: quetta
published: '2024-01-29'
text: A bomb exploded in Quetta on Monday, killing 3 people.
truth:
  - cue: bomb exploded
    date: '2024-01-29'
    lat: 30.2
    lon: 67.0
    radius_km: 10
`;

describe('extract:eval', () => {
  afterEach(() => vi.restoreAllMocks());
  it('scores every passage, prints the headline and writes the JSON', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = devSet({ 'quetta.yaml': passage });
    const out = join(dir, 'eval.json');
    expect(main(['--dir', dir, '--out', out, '--strict'], readers)).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      totals: { both: number; truths: number };
    };
    expect(json.totals).toMatchObject({ truths: 1, both: 1 });
    expect(log.mock.calls.flat().join('\n')).toMatch(/answered: 100\.0 % \(target ≥ 80 %: met\)/);
  });
  it('--strict fails when a target is missed', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = devSet({ 'quetta.yaml': passage.replace('lat: 30.2', 'lat: 33.7') });
    expect(main(['--dir', dir, '--out', join(dir, 'e.json'), '--strict'], readers)).toBe(1);
  });
  it('names the file and line of a malformed passage', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = devSet({ 'bad.yaml': passage.replace("date: '2024-01-29'", "date: '2024-02-30'") });
    expect(main(['--dir', dir], readers)).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toMatch(
      /bad\.yaml:6: development passage: `truth\.0\.date` must be a date/,
    );
  });
  it('says so when there are no passages', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['--dir', devSet({})], readers)).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toMatch(
      /no development passages \(\*\.yaml\) — add them/,
    );
  });
});
