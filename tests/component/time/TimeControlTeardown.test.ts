// Regression: the time control is torn down after the view that gave it `time` is gone (adding
// an article rebuilds the dataset shown). Its teardown must stop playback on the last `time` it
// showed without reading the prop again, which would throw (`view` is null by then).
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import TimeControl from '../../../src/components/TimeControl.svelte';
import { TimeState } from '../../../src/state/time.svelte';
import { seedStore } from '../../unit/time/fixture';
import { ManualClock } from '../../unit/time/manualClock';

describe('TimeControl teardown', () => {
  it('stops the last time shown when its view is gone before the control', () => {
    const time = new TimeState(seedStore(), { clock: new ManualClock() });
    const destroy = vi.spyOn(time, 'destroy');
    let view: { time: TimeState } | null = { time };
    const control = mount(TimeControl, {
      target: document.body,
      props: {
        // A getter, as a parent's `time={view.time}` compiles to.
        get time() {
          return view!.time;
        },
      },
    });
    flushSync();
    view = null;
    expect(() => unmount(control)).not.toThrow();
    expect(destroy).toHaveBeenCalledOnce();
  });
});
