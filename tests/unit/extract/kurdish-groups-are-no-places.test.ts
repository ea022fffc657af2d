// Regression (hundred-and-eleventh try): "fighters … from the outlawed Kurdistan Workers' Party
// (PKK)" named an armed group, which had been read as Iran's Kurdistan province (a clash near Maku,
// 450 km off). Iranian Kurdish groups and the Kurdistan 24 outlet are organisations, never places.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 7 August 2019. */
const run = extractOn('2019-08-07');

describe('Kurdish armed groups and outlets are actors, not places', () => {
  for (const group of [
    "the outlawed Kurdistan Workers' Party (PKK)",
    'the Kurdistan Free Life Party (PJAK)',
    'the Kurdistan Democratic Party of Iran',
  ]) {
    it(`"${group}" places nothing`, () => {
      const [p] = run(
        `Two Iranian troops were killed on Tuesday in clashes with fighters of ${group}.`,
      );
      expect(p?.place).toBeNull();
    });
  }
  it('"ERBIL (Kurdistan 24) –" is a dateline, and the province is no place of the clash', () => {
    const [p] = run(
      'ERBIL (Kurdistan 24) – Two Iranian troops were killed in clashes on Tuesday with fighters near the Turkish border.',
    );
    expect(p?.place).toBeNull();
  });
  it('control: "in Kurdistan province" is still the province', () => {
    const [p] = run('Two Iranian troops were killed in clashes on Tuesday in Kurdistan province.');
    expect(p?.resolved_place).toBe('Kurdistan');
  });
});
