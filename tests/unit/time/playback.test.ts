import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/core/time/playback';

const extent = { from: 0, to: 100 };

describe('playback step', () => {
  it('slides the window by speed × time', () => {
    expect(advance({ from: 10, to: 16 }, 7, 1000, extent).window).toEqual({ from: 17, to: 23 });
  });
  it('carries a fraction of a day to the next frame', () => {
    const a = advance({ from: 10, to: 16 }, 1, 600, extent);
    const b = advance(a.window, 1, 600, extent, a.carry);
    expect([a.window.to, b.window.to]).toEqual([16, 17]);
  });
  it('stops at the end of the data', () => {
    const r = advance({ from: 90, to: 96 }, 30, 1000, extent);
    expect([r.window, r.ended]).toEqual([{ from: 94, to: 100 }, true]);
  });
  it('does not end before reaching the end', () => {
    expect(advance({ from: 10, to: 16 }, 1, 16, extent).ended).toBe(false);
  });
});

describe('playback carry', () => {
  it('makes one whole day from ten tenth-of-a-day frames', () => {
    let w = { from: 10, to: 16 };
    let carry = 0;
    for (let k = 0; k < 10; k++) ({ window: w, carry } = advance(w, 1, 100, extent, carry));
    expect(w.to).toBe(17);
  });
});
