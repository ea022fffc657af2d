// Regressions from the twenty-eighth real-page try, on invented sentences. "Quetta/ISLAMABAD - "
// is a dateline of two cities filed together (dateline.ts); "the Loralai Police Lines" is a
// building of the town, so an article that speaks of "Loralai District" elsewhere does not make
// it the district (placeDistrictMeant.ts). The attack had been held at Quetta, 155 km off.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2019-06-27');
const LATER = '\n\nEarlier, in January, four officials were killed in Loralai District.';

describe('two cities filed together in mixed case', () => {
  it('"Quetta/ISLAMABAD - " is a dateline naming both', () => {
    expect(findDateline('Quetta/ISLAMABAD - Two bombers were shot dead.', null)?.place).toBe(
      'Quetta/ISLAMABAD',
    );
  });
  it('control: "He said and/or - no" is no dateline', () => {
    expect(findDateline('He said and/or - no.', null)).toBeNull();
  });
});

describe('a building of a town named with it is the town', () => {
  it('"an attack at the Loralai Police Lines" stays the town though "Loralai District" is named', () => {
    const [p] = run(`Police repulsed an attack at the Loralai Police Lines on Wednesday.${LATER}`);
    expect(p).toMatchObject({ place_precision: 'town', status: 'proposed' });
  });
  it('"target Police Lines Loralai" (the South Asian order) is the town too', () => {
    const [p] = run(`Three bombers attacked Police Lines Loralai on Wednesday.${LATER}`);
    expect(p?.place_precision).toBe('town');
  });
  it('control: a bare "in Loralai" with "Loralai District" named is the district', () => {
    const [p] = run(`Three bombers attacked a post in Loralai on Wednesday.${LATER}`);
    expect(p?.place_precision).toBe('county');
  });
});

describe('a border regiment is Iranian', () => {
  it('"in Zabul Border Regiment" is Zabol county, not the Afghan province Zabul', () => {
    const [p] = run(
      'Three border guards were injured on Tuesday in a clash in Zabul Border Regiment.',
    );
    expect(p).toMatchObject({ resolved_place: 'Zabol County', country: 'IR' });
  });
});
