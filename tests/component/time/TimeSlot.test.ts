// The time slot under the map says that a large dataset shows the recent window it opened on
// when the list (which says it too) is folded away: on phones and in embeds.
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, test } from 'vitest';
import TimeSlot from '../../../src/components/shell/TimeSlot.svelte';
import { isoToDay } from '../../../src/core/days.ts';
import { AppState } from '../../../src/state/app.svelte.ts';
import { ViewState } from '../../../src/state/view.svelte.ts';
import { dataset } from '../../unit/filter/fixtures.ts';

// jsdom has no ResizeObserver; the slot measures its height with one (bind:clientHeight).
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const RECENT = { from: isoToDay('2024-01-22'), to: isoToDay('2024-02-20') };

function slot(listShown: boolean, docked = false) {
  const view = new ViewState(dataset, { window: RECENT });
  render(TimeSlot, { app: new AppState(), view, docked, bottom: 0, listShown });
  return view;
}

describe('the opening-window note under the time control', () => {
  test('shown while the list is folded away', () => {
    const view = slot(false);
    expect(screen.getByText(view.openingNote!)).toBeTruthy();
  });
  test('not repeated while the list shows it', () => {
    const view = slot(true);
    expect(screen.queryByText(view.openingNote!)).toBeNull();
  });
  test('not in the compact bar docked on a phone sheet', () => {
    const view = slot(false, true);
    expect(screen.queryByText(view.openingNote!)).toBeNull();
  });
});
