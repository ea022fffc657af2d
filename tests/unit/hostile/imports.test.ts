// Hostile ACLED and GeoJSON imports through the browser-side reader (readDatasetFile: the worker's
// code, fed a Node Blob) and the CLI (`npm run data -- --acled`). Figures: see harness.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importAcledCli } from '../../../pipeline/import-acled.ts';
import { featureAt } from '../../../src/core/binaryLayout.ts';
import {
  DatasetInputError,
  readDatasetFile,
  type ReadDataset,
} from '../../../src/scale/readInput.ts';
import { CLEAN, family, figures, isClearError, type CaseResult } from './harness.ts';

import { blob, CASES, fixture, HOSTILE, type ImportCase } from './importCases.ts';

const tally = family('imports');
afterAll(() => expect(tally.results.length).toBe(CASES.length + CLI_CASES.length));

/** Runs one case through the browser-side reader and measures it. */
async function measure(c: ImportCase): Promise<CaseResult> {
  delete (globalThis as { __pwned?: unknown }).__pwned;
  let out: ReadDataset | null = null;
  let error: Error | null = null;
  try {
    out = await readDatasetFile(blob(c.bytes, c.file));
  } catch (e) {
    error = e as Error;
  }
  const crash = error !== null && !(error instanceof DatasetInputError);
  const loaded = out?.columns.count ?? 0;
  const json = out
    ? Array.from({ length: loaded }, (_, i) => JSON.stringify(featureAt(out!.columns, i))).join(
        '\n',
      )
    : '';
  const lost = loaded !== c.good || (c.keep ?? []).some((k) => !json.includes(k));
  const messages = [
    ...(error ? [error.message] : []),
    ...(out?.problems ?? []).map((p) => `${p.file}: ${p.message} — ${p.fix}`),
  ];
  const unclear = messages.some((m) => !isClearError(m, c.file)) || (c.good === 0 && !error);
  return tally.record({
    name: c.name,
    crash,
    script: (globalThis as { __pwned?: unknown }).__pwned !== undefined,
    lost,
    unclear,
    detail:
      `loaded ${loaded}/${c.good}; ${error?.message ?? ''} ${messages.slice(0, 2).join(' | ')}`.slice(
        0,
        600,
      ),
  });
}

describe("imports in the browser (the worker's reader)", () => {
  for (const c of CASES) {
    it(`${c.name}: no crash, nothing lost, a clear message`, async () => {
      expect(figures(await measure(c))).toEqual(CLEAN);
    });
  }
  it('a file that is not ACLED gives one message naming every missing column', async () => {
    const e = await readDatasetFile(blob(fixture('acled/not-acled-notes.csv'), 'notes.csv')).catch(
      (x: Error) => x,
    );
    expect((e as Error).message).toMatch(
      /^notes\.csv: is not an ACLED export: .*missing: event_id_cnty, event_date, time_precision, .*fatalities — fix:/,
    );
  });
  it('a UTF-16 file is read and the note names the encoding', async () => {
    const r = await readDatasetFile(blob(fixture('acled/utf16le-bom.csv'), 'u.csv'));
    expect(r.notes).toEqual([
      'u.csv is UTF-16 LE text (it starts with a byte-order mark); it was read as such. Saved as "CSV UTF-8" it would be half the size.',
    ]);
  });
  it('a file that is not ACLED is refused after its header, without reading the rest', async () => {
    const big = `note,comment\n${'a,b\n'.repeat(1 << 20)}`; // 4 MB of notes
    let pulls = 0;
    const bytes = new TextEncoder().encode(big);
    const file = {
      name: 'notes.csv',
      size: bytes.length,
      slice: (a?: number, b?: number) => new Blob([bytes.slice(a, b)]),
      arrayBuffer: async () => bytes.buffer,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(ctrl) {
            const at = pulls++ * 65536;
            if (at >= bytes.length) ctrl.close();
            else ctrl.enqueue(bytes.subarray(at, at + 65536));
          },
        }),
    };
    await expect(readDatasetFile(file as never)).rejects.toThrow(/is not an ACLED export/);
    expect(pulls).toBeLessThan(4);
  });
});

const CLI_CASES = [
  'acled/header-only.csv',
  'acled/not-acled-notes.csv',
  'acled/latin1.csv',
  'acled/utf16le-bom.csv',
  'acled/ten-countries-four-continents.csv',
];

describe('imports from the command line', () => {
  for (const f of CLI_CASES) {
    it(`${f}: exit code, nothing partial written, clear messages`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'acled-cli-')), 'out');
      const errors: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((m: string) => errors.push(m));
      vi.spyOn(console, 'log').mockImplementation(() => {});
      let code = -1;
      let thrown: unknown = null;
      try {
        code = await importAcledCli(['--acled', join(HOSTILE, f), '--out', out]);
      } catch (e) {
        thrown = e;
      }
      vi.restoreAllMocks();
      const good = f.includes('ten-countries') || f.includes('utf16') ? 10 : 0;
      const written = existsSync(out) ? readdirSync(out).sort() : [];
      const loaded = written.includes('incidents.geojson')
        ? JSON.parse(readFileSync(join(out, 'incidents.geojson'), 'utf8')).features.length
        : 0;
      const r = tally.record({
        name: `CLI ${f}`,
        crash: thrown !== null || ![0, 1].includes(code),
        script: false,
        lost:
          loaded !== good ||
          (good === 0 && written.length > 0) ||
          written.some((w) => w.includes('.tmp-')),
        unclear: errors.some((m) => !isClearError(m, f.split('/').pop()!.replace(/^/, ''))),
        detail: `code ${code}, written ${written.join(',')}, ${errors.join(' | ')}`.slice(0, 600),
      });
      rmSync(join(out, '..'), { recursive: true, force: true });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
});
