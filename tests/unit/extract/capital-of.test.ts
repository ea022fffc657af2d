// "the capital of Nimroz province", "Helmand's provincial capital": the capital town, not the
// province (placeCapital.ts), and "captured the capital of …" is a takeover. From the
// twenty-eighth try: "Taliban on Friday captured the capital of Nimroz province" had no proposal.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2021-08-07' }, readers)[0];

describe('the capital of a province or country is its capital town', () => {
  it('"captured the capital of Nimroz province" is an attack at Zaranj', () => {
    const p = first('Taliban on Friday captured the capital of Nimroz province.');
    expect(p).toMatchObject({ category: 'attack', resolved_place: 'Zaranj', status: 'proposed' });
    expect(p?.place).toBe('the capital of Nimroz province');
  });
  it('"the provincial capital of Paktika" is Sharan', () => {
    const p = first('Gunmen attacked a post in the provincial capital of Paktika on Monday.');
    expect(p?.resolved_place).toBe('Sharan');
  });
  it('"Helmand\'s provincial capital" is Lashkar Gah', () => {
    const p = first("A bomb exploded in Helmand's provincial capital on Monday.");
    expect(p).toMatchObject({ resolved_place: 'Lashkar Gāh', status: 'proposed' });
  });
  it('"Afghanistan\'s capital" is Kabul', () => {
    expect(first("A bomb exploded in Afghanistan's capital on Monday.")?.resolved_place).toBe(
      'Kabul',
    );
  });
  it('control: "the capital of Kech district" stays the district, for review', () => {
    const p = first('Gunmen attacked a post in the capital of Kech district on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Kech District', status: 'needs_review' });
  });
  it('control: "Helmand province" alone stays the province, for review', () => {
    const p = first('A bomb exploded in Helmand province on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Helmand', status: 'needs_review' });
  });
  it('"in the Afghan capital" is Kabul', () => {
    const p = first('Two blasts rocked the Afghan capital on Monday, killing five.');
    expect(p).toMatchObject({ resolved_place: 'Kabul', place: 'the Afghan capital' });
  });
  it('"The Iranian capital condemned …" stands for the government, as "Tehran condemned" does', () => {
    const p = first(
      'The Iranian capital condemned the attack on Monday in which gunmen killed two guards in Saravan.',
    );
    expect(p).toMatchObject({ resolved_place: 'Sarāvān', status: 'proposed' });
  });
});
