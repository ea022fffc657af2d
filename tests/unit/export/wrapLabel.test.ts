// How an exported image breaks a basemap name into lines (src/export/mapLabels.ts), with a
// measure of one unit a character.
import { describe, expect, test } from 'vitest';
import { wrapLabel } from '../../../src/export/mapLabels.ts';

const measure = (s: string): number => s.length;

describe('wrapLabel', () => {
  test('a name narrower than the width stays on one line', () => {
    expect(wrapLabel('United Arab Emirates', 30, measure)).toEqual(['United Arab Emirates']);
  });

  test('a wider name breaks at spaces, each line within the width', () => {
    expect(wrapLabel('United Arab Emirates', 12, measure)).toEqual(['United Arab', 'Emirates']);
  });

  test('a word wider than the width stays whole on its own line', () => {
    expect(wrapLabel('Turkmenistan is', 5, measure)).toEqual(['Turkmenistan', 'is']);
  });
});
