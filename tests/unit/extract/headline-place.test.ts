// A page's headline names the place its dated lead leaves out (the fifteenth try, 1 December: a
// blast "in Chaman" and picnickers "kidnapped from Quetta outskirts" were each split into an
// undated headline at the place and a dated lead with no place, both held). A lead with no place
// at all takes the headline's when they tell the same kind of event; where people were kidnapped
// from is where the abduction happened; "Quetta outskirts" is the outskirts; a provincial capital
// of half a million is no namesake. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const run = (text: string, published = '2020-03-08') =>
  extractIncidents(text, { published }, readers);

describe('the headline gives the lead its place', () => {
  it('"Blast injures eight in Chaman" over "A blast near the Levies headquarters … on Saturday"', () => {
    const list = run(
      'Blast injures eight people in Chaman\n\nA blast near the Levies headquarters took place on Saturday, injuring eight people.',
    );
    expect(list.map((p) => [p.resolved_place, p.date, p.status])).toEqual([
      ['Chaman', '2020-03-07', 'proposed'],
    ]);
  });
  it('control: with no event word in common they stay apart', () => {
    const list = run(
      'Explosion injures eight people in Chaman\n\nA blast near the Levies headquarters took place on Saturday, injuring eight people.',
    );
    expect(list.some((p) => p.resolved_place === 'Chaman' && p.date === '2020-03-07')).toBe(false);
  });
  it('control: a first line that ends in a full stop is a lead, not a headline', () => {
    const list = run(
      'A blast injured eight people in Chaman.\n\nAnother blast took place on Saturday, injuring two people.',
    );
    expect(list.some((p) => p.resolved_place === 'Chaman' && p.date === '2020-03-07')).toBe(false);
  });
  it('control: a lead with a place of its own keeps it', () => {
    const list = run(
      'Blast injures eight people in Chaman\n\nA blast in Zhob took place on Saturday, injuring eight people.',
    );
    expect(list.find((p) => p.date === '2020-03-07')?.resolved_place).toBe('Zhob');
  });
});

describe('kidnapped from a place', () => {
  it('"kidnapped … from Turbat" is at Turbat, settled', () => {
    const [p] = run('Gunmen on Saturday kidnapped six labourers from Turbat.');
    expect(p).toMatchObject({ resolved_place: 'Turbat', status: 'proposed' });
  });
  it('control: a bus "travelling from Quetta" still came from there', () => {
    const [p] = run('A bus travelling from Quetta was attacked in Mastung on Saturday.');
    expect(p?.resolved_place).toBe('Mastung');
  });
  it('"from Quetta outskirts" widens like "Quetta\'s outskirts"', () => {
    const [a] = run('Ten picnickers were kidnapped from Quetta outskirts on Saturday.');
    const [b] = run("Ten picnickers were kidnapped from Quetta's outskirts on Saturday.");
    expect(a?.uncertainty_km).toBe(b?.uncertainty_km);
    expect(a?.uncertainty_km).toBeGreaterThan(5);
  });
  it('Quetta is no namesake of a place in Punjab, which the report also names', () => {
    const [p] = run(
      'Ten picnickers were kidnapped from Quetta on Saturday. Their identity cards showed addresses in Punjab.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});
