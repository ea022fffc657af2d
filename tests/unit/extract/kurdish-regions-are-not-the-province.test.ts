// Regression (hundred-and-fifteenth try): "Iranian Kurdistan" (four provinces) and "Iraqi
// Kurdistan" (abroad) are not Iran's Kurdistan province; read so, a Guard killed "in Iranian
// Kurdistan … near the border with Iraqi Kurdistan" was held 188 km from Piranshahr, the town the
// next sentence names.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 27 August 2019. */
const run = extractOn('2019-08-27');

describe('Kurdistan the region is no province', () => {
  it('"in Iranian Kurdistan … near the border with Iraqi Kurdistan", then Piranshahr', () => {
    const [p] = run(
      'A member of the Revolutionary Guards was killed in Iranian Kurdistan near the border with Iraqi Kurdistan on Monday, Fars reported.\nThe Guards member was assassinated in the town of Piranshahr, Fars said.',
    );
    expect(p).toMatchObject({ resolved_place: 'Piranshahr', status: 'proposed' });
  });
  it('"the Kurdistan Region" names no place', () => {
    const [p] = run('Iranian drones struck a camp in the Kurdistan Region on Monday, killing two.');
    expect(p?.place).toBeNull();
  });
  it('"the Koma Civaken Kurdistan (KCK)" is an organisation, no place', () => {
    const [p] = run(
      'Fighters of the Koma Civaken Kurdistan attacked a post on Monday, killing two.',
    );
    expect(p?.place).toBeNull();
  });
  it('control: "in Iran\'s Kurdistan province" is the province', () => {
    const [p] = run("Two guards were killed in Iran's Kurdistan province on Monday.");
    expect(p?.resolved_place).toBe('Kurdistan');
  });
});
