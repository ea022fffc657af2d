import { describe, expect, it, test } from 'vitest';
import {
  articleSourceText,
  borderText,
  crossBorderText,
  datePrecisionText,
  dateText,
  placePrecisionText,
  regionText,
} from '../../../src/core/describe.ts';

describe('describe', () => {
  test('a range shows both ends', () => {
    expect(dateText({ date: '2018-10-16', date_end: '2018-11-15' })).toBe(
      '2018-10-16 – 2018-11-15',
    );
    expect(dateText({ date: '2018-10-16' })).toBe('2018-10-16');
  });

  test('a border-level place says it lies anywhere along the highlighted border', () => {
    expect(
      placePrecisionText({ place_precision: 'border', border_line: 'IR-PK', uncertainty_km: 409 }),
    ).toBe('on the border: anywhere along the highlighted stretch of border');
  });

  test('approximate dates say so', () => {
    expect(datePrecisionText({ date_precision: 'approximate' })).toBe('approximate day');
  });

  test('coarse places say how coarse', () => {
    expect(placePrecisionText({ place_precision: 'county', uncertainty_km: 40 })).toBe(
      'county level, within about 40 km',
    );
    expect(placePrecisionText({ place_precision: 'province', area: 'PK-BA' })).toContain(
      'anywhere in the outlined area',
    );
  });

  test('region and border distance', () => {
    expect(regionText({ admin1: 'Balochistan', country: 'PK' })).toBe('Balochistan, Pakistan');
    expect(regionText({ admin1: null, country: 'IR' })).toBe('Iran');
    expect(borderText({ border_km: 11.2 })).toBe('11.2 km from the Iran–Pakistan border');
    expect(borderText({ border_km: null })).toBeNull();
  });

  test('the Iran–Pakistan border distance is left out far from that border (Torkham, Kabul)', () => {
    expect(borderText({ border_km: 250 })).toBe('250 km from the Iran–Pakistan border');
    expect(borderText({ border_km: 912.4 })).toBeNull();
  });

  test('cross-border actions name both sides without repeating a country', () => {
    expect(crossBorderText({ origin: 'IR', target: 'PK', origin_place: 'Tehran' })).toBe(
      'from Tehran (Iran) into Pakistan',
    );
    expect(crossBorderText({ origin: 'PK', target: 'IR', origin_place: 'Pakistan' })).toBe(
      'from Pakistan into Iran',
    );
    expect(crossBorderText({})).toBeNull();
  });
});

describe('articleSourceText', () => {
  it('quotes a known headline with its outlet and date', () => {
    expect(articleSourceText({ title: 'Strikes', outlet: 'Dawn', published: '2024-01-18' })).toBe(
      '“Strikes”, Dawn, published 2024-01-18',
    );
  });
  it('says when the headline is not recorded and the outlet is not named (regression: "Untitled article")', () => {
    expect(articleSourceText({ title: null, outlet: 'unknown', published: '2024-01-29' })).toBe(
      'Outlet not named in the text (headline not recorded), published 2024-01-29',
    );
  });
});
