import { describe, expect, test } from 'vitest';
import { formatHash, MAX_HASH_LENGTH, parseHash } from '../../../src/core/hash.ts';
import {
  describeHashProblems,
  describeUnknownIncident,
  showValue,
} from '../../../src/core/hashProblems.ts';

describe('parseHash records what it drops', () => {
  test('a well-formed hash has no rejections', () => {
    expect(parseHash('#map=6/29/61&incident=a&from=2024-01-01').rejected).toBeUndefined();
  });
  test('a malformed and an out-of-range view, with their raw values', () => {
    expect(parseHash('#map=abc&map=30/29/61').rejected).toEqual([
      { key: 'map', value: 'abc', reason: 'malformed' },
      { key: 'map', value: '30/29/61', reason: 'out-of-range' },
    ]);
  });
  test('an empty and an overlong incident id', () => {
    const long = 'x'.repeat(201);
    expect(parseHash(`#incident=&incident=${long}`).rejected?.map((r) => r.reason)).toEqual([
      'empty',
      'overlong',
    ]);
  });
  test('a broken escape keeps its raw text', () => {
    expect(parseHash('#incident=%E0%A4%A').rejected).toEqual([
      { key: 'incident', value: 'incident=%E0%A4%A', reason: 'bad-escape' },
    ]);
  });
  test(`a hash over ${MAX_HASH_LENGTH} characters is ignored whole`, () => {
    const hash = `#incident=a&${'k=v&'.repeat(MAX_HASH_LENGTH / 4)}`;
    const s = parseHash(hash);
    expect([s.incident, s.extra.length, s.rejected?.[0]?.reason]).toEqual([null, 0, 'too-long']);
  });
  test(`a hash of exactly ${MAX_HASH_LENGTH} characters is read`, () => {
    const hash = `#incident=${'a'.repeat(MAX_HASH_LENGTH - '#incident='.length)}`;
    expect(parseHash(hash).rejected?.[0]?.reason).toBe('overlong');
  });
  test('keeps the first of repeated other keys, each once, in order', () => {
    expect(parseHash('#b=1&a=2&b=3&c=4&a=5').extra).toEqual([
      ['b', '1'],
      ['a', '2'],
      ['c', '4'],
    ]);
  });
});

describe('describeHashProblems', () => {
  test('names key, value and the form of a map view', () => {
    expect(describeHashProblems(parseHash('#map=6/abc/61'))).toEqual([
      "The link's map=6/abc/61 was ignored: a map view is written map=zoom/lat/lon, e.g. map=6/29.5/61.5.",
    ]);
  });
  test('names the ranges of an out-of-range view', () => {
    expect(describeHashProblems(parseHash('#map=5/89/61'))[0]).toBe(
      "The link's map=5/89/61 was ignored: the zoom must be 0–24, the latitude −85.05 to 85.05 and the longitude −180 to 180, e.g. map=6/29.5/61.5.",
    );
  });
  test('an empty incident says how to fix it', () => {
    expect(describeHashProblems(parseHash('#incident=%20'))[0]).toBe(
      "The link's incident=  was ignored: it names no incident; add the incident's id or remove incident=.",
    );
  });
  test('an overlong incident names the limit and cuts the value', () => {
    const [m] = describeHashProblems(parseHash(`#incident=${'y'.repeat(500)}`));
    expect(m).toBe(
      `The link's incident=${'y'.repeat(60)}… was ignored: an incident id is at most 200 characters; copy the link again from the app.`,
    );
  });
  test('a long hash names the cap', () => {
    expect(describeHashProblems(parseHash(`#${'a=1&'.repeat(30_000)}`))).toEqual([
      'The link was ignored: the part after # is longer than the limit of 2,048 characters, so the app did not write it; copy a fresh link from the app.',
    ]);
  });
  test('an unknown incident id', () => {
    expect(describeUnknownIncident('acled-XYZ1')).toBe(
      "The link's incident=acled-XYZ1 was ignored: no incident in this dataset has that id; it may belong to other data, or the link was cut.",
    );
  });
});

describe('showValue', () => {
  test('shows a right-to-left override instead of obeying it', () => {
    expect(showValue('abc\u202Egpj.exe')).toBe('abc\\u{202E}gpj.exe');
  });
  test('shows zero-width characters', () => {
    expect(showValue('a\u200Bb')).toBe('a\\u{200B}b');
  });
  test('never cuts a surrogate pair in half', () => {
    const v = `${'a'.repeat(59)}😀😀`;
    expect(showValue(v)).toBe(`${'a'.repeat(59)}😀…`);
  });
});

describe('formatHash with ids from data', () => {
  test('a lone surrogate in an id does not throw; it is written as U+FFFD', () => {
    const hash = formatHash({ map: null, incident: 'acled-\uD800x', extra: [] });
    expect(hash).toBe('#incident=acled-%EF%BF%BDx');
  });
  test('a well-formed astral character is kept', () => {
    expect(parseHash(formatHash({ map: null, incident: 'a😀', extra: [] })).incident).toBe('a😀');
  });
});
