import { describe, expect, it } from 'vitest';
import { dayToIso } from '../../../src/core/days';
import { formatWindow } from '../../../src/core/time/format';
import { nextIncidentDay, prevIncidentDay, stepTarget } from '../../../src/core/time/stepping';
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

describe('step targets (Next › and ‹ Prev)', () => {
  const extent = { from: starts[0]!, to: d('2024-01-29') };
  const week = { from: d('2018-11-09'), to: d('2018-11-15') };
  it('a narrow window steps to the next incident date after its end', () => {
    const t = stepTarget({ starts, window: week, extent, selected: null }, 1);
    expect(dayToIso(t!)).toBe('2024-01-17');
  });
  it('a whole-data window narrows to the first incident going forward', () => {
    expect(stepTarget({ starts, window: extent, extent, selected: null }, 1)).toBe(starts[0]);
  });
  it('a whole-data window narrows to the last incident going back', () => {
    const t = stepTarget({ starts, window: extent, extent, selected: null }, -1);
    expect(t).toBe(starts[starts.length - 1]);
  });
  it('a whole-data window narrows to the selection when it lies in the data', () => {
    const selected = { from: d('2024-01-18'), to: d('2024-01-18') };
    expect(stepTarget({ starts, window: extent, extent, selected }, 1)).toBe(selected.from);
  });
  it('no incidents: no target', () => {
    const none = new Int32Array(0);
    expect(stepTarget({ starts: none, window: extent, extent, selected: null }, 1)).toBeNull();
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
