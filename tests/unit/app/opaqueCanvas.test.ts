import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { paintsEveryPixel } from '../../../src/map/opaqueCanvas.ts';
import { buildBasemapStyle } from '../../../src/map/style.ts';

/** A style whose only layer is `bottom`. */
const withBottom = (bottom: Record<string, unknown>): StyleSpecification =>
  ({ version: 8, sources: {}, layers: [bottom] }) as unknown as StyleSpecification;
const sea = (paint: Record<string, unknown>, rest: Record<string, unknown> = {}) =>
  withBottom({ id: 'sea', type: 'background', paint, ...rest });

describe('paintsEveryPixel', () => {
  test('the offline basemap paints every pixel (its bottom layer is an opaque sea)', () => {
    const style = buildBasemapStyle({
      countries: 'data/countries.geojson',
      areas: 'data/areas.geojson',
      border: 'data/border.geojson',
      places: 'data/places.geojson',
    });
    expect(paintsEveryPixel(style)).toBe(true);
  });

  test('opaque colours count: #rgb, #rrggbb, rgb(), a name', () => {
    for (const color of ['#abc', '#c9dbe6', 'rgb(1, 2, 3)', 'white'])
      expect(paintsEveryPixel(sea({ 'background-color': color })), color).toBe(true);
  });

  test('a colour with alpha, transparent, or an expression does not', () => {
    for (const color of ['#abcd', '#c9dbe680', 'rgba(1, 2, 3, 0.5)', 'transparent', ['get', 'x']])
      expect(paintsEveryPixel(sea({ 'background-color': color })), String(color)).toBe(false);
  });

  test('no background colour (MapLibre draws black), opacity below 1 or a pattern do not', () => {
    expect(paintsEveryPixel(sea({}))).toBe(false);
    expect(paintsEveryPixel(sea({ 'background-color': '#fff', 'background-opacity': 0.9 }))).toBe(
      false,
    );
    expect(paintsEveryPixel(sea({ 'background-color': '#fff', 'background-pattern': 'x' }))).toBe(
      false,
    );
  });

  test('a background hidden, or shown only at some zooms, does not', () => {
    const paint = { 'background-color': '#fff' };
    expect(paintsEveryPixel(sea(paint, { layout: { visibility: 'none' } }))).toBe(false);
    expect(paintsEveryPixel(sea(paint, { minzoom: 2 }))).toBe(false);
    expect(paintsEveryPixel(sea(paint, { maxzoom: 10 }))).toBe(false);
  });

  test('a bottom layer that is not a background, and a style URL, do not', () => {
    expect(paintsEveryPixel(withBottom({ id: 'l', type: 'fill', source: 's' }))).toBe(false);
    expect(paintsEveryPixel({ ...sea({}), layers: [] })).toBe(false);
    expect(paintsEveryPixel('https://example.org/style.json')).toBe(false);
  });
});
