// Regressions from the hundred-and-twelfth to hundred-and-fifteenth real-page tries (Balochistan,
// Khyber Pakhtunkhwa and Iran's Kurdish border), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 20 October 2025: Saturday is the 18th. */
const run = extractOn('2025-10-20');

describe('dates in a clause a report verb brings in', () => {
  it('"stated that on October 17, the operatives ambushed …" dates the ambush', () => {
    const [p] = run(
      "The group's spokesman stated that on October 17, the group's operatives ambushed an infantry patrol in Mastung.",
    );
    expect(p).toMatchObject({ date: '2025-10-17', status: 'proposed' });
  });
  it('"added that … opened unprovoked firing … on Saturday" dates the firing', () => {
    const [p] = run(
      'The sources added that Afghan forces opened unprovoked firing with heavy weapons on Saturday at a post in Chaman.',
    );
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toMatch(/dates a statement/);
  });
});

describe('a step written with its date', () => {
  it('"A day earlier, on October 16," is the 16th, unquestioned', () => {
    const found = run(
      'Fighters ambushed a patrol in Mastung on October 17, the group said on Sunday. A day earlier, on October 16, fighters overran a Levies checkpoint in Surab.',
    );
    expect(found[1]).toMatchObject({ date: '2025-10-16', status: 'proposed' });
  });
});

describe('news spellings', () => {
  it('"Gawadar" is Gwadar, no typo', () => {
    const [p] = run('A car bomb killed three engineers in Gawadar in Balochistan on Saturday.');
    expect(p?.resolved_place).toBe('Gwadar');
    expect(p?.reasons.map((r) => r.code)).not.toContain('typo_match');
  });
  it('"Orumieh" is Orūmīyeh, no typo', () => {
    const [p] = run(
      'Clashes took place near the city of Orumieh in Iran on Saturday, killing two.',
    );
    expect(p).toMatchObject({ resolved_place: 'Orūmīyeh', status: 'proposed' });
  });
  it('"Garamsir district" is Garmsir District of Helmand', () => {
    const [p] = run('Militants attacked checkposts in Garamsir district of Helmand on Saturday.');
    expect(p?.resolved_place).toBe('Garmsir District');
  });
  it('"the Party of Free Life of Kurdistan (PJAK)" names no place', () => {
    const [p] = run(
      'Two guards were killed on Saturday in clashes with the Party of Free Life of Kurdistan (PJAK).',
    );
    expect(p?.place).toBeNull();
  });
});

describe('a quote and its speaker', () => {
  it('""… was martyred during clashes last night," the commander told Mehr News" is proposed for review', () => {
    const found = run(
      '"One of the personnel of the Urmia border unit was martyred during clashes with villains last night," the border guards commander told Mehr News.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2025-10-19');
  });
  it('control: a quote that plans ("we will attack them tomorrow") is no incident', () => {
    const found = run(
      '"We will attack their posts in Mastung tomorrow," the commander told reporters.',
    );
    expect(found).toHaveLength(0);
  });
});
