// Layout of an exported map image: header, map, footer with every category in the legend,
// text kept inside the image, long lines wrapped.
import { describe, expect, it } from 'vitest';
import { buildCaption } from '../../../src/core/export/caption';
import {
  layoutImage,
  wrapText,
  type ImageContent,
  type Measure,
} from '../../../src/core/export/imageLayout';
import { NO_FILTERS } from '../../../src/core/filter/filters';
import { CATEGORIES } from '../../../src/core/types';
import { CATEGORY_STYLES } from '../../../src/map/legend';

/** A stand-in for canvas text measuring: 7 px per character (9 for the title). */
const measure: Measure = (text, style) => text.length * (style === 'title' ? 9 : 7);

const content: ImageContent = {
  caption: buildCaption({
    datasetName: null,
    window: { from: 19737, to: 19753 },
    count: 5,
    filters: { ...NO_FILTERS, categories: ['attack'], query: 'saravan' },
    attributions: ['Boundaries: Natural Earth', 'Places: GeoNames (CC BY 4.0)'],
  }),
  labels: Object.fromEntries(
    CATEGORIES.map((c) => [c, CATEGORY_STYLES[c].label]),
  ) as ImageContent['labels'],
  precisionKey: 'Hollow marker: the place is known only to its county, province or country.',
};

describe('layoutImage', () => {
  const wide = layoutImage(1000, 600, content, measure);
  const narrow = layoutImage(320, 400, content, measure);

  it('puts the map under the header at its own size', () => {
    expect(wide.map).toMatchObject({ x: 0, width: 1000, height: 600 });
    expect(wide.map.y).toBeGreaterThan(30);
    expect(wide.footerTop).toBe(wide.map.y + 600);
  });

  it('draws a legend symbol for every category, in the footer', () => {
    expect(wide.swatches.map((s) => s.category)).toEqual([...CATEGORIES]);
    for (const s of wide.swatches) expect(s.y).toBeGreaterThan(wide.footerTop);
  });

  it('keeps the legend on one row when it fits', () => {
    expect(new Set(wide.swatches.map((s) => s.y)).size).toBe(1);
  });

  it('wraps the legend onto more rows in a narrow image', () => {
    expect(new Set(narrow.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
  });

  it('keeps every text and symbol inside the image', () => {
    for (const l of [wide, narrow]) {
      for (const t of l.texts) {
        expect(t.x + measure(t.text, t.style)).toBeLessThanOrEqual(l.width);
        expect(t.y).toBeLessThan(l.height);
      }
      for (const s of l.swatches) expect(s.x + s.size).toBeLessThanOrEqual(l.width);
    }
  });

  it('writes the window, the filters and the attribution', () => {
    const all = wide.texts.map((t) => t.text).join('\n');
    expect(all).toContain('2024-01-15 – 2024-01-31 · 5 incidents shown');
    expect(all).toContain('Filters: category attack; search "saravan"');
    expect(all).toContain('Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0)');
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('aaa bbb ccc', 40, 'body', measure)).toEqual(['aaa', 'bbb', 'ccc']);
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapText('abcdefghij', 20, 'body', measure)).toEqual(['abcdefghij']);
  });
});
