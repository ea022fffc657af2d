// A regression from the eighty-ninth real-page try (Iran), on invented text: a lead with no place
// of its own ("… were killed Wednesday in an attack launched from inside Pakistan") and a next
// sentence saying where its victims were ("The border guards were patrolling in Mirjaveh …"): the
// lead is placed there.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2017-04-26');

describe('"The border guards were patrolling in X" after a lead with no place', () => {
  it('places the lead at X', () => {
    const ps = run(
      'Eight Iranian border guards were killed Wednesday in an attack launched from across the border, state media said. The border guards were patrolling in Mirjaveh in Sistan-Baluchestan province.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ resolved_place: 'Mīrjāveh', date: '2017-04-26' });
  });
  it('control: where they were heading is not where it happened', () => {
    const ps = run(
      'Eight Iranian border guards were killed Wednesday in an attack launched from across the border, state media said. The border guards were heading to Mirjaveh in Sistan-Baluchestan province.',
    );
    expect(ps[0]?.resolved_place).not.toBe('Mīrjāveh');
  });
});
