import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { formatWindow } from '../../../src/core/time/format';
import type { TimeWindow } from '../../../src/core/time/window';
import { syncTimeWithHash, TimeState, type HashKeys } from '../../../src/state/time.svelte';
import { d, seedStore } from '../../unit/time/fixture';
import { ManualClock } from '../../unit/time/manualClock';
import { FakeHash } from './fakeHash.svelte';

function setup(initial: Record<string, string>, window: TimeWindow | null = null) {
  const hash = new FakeHash(initial);
  const clock = new ManualClock();
  const time = new TimeState(seedStore(), { clock, window });
  const problems: string[] = [];
  const kinds: string[] = [];
  const stop = syncTimeWithHash(time, hash as HashKeys, (m, kind) => {
    problems.push(m);
    kinds.push(kind);
  });
  flushSync();
  return { hash, time, clock, problems, kinds, stop };
}

describe('syncTimeWithHash', () => {
  it('restores the window from the hash on start', () => {
    const { time, stop } = setup({ from: '2024-01-15', to: '2024-01-20' });
    expect(formatWindow(time.window)).toBe('2024-01-15 – 2024-01-20');
    stop();
  });
  it('writes a changed window to the hash', () => {
    const { hash, time, stop } = setup({ from: '2024-01-15', to: '2024-01-20' });
    time.key('to', 'ArrowRight');
    flushSync();
    expect(hash.get('to')).toBe('2024-01-21');
    stop();
  });
  it('follows a hash changed by the user', () => {
    const { hash, time, stop } = setup({});
    hash.set('from', '2018-11-01');
    flushSync();
    expect(formatWindow(time.window)).toBe('2018-11-01 – 2024-01-29');
    stop();
  });
  it('tells a window clamped to the data from a malformed one', () => {
    const { kinds, stop } = setup({ from: '2024-01-01', to: '2024-01-31' });
    expect(kinds).toEqual(['clamped']);
    stop();
  });
  it('reports a malformed date and writes the window it used back', () => {
    const { hash, problems, stop } = setup({ from: '2024-13-01', to: '2024-01-20' });
    expect([problems[0], hash.get('from')]).toEqual([
      "The link's time window has from=2024-13-01, not a real date in the form YYYY-MM-DD; that part was ignored.",
      '2018-10-16',
    ]);
    stop();
  });
  it('leaves the hash alone while playing and writes it when playback stops', () => {
    const { hash, time, clock, stop } = setup({ from: '2024-01-15', to: '2024-01-20' });
    time.play();
    clock.run(0, 2000);
    flushSync();
    const during = hash.get('to');
    time.pause();
    flushSync();
    expect([during, hash.get('to')]).toEqual(['2024-01-20', '2024-01-22']);
    stop();
  });
  it('keeps a hash without a window free of from/to', () => {
    const { hash, stop } = setup({});
    expect([hash.get('from'), hash.get('to')]).toEqual([null, null]);
    stop();
  });
  it('starts from the whole data when the hash has no window', () => {
    const { time, stop } = setup({});
    expect(time.window).toEqual({ from: d('2018-10-16'), to: d('2024-01-29') });
    stop();
  });
});

describe('syncTimeWithHash over a dataset that opens on a recent window (home)', () => {
  const recent = { from: d('2024-01-01'), to: d('2024-01-29') };
  it('opens on the recent window and keeps the hash free of from/to', () => {
    const { hash, time, stop } = setup({}, recent);
    expect([time.window, hash.get('from'), hash.get('to')]).toEqual([recent, null, null]);
    stop();
  });
  it("lets the link's window win over the recent one", () => {
    const { time, stop } = setup({ from: '2018-11-01', to: '2018-11-30' }, recent);
    expect(formatWindow(time.window)).toBe('2018-11-01 – 2018-11-30');
    stop();
  });
  it('writes the whole span to the hash, since a link without a window opens on the recent one', () => {
    const { hash, time, stop } = setup({}, recent);
    time.setWindow(time.extent);
    flushSync();
    expect([hash.get('from'), hash.get('to')]).toEqual(['2018-10-16', '2024-01-29']);
    stop();
  });
});
