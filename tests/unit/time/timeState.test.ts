import { describe, expect, it } from 'vitest';
import { dayToIso } from '../../../src/core/days';
import { formatWindow } from '../../../src/core/time/format';
import { TimeState } from '../../../src/state/time.svelte';
import { d, seedStore } from './fixture';
import { ManualClock } from './manualClock';

function make(window?: { from: number; to: number }) {
  const clock = new ManualClock();
  const time = new TimeState(seedStore(), { clock, window: window ?? null });
  return { clock, time };
}

describe('TimeState', () => {
  it('starts with the whole data in the window', () => {
    expect(formatWindow(make().time.window)).toBe('2018-10-16 – 2024-01-29');
  });
  it('lists the incidents in the window in date order', () => {
    const { time } = make({ from: d('2024-01-18'), to: d('2024-01-26') });
    expect([...time.visible].map((i) => time.store.ids![i])).toEqual([
      '2024-pakistan-strike',
      '2024-statement',
      '2024-meeting',
    ]);
  });
  it('moves a handle with a key', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-31') });
    time.key('from', 'ArrowRight');
    expect(dayToIso(time.window.from)).toBe('2024-01-16');
  });
  it('ignores keys that are not slider keys', () => {
    const { time } = make();
    expect(time.key('to', 'x')).toBe(false);
  });
  it('steps from the whole data to a week ending on the first incident', () => {
    const { time } = make();
    time.stepNext();
    expect(formatWindow(time.window)).toBe('2018-10-16');
  });
  it('steps to the next incident keeping the width', () => {
    const { time } = make({ from: d('2018-11-09'), to: d('2018-11-15') });
    time.stepNext();
    expect(formatWindow(time.window)).toBe('2024-01-11 – 2024-01-17');
  });
  it('from the whole data with a selection, Next narrows to the week ending on it (regression: Next jumped back to 2018)', () => {
    const { time } = make();
    time.selectedDays = { from: d('2024-01-19'), to: d('2024-01-19') };
    time.stepNext();
    expect(formatWindow(time.window)).toBe('2024-01-13 – 2024-01-19');
  });
  it('Next has no target once no incident is later (the button is then disabled)', () => {
    const { time } = make({ from: d('2024-01-23'), to: d('2024-01-29') });
    expect(time.nextTarget).toBeNull();
    time.stepNext();
    expect(formatWindow(time.window)).toBe('2024-01-23 – 2024-01-29');
  });
  it('Prev has no target before the first incident', () => {
    const { time } = make({ from: d('2018-10-10'), to: d('2018-10-16') });
    expect(time.prevTarget).toBeNull();
  });
  it('steps to the previous incident', () => {
    const { time } = make({ from: d('2024-01-20'), to: d('2024-01-26') });
    time.stepPrev();
    expect(dayToIso(time.window.to)).toBe('2024-01-19');
  });
  it('highlights the incident nearest the current time', () => {
    const { time } = make({ from: d('2024-01-20'), to: d('2024-01-25') });
    expect(time.store.ids![time.nearest]).toBe('2024-meeting');
  });
  it('highlights in the list the nearest incident inside the window', () => {
    const { time } = make({ from: d('2024-01-19'), to: d('2024-01-25') });
    expect(time.store.ids![time.nearestVisible]).toBe('2024-statement');
  });
  it('advances the window while playing', () => {
    const { clock, time } = make({ from: d('2024-01-17'), to: d('2024-01-19') });
    time.play();
    clock.run(0, 2000);
    expect(formatWindow(time.window)).toBe('2024-01-19 – 2024-01-21');
  });
  it('stops playing at the end of the data', () => {
    const { clock, time } = make({ from: d('2024-01-17'), to: d('2024-01-19') });
    time.speed = 30;
    time.play();
    clock.run(0, 1000);
    expect([time.playing, dayToIso(time.window.to), clock.pending]).toEqual([
      false,
      '2024-01-29',
      0,
    ]);
  });
  it('stops playing on user input', () => {
    const { clock, time } = make({ from: d('2024-01-17'), to: d('2024-01-19') });
    time.play();
    time.key('to', 'ArrowLeft');
    expect([time.playing, clock.pending]).toEqual([false, 0]);
  });
  it('restarts from the beginning when played at the end', () => {
    const { time } = make({ from: d('2024-01-27'), to: d('2024-01-29') });
    time.play();
    expect(formatWindow(time.window)).toBe('2018-10-16 – 2018-10-18');
  });
  it('cancels the frame loop on destroy', () => {
    const { clock, time } = make({ from: d('2024-01-17'), to: d('2024-01-19') });
    time.play();
    time.destroy();
    expect(clock.pending).toBe(0);
  });
  it('snaps a dragged handle to a nearby incident day', () => {
    const { time } = make();
    const x = time.axis.edgeX(d('2024-01-26'), 'to') - 7;
    expect(dayToIso(time.dayAtX('to', x))).toBe('2024-01-26');
  });
});

describe('TimeState zoom', () => {
  it('zooms the axis to the window with a margin', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-26') });
    time.zoomToWindow();
    expect([dayToIso(time.axis.start), dayToIso(time.axis.end - 1)]).toEqual([
      '2024-01-12',
      '2024-01-29',
    ]);
  });
  it('shows the whole data again', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-26') });
    time.zoomToWindow();
    time.zoom(null);
    expect(time.axis.breaks).toHaveLength(1);
  });
});

describe('TimeState and the URL hash', () => {
  it('restores the window from the hash', () => {
    const { time } = make();
    time.restoreFromHash('2024-01-15', '2024-01-20');
    expect(formatWindow(time.window)).toBe('2024-01-15 – 2024-01-20');
  });
  it('keeps the window when the hash dates are malformed', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-20') });
    expect([time.restoreFromHash('yesterday', null), formatWindow(time.window)]).toEqual([
      'malformed',
      '2024-01-15 – 2024-01-20',
    ]);
  });
  it('writes the window as hash entries', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-20') });
    expect(time.hashEntries()).toEqual([
      ['from', '2024-01-15'],
      ['to', '2024-01-20'],
    ]);
  });
  it('widens the window to reveal an incident outside it', () => {
    const { time } = make({ from: d('2024-01-15'), to: d('2024-01-20') });
    const i = time.store.indexOfId('2024-islamabad');
    time.reveal({ from: time.store.start[i]!, to: time.store.end[i]! });
    expect(formatWindow(time.window)).toBe('2024-01-15 – 2024-01-29');
  });
});

describe('TimeState playback after a pause in frames', () => {
  it('advances at most a quarter second per frame (hidden tab)', () => {
    const { clock, time } = make({ from: d('2018-10-16'), to: d('2018-10-18') });
    time.speed = 30;
    time.play();
    clock.frame(0);
    clock.frame(60_000);
    expect(dayToIso(time.window.to)).toBe('2018-10-25');
  });
});
