// Regressions from the forty-seventh real-page try (a Salam Watandar report from Paktika), on
// invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 24 July 2018: "last night" is the 23rd. */
const run = extractOn('2018-07-24');

describe('"the Taliban managed to overrun Geyani district last night"', () => {
  it('is an incident in Gayan district (it gave nothing)', () => {
    const [p] = run('The Taliban managed to overrun Geyani district last night.');
    expect(p).toMatchObject({ date: '2018-07-23', resolved_place: 'Gayan District' });
  });
  it('control: "the Taliban plan to overrun Gayan district" is no incident', () => {
    expect(run('The Taliban plan to overrun Gayan district, officials warned.')).toHaveLength(0);
  });
});
