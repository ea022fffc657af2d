// The committed evaluation of the development set (tests/fixtures/extract/eval.json, quoted in the
// README) is what `npm run extract:eval` gives now: generated data that is stale fails CI.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../pipeline/extract-eval.ts';

describe('the committed dev-set evaluation', () => {
  it('equals a fresh run (regenerate with `npm run extract:eval`)', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'eval.json');
    expect(main(['--dir', 'tests/fixtures/extract/dev', '--out', out])).toBe(0);
    vi.restoreAllMocks();
    const committed: unknown = JSON.parse(readFileSync('tests/fixtures/extract/eval.json', 'utf8'));
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(committed);
  });
});
