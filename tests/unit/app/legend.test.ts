import { describe, expect, test } from 'vitest';
import {
  CATEGORY_STYLES,
  isCoarse,
  LEGEND,
  markerIcon,
  MARKER_ICONS,
} from '../../../src/map/legend.ts';
import { CATEGORIES } from '../../../src/core/types.ts';

/** The Okabe–Ito colour-blind-safe palette. */
const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

describe('legend', () => {
  test('every category has its own Okabe–Ito colour and its own shape', () => {
    const styles = CATEGORIES.map((c) => CATEGORY_STYLES[c]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(CATEGORIES.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(CATEGORIES.length);
    for (const s of styles) expect(OKABE_ITO).toContain(s.color);
  });

  test('the legend lists the categories in contract order', () => {
    expect(LEGEND.map((r) => r.category)).toEqual([...CATEGORIES]);
  });

  test('county, province and country are coarse; town and point are not', () => {
    expect(
      ['point', 'town', 'county', 'province', 'country'].map((p) => isCoarse(p as never)),
    ).toEqual([false, false, true, true, true]);
  });

  test('a border-level place is coarse: drawn hollow, never as a confident pin', () => {
    expect(isCoarse('border')).toBe(true);
  });

  test('each marker icon named for a category and precision is one the map registers', () => {
    const names = new Set(MARKER_ICONS.map((m) => m.name));
    for (const c of CATEGORIES) {
      expect(names).toContain(markerIcon(c, 'town'));
      expect(names).toContain(markerIcon(c, 'province'));
    }
    expect(markerIcon('attack', 'county')).toBe('marker-attack-hollow');
  });
});
