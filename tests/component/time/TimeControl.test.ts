import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TimeControl from '../../../src/components/TimeControl.svelte';
import { formatWindow } from '../../../src/core/time/format';
import { TimeState } from '../../../src/state/time.svelte';
import { d, seedStore } from '../../unit/time/fixture';
import { ManualClock } from '../../unit/time/manualClock';

function setup(window: { from: number; to: number } | null = null) {
  const clock = new ManualClock();
  const time = new TimeState(seedStore(), { clock, window });
  const onuserchange = vi.fn();
  render(TimeControl, { time, onuserchange });
  const start = screen.getByRole('slider', { name: 'Start of time window' });
  const end = screen.getByRole('slider', { name: 'End of time window' });
  return { clock, time, start, end, onuserchange };
}

describe('TimeControl', () => {
  it('shows the window as ISO dates', () => {
    setup({ from: d('2024-01-15'), to: d('2024-01-29') });
    expect(screen.getByText('2024-01-15 – 2024-01-29')).toBeTruthy();
  });
  it('gives each handle its date as value text', () => {
    const { start, end } = setup();
    expect([start.getAttribute('aria-valuetext'), end.getAttribute('aria-valuetext')]).toEqual([
      '2018-10-16',
      '2024-01-29',
    ]);
  });
  it('moves the end back a day with the left arrow', async () => {
    const { end } = setup();
    await fireEvent.keyDown(end, { key: 'ArrowLeft' });
    expect(end.getAttribute('aria-valuetext')).toBe('2024-01-28');
  });
  it('moves the start a month with PageUp', async () => {
    const { start } = setup();
    await fireEvent.keyDown(start, { key: 'PageUp' });
    expect(start.getAttribute('aria-valuetext')).toBe('2018-11-16');
  });
  it('sends the start to the data start with Home', async () => {
    const { start } = setup({ from: d('2024-01-15'), to: d('2024-01-29') });
    await fireEvent.keyDown(start, { key: 'Home' });
    expect(start.getAttribute('aria-valuetext')).toBe('2018-10-16');
  });
  it('limits the start handle to the end handle', () => {
    const { start } = setup({ from: d('2024-01-15'), to: d('2024-01-20') });
    expect(start.getAttribute('aria-valuemax')).toBe(String(d('2024-01-20')));
  });
  it('updates the readout and reports a keyboard change', async () => {
    const { end, onuserchange } = setup({ from: d('2024-01-15'), to: d('2024-01-20') });
    await fireEvent.keyDown(end, { key: 'ArrowRight' });
    expect([
      screen.getByText('2024-01-15 – 2024-01-21') !== null,
      onuserchange.mock.calls.length,
    ]).toEqual([true, 1]);
  });
  it('counts the incidents in the window', () => {
    setup({ from: d('2024-01-01'), to: d('2024-01-31') });
    expect(screen.getByText('5 of 8 incidents')).toBeTruthy();
  });
  it('steps to the next incident with the button', async () => {
    setup({ from: d('2018-11-09'), to: d('2018-11-15') });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Next', description: 'Next incident' }),
    );
    expect(screen.getByText('2024-01-11 – 2024-01-17')).toBeTruthy();
  });
  it('steps to the previous incident with the button', async () => {
    const { end } = setup({ from: d('2024-01-20'), to: d('2024-01-26') });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Prev', description: 'Previous incident' }),
    );
    expect(end.getAttribute('aria-valuetext')).toBe('2024-01-19');
  });
  it('plays, advancing the window frame by frame', async () => {
    const { clock, end } = setup({ from: d('2024-01-17'), to: d('2024-01-19') });
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    clock.run(0, 3000);
    await Promise.resolve();
    expect(end.getAttribute('aria-valuetext')).toBe('2024-01-22');
  });
  it('stops playing on a key press', async () => {
    const { end, time } = setup({ from: d('2024-01-17'), to: d('2024-01-19') });
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    await fireEvent.keyDown(end, { key: 'ArrowRight' });
    expect([
      time.playing,
      screen.getByRole('button', { name: /Play/ }).getAttribute('aria-pressed'),
    ]).toEqual([false, 'false']);
  });
  it('stops playing on any key in the control, e.g. Escape on the play button', async () => {
    const { time } = setup({ from: d('2024-01-17'), to: d('2024-01-19') });
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    await fireEvent.keyDown(screen.getByRole('button', { name: /Pause/ }), { key: 'Escape' });
    expect(time.playing).toBe(false);
  });
  it('leaves Enter on the play button to the button (no pause-and-restart)', async () => {
    const { time } = setup({ from: d('2024-01-17'), to: d('2024-01-19') });
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    await fireEvent.keyDown(screen.getByRole('button', { name: /Pause/ }), { key: 'Enter' });
    expect(time.playing).toBe(true);
  });
  it('shows a pause button while playing', async () => {
    setup({ from: d('2024-01-17'), to: d('2024-01-19') });
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(screen.getByRole('button', { name: /Pause/ }).getAttribute('aria-pressed')).toBe('true');
  });
  it('draws the collapsed five-year gap as a break', () => {
    const { container } = render(TimeControl, { time: new TimeState(seedStore()) });
    expect(container.querySelector('.break title')?.textContent).toBe(
      'No incidents 2018-11-19 – 2024-01-13 (collapsed)',
    );
  });
  it('draws the ranged date as a range bar', () => {
    const { container } = render(TimeControl, { time: new TimeState(seedStore()) });
    expect(container.querySelector('.range.range title')?.textContent).toBe(
      'Date range 2018-10-16 – 2018-11-15 (1 incident)',
    );
  });
});

