import { describe, expect, it } from 'vitest';
import { addMonths, startOfMonth, startOfWeek } from '../../../src/core/time/calendar';
import { keyStep } from '../../../src/core/time/keyboard';
import { d } from './fixture';

const min = d('2018-10-16');
const max = d('2024-01-29');

describe('keyboard steps', () => {
  it('moves a day with the right arrow', () => {
    expect(keyStep('ArrowRight', d('2024-01-15'), min, max)).toBe(d('2024-01-16'));
  });
  it('moves a day back with the down arrow', () => {
    expect(keyStep('ArrowDown', d('2024-01-15'), min, max)).toBe(d('2024-01-14'));
  });
  it('moves a calendar month with PageUp', () => {
    expect(keyStep('PageUp', d('2023-12-20'), min, max)).toBe(d('2024-01-20'));
  });
  it('moves a calendar month back with PageDown', () => {
    expect(keyStep('PageDown', d('2024-01-20'), min, max)).toBe(d('2023-12-20'));
  });
  it('jumps to the data start with Home', () => {
    expect(keyStep('Home', d('2024-01-20'), min, max)).toBe(min);
  });
  it('jumps to the data end with End', () => {
    expect(keyStep('End', d('2020-01-20'), min, max)).toBe(max);
  });
  it('stays inside the limits', () => {
    expect(keyStep('PageUp', d('2024-01-20'), min, max)).toBe(max);
  });
  it('ignores other keys', () => {
    expect(keyStep('a', d('2024-01-20'), min, max)).toBeNull();
  });
});

describe('calendar', () => {
  it('clamps the day when a month is shorter', () => {
    expect(addMonths(d('2024-01-31'), 1)).toBe(d('2024-02-29'));
  });
  it('crosses year boundaries backwards', () => {
    expect(addMonths(d('2024-01-15'), -2)).toBe(d('2023-11-15'));
  });
  it('finds the first of the month', () => {
    expect(startOfMonth(d('2018-11-15'))).toBe(d('2018-11-01'));
  });
  it('finds the Monday of the ISO week', () => {
    expect(startOfWeek(d('2024-01-21'))).toBe(d('2024-01-15'));
  });
});
