import { describe, expect, test } from 'vitest';
import type { LabelLooks } from '../../../src/map/labelStyle.ts';
import { placedLabels, type LabelSourceMap } from '../../../src/map/placedLabels.ts';

const looks: LabelLooks = {
  texts: [
    {
      layer: 'place-labels',
      font: 'Noto Sans',
      sizePx: 10,
      color: '#000',
      haloColor: '#fff',
      haloPx: 1,
      letterSpacingEm: 0,
      uppercase: false,
      maxWidthEm: 10,
      anchors: [
        ['left', [1, 0]],
        ['right', [-1, 0]],
      ],
    },
  ],
  dots: [{ layer: 'place-dots', radius: 2, color: '#000', strokeColor: '#fff', strokeWidth: 1 }],
};

interface Feature {
  layer: string;
  name: string;
  at: [number, number];
  /** Screen box MapLibre placed the text in: [x0, y0, x1, y1]. */
  box?: [number, number, number, number];
}

/** A map whose projection is the identity and whose placed labels are `features`. */
function fakeMap(features: Feature[]): LabelSourceMap {
  const out = (f: Feature) => ({
    layer: { id: f.layer },
    properties: { name: f.name },
    geometry: { type: 'Point', coordinates: f.at },
  });
  const m = {
    project: ([x, y]: [number, number]) => ({ x, y }),
    queryRenderedFeatures(
      g?: [number, number] | { layers: string[] },
      o?: { layers: string[] },
    ): ReturnType<LabelSourceMap['queryRenderedFeatures']> {
      if (!Array.isArray(g)) return features.filter((f) => g?.layers.includes(f.layer)).map(out);
      const [x, y] = g;
      return features
        .filter((f) => o?.layers.includes(f.layer) && f.box)
        .filter(
          ({ box: [x0, y0, x1, y1] = [0, 0, 0, 0] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1,
        )
        .map(out);
    },
  };
  return m;
}

describe('placedLabels', () => {
  test('finds the side MapLibre placed a name on by probing inside each candidate box', () => {
    // Placed to the left of its point (anchor right): the box ends 10 px (1 em) left of x = 100.
    const map = fakeMap([
      { layer: 'place-labels', name: 'Quetta', at: [100, 50], box: [40, 44, 90, 56] },
    ]);
    expect(placedLabels(map, looks)).toEqual([
      {
        key: 'place-labels\u0000Quetta\u0000100,50',
        layer: 'place-labels',
        text: 'Quetta',
        lngLat: [100, 50],
        anchor: 'right',
        offsetPx: [-10, 0],
      },
    ]);
  });

  test("another label's box at a probe point does not count as this name's", () => {
    const map = fakeMap([
      { layer: 'place-labels', name: 'Turbat', at: [100, 50], box: [40, 44, 90, 56] },
      { layer: 'place-labels', name: 'Panjgur', at: [300, 50], box: [105, 44, 160, 56] },
    ]);
    expect(placedLabels(map, looks)[0]).toMatchObject({ text: 'Turbat', anchor: 'right' });
  });

  test('falls back to the first side when no probe finds the name', () => {
    const map = fakeMap([{ layer: 'place-labels', name: 'Saravan', at: [0, 0] }]);
    expect(placedLabels(map, looks)[0]).toMatchObject({ anchor: 'left', offsetPx: [10, 0] });
  });

  test('lists each name once though the map returns it from two tiles', () => {
    const f: Feature = { layer: 'place-labels', name: 'Zahedan', at: [5, 5], box: [20, 0, 60, 10] };
    expect(placedLabels(fakeMap([f, f]), looks)).toHaveLength(1);
  });

  test('draws dots first, centred on their point, without text', () => {
    const map = fakeMap([
      { layer: 'place-labels', name: 'Chabahar', at: [1, 2], box: [15, -3, 50, 7] },
      { layer: 'place-dots', name: 'Chabahar', at: [1, 2] },
    ]);
    expect(placedLabels(map, looks).map((l) => [l.layer, l.text, l.anchor])).toEqual([
      ['place-dots', '', 'center'],
      ['place-labels', 'Chabahar', 'left'],
    ]);
  });

  test('skips a feature without a name', () => {
    const map = fakeMap([{ layer: 'place-labels', name: '', at: [0, 0] }]);
    expect(placedLabels(map, looks)).toEqual([]);
  });
});