describe('TimeControl pointer', () => {
  // jsdom has no layout: the track starts at x = 0, the axis is 600 px wide after 22 px padding.
  const PAD = 22;

  it('drags the end handle to the day under the pointer', async () => {
    const { time, end } = setup({ from: d('2024-01-15'), to: d('2024-01-19') });
    const x = time.axis.edgeX(d('2024-01-22'), 'to') + PAD;
    await fireEvent.pointerDown(end, { clientX: x, button: 0, pointerId: 1 });
    await fireEvent.pointerMove(end, { clientX: x, pointerId: 1 });
    expect(end.getAttribute('aria-valuetext')).toBe('2024-01-22');
  });
  it('snaps the dragged handle to a nearby incident date', async () => {
    const { time, end } = setup({ from: d('2024-01-15'), to: d('2024-01-19') });
    const x = time.axis.edgeX(d('2024-01-26'), 'to') + PAD + 7;
    await fireEvent.pointerDown(end, { clientX: x, button: 0, pointerId: 1 });
    await fireEvent.pointerMove(end, { clientX: x, pointerId: 1 });
    expect(end.getAttribute('aria-valuetext')).toBe('2024-01-26');
  });
  it('stops playing when a handle is grabbed', async () => {
    const { time, end } = setup({ from: d('2024-01-15'), to: d('2024-01-19') });
    time.play();
    await fireEvent.pointerDown(end, { clientX: 300, button: 0, pointerId: 1 });
    expect(time.playing).toBe(false);
  });
  it('zooms the axis to the window and back', async () => {
    const { container } = render(TimeControl, {
      time: new TimeState(seedStore(), { window: { from: d('2024-01-15'), to: d('2024-01-26') } }),
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Zoom to window' }));
    const zoomedBreaks = container.querySelectorAll('.break').length;
    await fireEvent.click(screen.getByRole('button', { name: 'Show all dates' }));
    expect([zoomedBreaks, container.querySelectorAll('.break').length]).toEqual([0, 1]);
  });
});

describe('TimeControl and the selected incident', () => {
  it('offers to include a selected incident outside the window', async () => {
    const store = seedStore();
    const time = new TimeState(store, { window: { from: d('2024-01-15'), to: d('2024-01-20') } });
    const i = store.indexOfId('2018-release');
    render(TimeControl, { time, selected: { from: store.start[i]!, to: store.end[i]! } });
    await fireEvent.click(screen.getByRole('button', { name: 'Include it' }));
    expect(formatWindow(time.window)).toBe('2018-11-15 – 2024-01-20');
  });
  it('offers nothing when the selected incident is in the window', () => {
    const store = seedStore();
    const time = new TimeState(store, { window: { from: d('2024-01-15'), to: d('2024-01-20') } });
    const i = store.indexOfId('2024-statement');
    render(TimeControl, { time, selected: { from: store.start[i]!, to: store.end[i]! } });
    expect(screen.queryByRole('button', { name: 'Include it' })).toBeNull();
  });
});
