import { describe, expect, it } from 'vitest';
import {
  describeHashWindowProblem,
  hashWindowEntries,
  parseHashWindow,
} from '../../../src/core/time/hashWindow';
import { d } from './fixture';

const extent = { from: d('2018-10-16'), to: d('2024-01-29') };

describe('time window in the hash', () => {
  it('reads from and to', () => {
    expect(parseHashWindow('2024-01-15', '2024-01-31', extent)).toEqual({
      window: { from: d('2024-01-15'), to: d('2024-01-29') },
      problem: 'clamped',
    });
  });
  it('reads a window inside the data unchanged', () => {
    expect(parseHashWindow('2024-01-15', '2024-01-20', extent).problem).toBeNull();
  });
  it('defaults a missing end to the data end', () => {
    expect(parseHashWindow('2024-01-20', null, extent).window).toEqual({
      from: d('2024-01-20'),
      to: extent.to,
    });
  });
  it('drops an impossible date and reports it', () => {
    expect(parseHashWindow('2023-02-30', null, extent)).toEqual({
      window: null,
      problem: 'malformed',
    });
  });
  it('swaps reversed bounds', () => {
    expect(parseHashWindow('2024-01-20', '2024-01-17', extent).window).toEqual({
      from: d('2024-01-17'),
      to: d('2024-01-20'),
    });
  });
  it('writes ISO dates', () => {
    expect(hashWindowEntries({ from: d('2024-01-15'), to: d('2024-01-29') })).toEqual([
      ['from', '2024-01-15'],
      ['to', '2024-01-29'],
    ]);
  });
});

describe('hash window messages', () => {
  it('names the malformed value', () => {
    const { problem } = parseHashWindow('2024-01-15', 'soon', extent);
    expect(describeHashWindowProblem('2024-01-15', 'soon', problem, extent)).toBe(
      "The link's time window has to=soon, not a real date in the form YYYY-MM-DD; that part was ignored.",
    );
  });
  it('names the data extent for a clamped window', () => {
    const { problem } = parseHashWindow('2010-01-01', '2024-01-20', extent);
    expect(describeHashWindowProblem('2010-01-01', '2024-01-20', problem, extent)).toBe(
      "The link's time window (from=2010-01-01&to=2024-01-20) reaches beyond the data (2018-10-16 to 2024-01-29); showing the part inside it.",
    );
  });
});
