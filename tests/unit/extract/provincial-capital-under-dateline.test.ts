// A regression from the ninety-sixth real-page try (Pakistan), on invented text: under a
// provincial capital's dateline ("QUETTA -"), "the provincial capital" with no province named is
// that city, as "here" is; a dateline city that is no provincial capital is not.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2019-08-07');

describe('"a blast at Mission Chowk area of the provincial capital on Tuesday"', () => {
  it('under "QUETTA -" is placed at Quetta', () => {
    const [p] = run(
      'QUETTA - Three people died in a blast at Mission Chowk area of the provincial capital on Tuesday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', date: '2019-08-06', status: 'proposed' });
  });
  it('control: under "KHAR -" (no provincial capital) it names no place', () => {
    const [p] = run(
      'KHAR - Three people died in a blast at a market of the provincial capital on Tuesday.',
    );
    expect(p?.resolved_place).toBeNull();
  });
  it('control: "the provincial capital of Helmand" names its own capital', () => {
    const [p] = run(
      'QUETTA - Three people died in a blast in the provincial capital of Helmand on Tuesday.',
    );
    expect(p?.resolved_place).toBe('Lashkar Gāh');
  });
});
