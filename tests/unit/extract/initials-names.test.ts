// Pakistani towns news write with initials: "D.I. Khan" (Dera Ismail Khan), "D. G. Khan" (Dera
// Ghazi Khan). The sentence had been cut after "D.I." and the place lost (a leftover of the tenth
// real-page try). Invented sentences.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-11-24');
const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('a town written with initials', () => {
  it('"D.I. Khan" does not end a sentence', () => {
    expect(cut('Gunmen attacked a post in D.I. Khan on Monday. Two died.')).toEqual([
      'Gunmen attacked a post in D.I. Khan on Monday.',
      'Two died.',
    ]);
  });
  it('"in D.I. Khan" is Dera Ismail Khan, as the full name is', () => {
    const [p] = run('Gunmen attacked a police post in D.I. Khan on Monday, killing two policemen.');
    expect(p).toMatchObject({ place: 'D.I. Khan', resolved_place: 'Dera Ismail Khan' });
    expect(p?.uncertainty_km).toBe(5);
  });
  it('"in D. G. Khan", with spaces, is Dera Ghazi Khan', () => {
    const [p] = run(
      'Gunmen attacked a police post in D. G. Khan on Monday, killing two policemen.',
    );
    expect(p?.resolved_place).toBe('Dera Ghazi Khan');
  });
  it.each([
    ['D.M. Jamali', 'Dera Murad Jamali'],
    ['T.T. Singh', 'Toba Tek Singh'],
    ['R.Y. Khan', 'Rahim Yar Khan'],
  ])('"in %s" is %s, and the date stays (a sweep of initials)', (written, town) => {
    const [p] = run(`Gunmen attacked a police post in ${written} on Monday, killing two.`);
    expect(p).toMatchObject({ resolved_place: town, date: '2024-11-18' });
  });
  it('control: a full stop after a word of two letters still ends a sentence', () => {
    expect(cut('Gunmen attacked a post in Tank on Monday. Khan said two died.')).toEqual([
      'Gunmen attacked a post in Tank on Monday.',
      'Khan said two died.',
    ]);
  });
});
