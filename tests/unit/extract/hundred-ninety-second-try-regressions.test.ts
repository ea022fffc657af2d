// Regressions from stop 42: holds left from earlier tries and the hundred-and-ninety-second to
// hundred-and-ninety-seventh real-page tries, on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a person "seized" by gunmen is an abduction', () => {
  it('"gunmen seized a local official in Saravan" is an abduction at Saravan', () => {
    const [p] = run('Gunmen seized a local official in Saravan on Sunday, police said.');
    expect(p).toMatchObject({
      status: 'proposed',
      category: 'abduction',
      resolved_place: 'Sarāvān',
      date: '2019-08-18',
    });
  });
  it('"captured two engineers" is an abduction', () => {
    const [p] = run('Militants captured two engineers near Turbat on Sunday.');
    expect(p).toMatchObject({ category: 'abduction' });
  });
  it('control: "police seized a man" is no abduction', () => {
    const ps = run('Police seized a man with explosives in Quetta on Sunday.');
    expect(ps.find((p) => p.category === 'abduction')).toBeUndefined();
  });
  it('control: "seized the official\'s car" is no abduction', () => {
    const ps = run("Gunmen seized the official's car in Quetta on Sunday.");
    expect(ps.find((p) => p.category === 'abduction')).toBeUndefined();
  });
});

describe('an official who is the victim is no source seat', () => {
  it('"shot dead a government official in Turbat" is proposed at Turbat', () => {
    const [p] = run('Gunmen shot dead a government official in Turbat on Sunday, police said.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat' });
  });
  it('"killed three officials in Mastung" is proposed at Mastung', () => {
    const [p] = run('Militants killed three officials in Mastung on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Mastung' });
  });
  it('control: "an official in Turbat said" is where the source speaks', () => {
    const [p] = run('A roadside bomb killed two soldiers on Sunday, an official in Turbat said.');
    expect(p?.status === 'proposed' && p.resolved_place === 'Turbat').toBe(false);
  });
});
