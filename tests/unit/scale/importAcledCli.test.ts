import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importAcledCli } from '../../../pipeline/import-acled.ts';
import { decodeColumns } from '../../../src/core/binaryLayout.ts';

describe('importAcledCli', () => {
  it('writes a GeoJSON and a binary dataset with the good rows', async () => {
    const out = mkdtempSync(join(tmpdir(), 'acled-'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await importAcledCli([
      '--acled',
      'tests/fixtures/acled/invalid/in/bad-rows.csv',
      '--out',
      out,
    ]);
    const geo = JSON.parse(readFileSync(join(out, 'incidents.geojson'), 'utf8'));
    const bin = decodeColumns(new Uint8Array(readFileSync(join(out, 'incidents.bin'))).buffer);
    expect([code, geo.features.length, bin.count]).toEqual([0, 2, 2]);
  });
  it('fails with exit code 1 on a missing required column', async () => {
    const out = mkdtempSync(join(tmpdir(), 'acled-'));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => errors.push(m));
    const code = await importAcledCli([
      '--acled',
      'tests/fixtures/acled/invalid/in/missing-latitude-column.csv',
      '--out',
      out,
    ]);
    expect([code, errors[0]]).toEqual([
      1,
      'missing-latitude-column.csv latitude: required column "latitude" is missing — fix: export the file from ACLED with all columns, or add a "latitude" column',
    ]);
  });
});
