// Words broken at a printed line's end and pasted with their hyphen ("Cha- man", "De- cember"):
// a sixteenth-blind-try page from a print edition was read with no place and no date. The
// extractor reads them whole; what it quotes stays the article's own words.
import { describe, expect, it } from 'vitest';
import { mendBrokenWords } from '../../../src/core/extract/brokenWords.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-03-12');

describe('mending broken words', () => {
  it('"Tur- bat" is read as "Turbat", the copy as long as the article', () => {
    const text = 'Gunmen killed two men in Tur- bat on Sunday.';
    const m = mendBrokenWords(text);
    expect(m.text).toBe('Gunmen killed two men in Turbat   on Sunday.');
    expect(m.text.length).toBe(text.length);
  });
  it('a break across lines keeps one line break', () => {
    expect(mendBrokenWords('in Tur-\nbat on Sunday').text).toBe('in Turbat\n  on Sunday');
  });
  it.each(['Inter-Services Public Relations', 'cross-border fire', 'Iran- and Pakistan-based'])(
    'a hyphen of the words themselves stays: %j',
    (text) => {
      expect(mendBrokenWords(text).text).toBe(text);
    },
  );
});

describe('the extractor on broken words', () => {
  it('a broken town is the place, quoted as written', () => {
    const text = 'Gunmen killed two policemen in Tur- bat on Sunday, officials said.';
    const [p] = run(text);
    expect(p?.resolved_place).toBe('Turbat');
    expect(p?.place).toBe('Tur- bat');
    expect(text.slice(p?.place_span?.start, p?.place_span?.end)).toBe('Tur- bat');
    expect(p?.excerpt).toBe(text);
  });
  it('a broken month still dates the event, quoted as written', () => {
    const text = 'Militants attacked a checkpost in Turbat on Feb- ruary 11, killing two soldiers.';
    const [p] = run(text);
    expect(p?.date).toBe('2024-02-11');
    expect(p?.date_basis).toContain('Feb- ruary 11');
    expect(text.slice(p?.date_span?.start, p?.date_span?.end)).toBe(p?.date_basis);
  });
});
