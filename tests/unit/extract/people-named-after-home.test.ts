// "Two Quetta residents were killed in an attack in Mastung": people named after their home
// town are no scene while the sentence names another place (from the forty-third try's
// leftovers, on invented sentences, with controls).
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 10 March 2026: Sunday is the 8th. */
const run = extractOn('2026-03-10');

describe('a town before "residents" is their home, not the scene', () => {
  it('"Two Quetta residents were killed in an attack in Mastung" is in Mastung', () => {
    // it had been held at Quetta (the first place of the sentence), 50 km from Mastung
    const [p] = run('Two Quetta residents were killed in an attack in Mastung on Sunday.');
    expect(p?.resolved_place).toBe('Mastung');
  });
  it('"a Zahedan native was shot dead in Saravan" is in Saravan', () => {
    const [p] = run('A Zahedan native was shot dead by gunmen in Saravan on Sunday.');
    expect(p?.resolved_place).toMatch(/^Sar[aā]v[aā]n$/);
  });
  it('with no other place, "Kabul residents" is held and says why', () => {
    const [p] = run('Two Kabul residents were killed in an attack on Sunday, police said.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/where someone comes from/);
  });
  it('control: "residents said" after the scene keeps the scene', () => {
    const [p] = run('Gunmen killed two shopkeepers in Chaman on Sunday, residents said.');
    expect(p).toMatchObject({ resolved_place: 'Chaman', status: 'proposed' });
  });
});
