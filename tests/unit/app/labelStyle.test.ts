import { describe, expect, test } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { anchorTranslate, labelLooks, probeOffset } from '../../../src/map/labelStyle.ts';
import {
  BASEMAP_COLORS,
  buildBasemapStyle,
  LABEL_FONT,
  placeLabelAnchors,
} from '../../../src/map/style.ts';

const style = buildBasemapStyle({
  countries: 'http://127.0.0.1:1/data/countries.geojson',
  areas: 'http://127.0.0.1:1/data/areas.geojson',
  border: 'http://127.0.0.1:1/data/border.geojson',
  places: 'http://127.0.0.1:1/data/places.geojson',
});

describe('labelLooks', () => {
  const looks = labelLooks(style);

  test('lists the symbol layers top layer first, as MapLibre places them', () => {
    expect(looks.texts.map((t) => t.layer)).toEqual(['place-labels', 'country-labels']);
  });

  test('reads the town names as the basemap draws them', () => {
    expect(looks.texts[0]).toMatchObject({
      font: LABEL_FONT,
      sizePx: 12,
      color: BASEMAP_COLORS.label,
      haloColor: BASEMAP_COLORS.halo,
      haloPx: 1.5,
      uppercase: false,
      anchors: [
        ['left', [0.6, 0]],
        ['right', [-0.6, 0]],
        ['top', [0, 0.6]],
        ['bottom', [0, -0.6]],
      ],
    });
  });

  test('reads the country names in capitals, spaced, wrapped at 8 em', () => {
    expect(looks.texts[1]).toMatchObject({
      sizePx: 14,
      color: BASEMAP_COLORS.countryLabel,
      haloPx: 1.2,
      letterSpacingEm: 0.12,
      uppercase: true,
      maxWidthEm: 8,
    });
    expect(looks.texts[1]!.anchors[0]).toEqual(['top', [0, 1.1]]);
    expect(looks.texts[1]!.anchors).toHaveLength(6);
  });

  test('reads the town dots', () => {
    expect(looks.dots).toEqual([
      {
        layer: 'place-dots',
        radius: 2.5,
        color: BASEMAP_COLORS.label,
        strokeColor: BASEMAP_COLORS.halo,
        strokeWidth: 1,
      },
    ]);
  });

  test("takes the anchors of unmarked towns from a `match` on marked towns' names", () => {
    const marked = {
      ...style,
      layers: style.layers.map((l) =>
        l.id === 'place-labels' && l.type === 'symbol'
          ? {
              ...l,
              layout: {
                ...l.layout,
                'text-variable-anchor-offset': placeLabelAnchors(['Quetta']),
              },
            }
          : l,
      ),
    } as StyleSpecification;
    expect(labelLooks(marked).texts[0]!.anchors).toEqual(looks.texts[0]!.anchors);
  });

  test('a style without the label layers has nothing to draw', () => {
    expect(labelLooks({ ...style, layers: [] })).toEqual({ texts: [], dots: [] });
  });
});

describe('label geometry', () => {
  test('a probe point is just inside the box, past the offset', () => {
    expect(probeOffset('left', [0.6, 0], 12)).toEqual([0.6 * 12 + 4, 0]);
    expect(probeOffset('right', [-0.6, 0], 12)).toEqual([-0.6 * 12 - 4, 0]);
    expect(probeOffset('top', [0, 1.1], 14)).toEqual([0, 1.1 * 14 + 4]);
    expect(probeOffset('bottom', [0, -2.6], 14, 2)).toEqual([0, -2.6 * 14 - 2]);
  });

  test("a box's anchor side sits on its position", () => {
    expect(anchorTranslate('left')).toEqual([0, -50]);
    expect(anchorTranslate('right')).toEqual([-100, -50]);
    expect(anchorTranslate('top')).toEqual([-50, 0]);
    expect(anchorTranslate('bottom')).toEqual([-50, -100]);
    expect(anchorTranslate('center')).toEqual([-50, -50]);
  });
});
