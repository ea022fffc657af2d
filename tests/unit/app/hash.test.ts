import { describe, expect, test } from 'vitest';
import { formatHash, parseHash, parseView } from '../../../src/core/hash.ts';

describe('parseHash', () => {
  test('reads map (zoom/lat/lon) and incident', () => {
    expect(parseHash('#map=6.5/29.03/61.44&incident=2018-mirjaveh-abduction')).toEqual({
      map: { zoom: 6.5, lat: 29.03, lon: 61.44 },
      incident: '2018-mirjaveh-abduction',
      extra: [],
    });
  });

  test('works without the leading #', () => {
    expect(parseHash('incident=a').incident).toBe('a');
  });

  test('an empty hash gives nothing', () => {
    expect(parseHash('')).toEqual({ map: null, incident: null, extra: [] });
    expect(parseHash('#')).toEqual({ map: null, incident: null, extra: [] });
  });

  test('keeps unknown keys, in order, for other features', () => {
    expect(parseHash('#from=2018-10-01&map=5/30/60&to=2018-12-31').extra).toEqual([
      ['from', '2018-10-01'],
      ['to', '2018-12-31'],
    ]);
  });

  test('decodes a percent-encoded incident id', () => {
    expect(parseHash('#incident=a%20b%2Fc').incident).toBe('a b/c');
  });

  test.each([
    ['zoom out of range', '#map=25/29/61'],
    ['negative zoom', '#map=-1/29/61'],
    ['latitude beyond Web Mercator', '#map=5/86/61'],
    ['latitude below -90', '#map=5/-91/61'],
    ['longitude beyond 180', '#map=5/29/181'],
    ['not a number', '#map=5/abc/61'],
    ['Infinity', '#map=Infinity/29/61'],
    ['NaN', '#map=NaN/29/61'],
    ['hex', '#map=0x5/29/61'],
    ['too few parts', '#map=5/29'],
    ['too many parts', '#map=5/29/61/4'],
    ['empty parts', '#map=//'],
    ['exponent', '#map=1e1/29/61'],
  ])('ignores a malformed map value (%s)', (_name, hash) => {
    expect(parseHash(hash).map).toBeNull();
  });

  test('accepts the extremes of each range', () => {
    expect(parseView('0/-85.051129/-180')).toEqual({ zoom: 0, lat: -85.051129, lon: -180 });
    expect(parseView('24/85.051129/180')).toEqual({ zoom: 24, lat: 85.051129, lon: 180 });
  });

  test('keeps the good keys of a partly broken hash', () => {
    const s = parseHash('#map=99/x/1&incident=ok&%E0%A4%A=1&=novalue&junk');
    expect(s.map).toBeNull();
    expect(s.incident).toBe('ok');
    expect(s.extra).toEqual([['junk', '']]);
  });

  test('ignores an empty, blank or overlong incident id', () => {
    expect(parseHash('#incident=').incident).toBeNull();
    expect(parseHash('#incident=%20%20').incident).toBeNull();
    expect(parseHash(`#incident=${'x'.repeat(201)}`).incident).toBeNull();
  });

  test('never throws on hostile input', () => {
    for (const h of ['#%', '#%%%', '#&&&&', '#map=%E0', '#incident=%ZZ', '#==', '#map']) {
      expect(() => parseHash(h)).not.toThrow();
    }
  });
});

describe('formatHash', () => {
  test('writes map first, then incident, then the other keys', () => {
    expect(
      formatHash({
        map: { zoom: 6.123456, lat: 29.0312345, lon: 61.4412345 },
        incident: '2018-mirjaveh-abduction',
        extra: [['from', '2018-10-01']],
      }),
    ).toBe('#map=6.12/29.0312/61.4412&incident=2018-mirjaveh-abduction&from=2018-10-01');
  });

  test('is empty when there is nothing to keep', () => {
    expect(formatHash({ map: null, incident: null, extra: [] })).toBe('');
  });

  test('round-trips through parseHash', () => {
    const state = {
      map: { zoom: 5, lat: -12.5, lon: 100.25 },
      incident: 'id with space & amp',
      extra: [['to', '2024-01-31']] as [string, string][],
    };
    expect(parseHash(formatHash(state))).toEqual(state);
  });
});
