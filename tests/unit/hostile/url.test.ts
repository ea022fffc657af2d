// Hostile links: the URL hash (`#map=…&incident=…&from=…&to=…`) and query (`?synthetic=`,
// `?style=`). Nothing may throw; every dropped part must be named by a sentence that names the key
// and says how to fix it; a link may not smuggle script or reorder the banner's text. The 30,000-key
// link is parsed in linear time by construction (one pass, a Set of keys; ignored whole past
// MAX_HASH_LENGTH): no timing is asserted. Figures: see harness.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticFromSearch } from '../../../src/core/syntheticRequest.ts';
import { formatHash, MAX_HASH_LENGTH, parseHash } from '../../../src/core/hash.ts';
import { describeHashProblems } from '../../../src/core/hashProblems.ts';
import { describeHashWindowProblem, parseHashWindow } from '../../../src/core/time/hashWindow.ts';
import { styleChoiceFromSearch } from '../../../src/map/style.ts';
import { CLEAN, family, figures, isClearLinkMessage } from './harness.ts';

const EXTENT = { from: 17_800, to: 19_750 };
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/** A hostile hash and which key its problem concerns (null: nothing should be reported). */
const HASHES: [name: string, hash: string, key: string | null][] = [
  ['30,000 keys', `#${Array.from({ length: 30_000 }, (_, i) => `k${i}=${i}`).join('&')}`, 'limit'],
  ['one 100 kB value', `#incident=${'x'.repeat(100_000)}`, 'limit'],
  ['exactly the limit', `#from=${'1'.repeat(MAX_HASH_LENGTH - 6)}`, 'from'],
  ['a lone surrogate, %-encoded (invalid UTF-8)', '#incident=%ED%A0%80', 'incident'],
  ['a broken escape in a key', '#%E0%A4%A=1&incident=ok', '%E0%A4%A'],
  [
    'a script tag as incident (well-formed: looked up, not run)',
    '#incident=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    null,
  ],
  ['map with NaN', '#map=NaN/29/61', 'map'],
  ['map with exponent', '#map=1e1/29/61', 'map'],
  ['map out of range', '#map=99/95/300', 'map'],
  ['map with an RTL override', '#map=6/29/61%E2%80%AE', 'map'],
  ['empty incident', '#incident=', 'incident'],
  ['zero-width incident', '#incident=%E2%80%8B', null],
  ['from with a zero-width space', '#from=2024-01-01%E2%80%8B', 'from'],
  ['to as a script', '#to=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'to'],
  ['from after to', '#from=2024-01-31&to=2024-01-01', null],
  ['repeated keys', '#map=5/29/61&map=6/29/61&from=2024-01-01&from=2025-01-01', null],
  ['only separators', '#&&&===&&', null],
  ['a prototype key', '#__proto__=1&constructor=2', null],
];

const tally = family('url');
afterAll(() => expect(tally.results.length).toBe(HASHES.length + QUERIES.length + 2));

/** Every sentence the banner would show for a hash (its own problems and the window's). */
function bannerOf(hash: string): string[] {
  const state = parseHash(hash);
  const get = (k: string) => state.extra.find(([key]) => key === k)?.[1] ?? null;
  const { problem } = parseHashWindow(get('from'), get('to'), EXTENT);
  const windowMessage =
    problem === 'malformed'
      ? describeHashWindowProblem(get('from'), get('to'), problem, EXTENT)
      : null;
  return [...describeHashProblems(state), ...(windowMessage ? [windowMessage] : [])];
}

describe('hostile URL hashes', () => {
  for (const [name, hash, key] of HASHES) {
    it(`${name}: no crash; ${key ? `named (${key})` : 'nothing to report'}`, () => {
      let crash = false;
      let messages: string[] = [];
      try {
        messages = bannerOf(hash);
        formatHash(parseHash(hash));
      } catch {
        crash = true;
      }
      const r = tally.record({
        name,
        crash,
        script: messages.some((m) => INVISIBLE.test(m)),
        lost: false,
        unclear:
          key === null ? messages.length > 0 : !messages.some((m) => isClearLinkMessage(m, key)),
        detail: messages.join(' | ').slice(0, 600),
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
  it('formats an id holding a lone surrogate without throwing (URIError before)', () => {
    const r = tally.record({
      name: 'formatHash with a lone surrogate id',
      crash: (() => {
        try {
          formatHash({ map: null, incident: 'acled-\udc00', extra: [['from', '\ud800']] });
          return false;
        } catch {
          return true;
        }
      })(),
      script: false,
      lost: false,
      unclear: false,
    });
    expect(figures(r)).toEqual(CLEAN);
  });
  it('a hash the app writes for a hostile id reads back as the same id', () => {
    const id = '<img src=x onerror=alert(1)> & #=/?';
    const r = tally.record({
      name: 'round trip of a hostile id',
      crash: false,
      script: false,
      lost: parseHash(formatHash({ map: null, incident: id, extra: [] })).incident !== id,
      unclear: false,
    });
    expect(figures(r)).toEqual(CLEAN);
  });
});

/** Hostile query strings: what each must give. */
const QUERIES: [name: string, search: string, check: (s: string) => boolean][] = [
  ['?synthetic=-1', '?synthetic=-1', (s) => typeof syntheticFromSearch(s) === 'string'],
  ['?synthetic=1e9', '?synthetic=1e9', (s) => typeof syntheticFromSearch(s) === 'string'],
  [
    '?synthetic=99999999999999999999',
    '?synthetic=99999999999999999999',
    (s) => typeof syntheticFromSearch(s) === 'string',
  ],
  [
    '?synthetic=<script>',
    '?synthetic=%3Cscript%3E',
    (s) => String(syntheticFromSearch(s)).includes('<script>'),
  ],
  [
    '?synthetic= of 100 kB with an RTL override',
    `?synthetic=${'9'.repeat(100_000)}%E2%80%AE`,
    (s) => String(syntheticFromSearch(s)).length < 400,
  ],
  [
    '?synthetic=10&seed=NaN',
    '?synthetic=10&seed=NaN',
    (s) => typeof syntheticFromSearch(s) === 'string',
  ],
  [
    '?style=javascript:',
    '?style=javascript:alert(1)',
    (s) => styleChoiceFromSearch(s).kind === 'offline',
  ],
  [
    '?style=data:',
    '?style=data:application/json,{}',
    (s) => styleChoiceFromSearch(s).kind === 'offline',
  ],
  ['?style=file:', '?style=file:///etc/passwd', (s) => styleChoiceFromSearch(s).kind === 'offline'],
  ['?style= relative', '?style=/evil.json', (s) => styleChoiceFromSearch(s).kind === 'offline'],
  [
    '?style= with credentials',
    '?style=https://u:p@example.org/s.json',
    (s) => styleChoiceFromSearch(s).kind === 'url',
  ],
];

describe('hostile query strings', () => {
  for (const [name, search, check] of QUERIES) {
    it(`${name}: refused or read safely`, () => {
      let ok = false;
      let crash = false;
      try {
        ok = check(search);
      } catch {
        crash = true;
      }
      const message = syntheticFromSearch(search);
      const r = tally.record({
        name,
        crash,
        script: typeof message === 'string' && INVISIBLE.test(message),
        lost: false,
        unclear: !ok,
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
});
