import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimeControl from '../../../src/components/TimeControl.svelte';
import { TimeState } from '../../../src/state/time.svelte';
import { d, seedStore } from '../../unit/time/fixture';

function setup(window: { from: number; to: number }) {
  const time = new TimeState(seedStore(), { window });
  const { container } = render(TimeControl, { time });
  const end = screen.getByRole('slider', { name: 'End of time window' });
  return { container, end };
}

describe('TimelineChart', () => {
  it('leaves the bars untouched when the window moves (they are not redrawn)', async () => {
    const { container, end } = setup({ from: d('2024-01-15'), to: d('2024-01-19') });
    const bars = container.querySelector('svg.bars')!;
    const before = bars.innerHTML;
    await fireEvent.keyDown(end, { key: 'ArrowRight' });
    expect([container.querySelector('svg.bars'), bars.innerHTML === before]).toEqual([bars, true]);
  });
  it('veils the bars on both sides of a window in the middle of the data', () => {
    const { container } = setup({ from: d('2024-01-18'), to: d('2024-01-19') });
    expect(container.querySelectorAll('.over rect.veil').length).toBe(2);
  });
  it('veils nothing when the window holds every bar', () => {
    const { container } = setup({ from: d('2018-10-16'), to: d('2024-01-29') });
    expect(container.querySelectorAll('.over rect.veil').length).toBe(0);
  });
  it('names the drawing with its window', () => {
    setup({ from: d('2024-01-15'), to: d('2024-01-19') });
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /; window 2024-01-15 – 2024-01-19$/,
    );
  });
});
