// The compact time bar (docked on top of the phone's selection sheet): stepping, playback and the
// window's dates stay; the timeline, its handles and the zoom button go.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimeControl from '../../../src/components/TimeControl.svelte';
import { TimeState } from '../../../src/state/time.svelte';
import { d, seedStore } from '../../unit/time/fixture';
import { ManualClock } from '../../unit/time/manualClock';

function setup(compact: boolean) {
  const time = new TimeState(seedStore(), {
    clock: new ManualClock(),
    window: { from: d('2024-01-01'), to: d('2024-01-20') },
  });
  render(TimeControl, { time, compact });
  return time;
}

describe('TimeControl compact', () => {
  it('has no timeline handles or zoom button', () => {
    setup(true);
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Zoom to window' })).toBeNull();
  });

  it('keeps the dates and stepping', async () => {
    const time = setup(true);
    expect(screen.getByText('2024-01-01 – 2024-01-20')).toBeTruthy();
    const before = time.window.to;
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(time.window.to).toBeGreaterThan(before);
  });

  it('the full control has both handles', () => {
    setup(false);
    expect(screen.getAllByRole('slider')).toHaveLength(2);
  });
});
