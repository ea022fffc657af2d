import { describe, expect, test } from 'vitest';
import {
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
