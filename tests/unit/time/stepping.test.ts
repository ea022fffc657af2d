import { describe, expect, it } from 'vitest';
import { dayToIso } from '../../../src/core/days';
import { formatWindow } from '../../../src/core/time/format';
import { nextIncidentDay, prevIncidentDay } from '../../../src/core/time/stepping';
import { d, seedStore } from './fixture';

const starts = seedStore().start;

describe('incident stepping', () => {
  it('steps to the next incident date across the five-year gap', () => {
    expect(dayToIso(nextIncidentDay(starts, d('2018-11-15'))!)).toBe('2024-01-17');
  });
  it('steps to the previous incident date', () => {
    expect(dayToIso(prevIncidentDay(starts, d('2024-01-26'))!)).toBe('2024-01-19');
  });
  it('has no next incident after the last one', () => {
    expect(nextIncidentDay(starts, d('2024-01-29'))).toBeNull();
  });
  it('has no previous incident before the first one', () => {
    expect(prevIncidentDay(starts, d('2018-10-16'))).toBeNull();
  });
});

describe('window labels', () => {
  it('writes a window as ISO dates', () => {
    expect(formatWindow({ from: d('2024-01-15'), to: d('2024-01-31') })).toBe(
      '2024-01-15 – 2024-01-31',
    );
  });
  it('writes a one-day window as one date', () => {
    expect(formatWindow({ from: d('2024-01-15'), to: d('2024-01-15') })).toBe('2024-01-15');
  });
});
