// Regressions from the twenty-second blind try's pages (real reports, not in the repository), on
// invented sentences: the rule's case, and a control that must not change.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const run = (text: string, published: string) => extractIncidents(text, { published }, readers);

describe('a night of fighting', () => {
  it('"engaged in a confrontation with police throughout the night" is a clash of that night', () => {
    // neither "confrontation" nor "throughout the night" was read: the draft had no date
    const [p] = run(
      'Armed men were engaged in a confrontation with police forces throughout the night in Kalat district.',
      '2024-08-26',
    );
    expect(p).toMatchObject({ category: 'attack', date: '2024-08-25', date_end: '2024-08-26' });
  });
  it('control: "through the night of May 3" keeps the date it names', () => {
    const [p] = run(
      'Gunmen clashed with police through the night of May 3 in Kalat district.',
      '2024-05-06',
    );
    expect(p?.date).toBe('2024-05-03');
  });
});

describe('an explosion at work', () => {
  it('"a coal mine explosion killed twelve miners" is an accident, not an attack', () => {
    expect(
      run('A coal mine explosion killed twelve miners in Harnai on Monday.', '2023-02-07'),
    ).toEqual([]);
  });
  it('control: "gunmen killed eleven coal miners" is an attack', () => {
    const [p] = run('Gunmen killed eleven coal miners in Mach on Monday.', '2023-02-07');
    expect(p?.category).toBe('attack');
  });
  it('control: "a mine blast killed two children" (a landmine) is an attack', () => {
    const [p] = run('A mine blast killed two children in Kunar on Monday.', '2023-02-07');
    expect(p?.category).toBe('attack');
  });
});

describe('a division named as one says which namesake is meant', () => {
  it('"near Pishin in Sarbaz county" is the Iranian Pishin, settled', () => {
    // the Pakistani Pishin, 711 km off, was read and then held as a namesake
    const [p] = run(
      'Two border guards were shot dead near Pishin in Sarbaz county on Sunday.',
      '2023-03-06',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Pīshīn', country: 'IR' });
  });
  it('control: "in Pishin" alone is still the Pakistani town', () => {
    const [p] = run('Two policemen were shot dead in Pishin on Sunday.', '2023-03-06');
    expect(p?.country).toBe('PK');
  });
});
