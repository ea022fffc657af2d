import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeColumns } from '../../../src/core/binaryLayout.ts';
import { generateSynthetic, SYNTHETIC_FROM, SYNTHETIC_TO } from '../../../src/core/synthetic.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from '../../../src/core/types.ts';

const hash = (buf: ArrayBuffer): string =>
  createHash('sha256').update(new Uint8Array(buf)).digest('hex');

describe('generateSynthetic', () => {
  const a = generateSynthetic(20_000, 7);

  it('gives identical output for the same seed', () => {
    expect(hash(encodeColumns(generateSynthetic(20_000, 7)))).toBe(hash(encodeColumns(a)));
  });
  it('gives different output for another seed', () => {
    expect(hash(encodeColumns(generateSynthetic(20_000, 8)))).not.toBe(hash(encodeColumns(a)));
  });
  it('sorts incidents by start day', () => {
    expect(a.start.every((d, i) => i === 0 || d >= a.start[i - 1]!)).toBe(true);
  });
  it('keeps start days within 2010..2025 and ends at or after starts', () => {
    const ok = a.start.every((d, i) => d >= SYNTHETIC_FROM && d <= SYNTHETIC_TO && a.end[i]! >= d);
    expect(ok).toBe(true);
  });
  it('ends no range after the generated span (no dates in the future)', () => {
    expect(a.end.every((d) => d <= SYNTHETIC_TO)).toBe(true);
  });
  it('uses every category, date precision and place precision', () => {
    expect([
      new Set(a.category).size,
      new Set(a.datePrecision).size,
      new Set(a.placePrecision).size,
    ]).toEqual([CATEGORIES.length, DATE_PRECISIONS.length, PLACE_PRECISIONS.length]);
  });
  it('clusters most incidents in the Iran–Pakistan border band (lon 60–64, lat 25–30.5)', () => {
    let near = 0;
    for (let i = 0; i < a.count; i++) {
      if (a.lon[i]! > 60 && a.lon[i]! < 64 && a.lat[i]! > 25 && a.lat[i]! < 30.5) near++;
    }
    expect(near / a.count).toBeGreaterThan(0.5);
  });
});
