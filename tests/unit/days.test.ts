import { describe, expect, it } from 'vitest';
import { dayToIso, isIsoDate, isoToDay } from '../../src/core/days';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoToDay('1970-01-02')).toBe(1);
  });
  it('round-trips an ISO date', () => {
    expect(dayToIso(isoToDay('2024-01-18'))).toBe('2024-01-18');
  });
  it('rejects an impossible date', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
  it('rejects a malformed date', () => {
    expect(() => isoToDay('18 January 2024')).toThrow(/ISO date/);
  });
});
