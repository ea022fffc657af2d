import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  moveWindow,
  setEdge,
  windowEndingAt,
  windowWidth,
} from '../../../src/core/time/window';

const extent = { from: 100, to: 200 };

describe('time window', () => {
  it('counts inclusive days', () => {
    expect(windowWidth({ from: 5, to: 5 })).toBe(1);
  });
  it('clamps a window to the data extent', () => {
    expect(clampWindow({ from: 50, to: 150 }, extent)).toEqual({ from: 100, to: 150 });
  });
  it('orders inverted bounds', () => {
    expect(clampWindow({ from: 150, to: 120 }, extent)).toEqual({ from: 120, to: 150 });
  });
  it('moves a window keeping its width', () => {
    expect(moveWindow({ from: 110, to: 119 }, 5, extent)).toEqual({ from: 115, to: 124 });
  });
  it('stops a moved window at the end of the data', () => {
    expect(moveWindow({ from: 190, to: 199 }, 30, extent)).toEqual({ from: 191, to: 200 });
  });
  it('never moves one edge past the other', () => {
    expect(setEdge({ from: 110, to: 120 }, 'from', 130, extent)).toEqual({ from: 120, to: 120 });
  });
  it('keeps a moved edge inside the data', () => {
    expect(setEdge({ from: 110, to: 120 }, 'to', 500, extent)).toEqual({ from: 110, to: 200 });
  });
  it('cuts a window ending near the data start short', () => {
    expect(windowEndingAt(102, 7, extent)).toEqual({ from: 100, to: 102 });
  });
});
