import { describe, expect, test } from 'vitest';
import {
  activeIndex,
  incidentListboxAttributes,
  incidentOptionId,
  listboxKey,
} from '../../../src/components/list/listbox.ts';

describe('listboxKey', () => {
  test('arrows move by one and stop at the ends', () => {
    expect(listboxKey('ArrowDown', 1, 5)).toEqual({ kind: 'move', index: 2 });
    expect(listboxKey('ArrowUp', 1, 5)).toEqual({ kind: 'move', index: 0 });
    expect(listboxKey('ArrowDown', 4, 5)).toEqual({ kind: 'move', index: 4 });
    expect(listboxKey('ArrowUp', 0, 5)).toEqual({ kind: 'move', index: 0 });
  });

  test('with no active option, ArrowDown goes to the first', () => {
    expect(listboxKey('ArrowDown', -1, 5)).toEqual({ kind: 'move', index: 0 });
  });

  test('Home and End go to the ends', () => {
    expect(listboxKey('Home', 3, 5)).toEqual({ kind: 'move', index: 0 });
    expect(listboxKey('End', 1, 5)).toEqual({ kind: 'move', index: 4 });
  });

  test('PageDown and PageUp move by the page size and stop at the ends', () => {
    expect(listboxKey('PageDown', 2, 100, 10)).toEqual({ kind: 'move', index: 12 });
    expect(listboxKey('PageUp', 12, 100, 10)).toEqual({ kind: 'move', index: 2 });
    expect(listboxKey('PageDown', 95, 100, 10)).toEqual({ kind: 'move', index: 99 });
    expect(listboxKey('PageUp', 5, 100, 10)).toEqual({ kind: 'move', index: 0 });
  });

  test('PageDown and PageUp do nothing without a page size', () => {
    expect(listboxKey('PageDown', 2, 100)).toBeNull();
    expect(listboxKey('PageUp', 12, 100)).toBeNull();
  });

  test('Enter and Space select the active option', () => {
    expect(listboxKey('Enter', 2, 5)).toEqual({ kind: 'select' });
    expect(listboxKey(' ', 0, 5)).toEqual({ kind: 'select' });
  });

  test('Enter with no active option does nothing', () => {
    expect(listboxKey('Enter', -1, 5)).toBeNull();
  });

  test('an empty list ignores every key', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'Enter', ' ']) {
      expect(listboxKey(key, -1, 0, 10)).toBeNull();
    }
  });

  test('other keys do nothing', () => {
    expect(listboxKey('a', 1, 5)).toBeNull();
    expect(listboxKey('Tab', 1, 5)).toBeNull();
  });
});

describe('activeIndex', () => {
  test('prefers the option the keyboard moved to', () => {
    expect(activeIndex(3, 1, 5)).toBe(3);
  });

  test('falls back to the selected option', () => {
    expect(activeIndex(-1, 1, 5)).toBe(1);
  });

  test('falls back to the option marked nearest the current time (the one scrolled to)', () => {
    expect(activeIndex(-1, -1, 5, 4)).toBe(4);
    expect(activeIndex(-1, 1, 5, 4)).toBe(1);
  });

  test('falls back to the first option', () => {
    expect(activeIndex(-1, -1, 5)).toBe(0);
  });

  test('is -1 for an empty list', () => {
    expect(activeIndex(-1, -1, 0)).toBe(-1);
  });
});

test('incidentOptionId names the option after the incident', () => {
  expect(incidentOptionId('2024-strike')).toBe('incident-option-2024-strike');
});

describe('incidentListboxAttributes', () => {
  test('points aria-activedescendant at the active incident’s option', () => {
    expect(incidentListboxAttributes('a')['aria-activedescendant']).toBe('incident-option-a');
  });

  test('leaves aria-activedescendant out with no active incident', () => {
    expect(incidentListboxAttributes(null)['aria-activedescendant']).toBeUndefined();
  });
});
