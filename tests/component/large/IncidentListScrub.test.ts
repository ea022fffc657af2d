// The excerpt list while the time window is scrubbed (issue 10): the list scrolls to the incident
// nearest the current time without reading its scroll position back (a read after the rows changed
// makes the browser lay the page out again), and a scroll of the user's is not undone.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import IncidentList from '../../../src/components/IncidentList.svelte';
import { featureAt } from '../../../src/core/binaryLayout';
import { generateSynthetic } from '../../../src/core/synthetic';

const COUNT = 20_000;
const columns = generateSynthetic(COUNT, 5);
const ROW_HEIGHT = 88;

/** Props of a list showing `count` rows from `offset` on (a time window over the columns). */
function props(offset: number, count: number, highlightId: string | null = null) {
  return {
    count,
    itemAt: (row: number) => featureAt(columns, offset + row),
    rowOf: (id: string) => {
      const i = Number(/^synthetic-(\d+)$/.exec(id)?.[1] ?? -1) - offset;
      return i >= 0 && i < count ? i : -1;
    },
    selectedId: null,
    onselect: () => {},
    highlightId,
  };
}

test('the nearest incident is scrolled to by writing the position once, never reading it', async () => {
  const { rerender } = render(IncidentList, props(0, 5_000));
  const listbox = screen.getByRole('listbox');
  let position = 0;
  const read = vi.fn(() => position);
  const write = vi.fn((v: number) => (position = v));
  Object.defineProperty(listbox, 'scrollTop', { get: read, set: write, configurable: true });
  await rerender(props(0, 5_000, 'synthetic-3000'));
  expect(read).not.toHaveBeenCalled();
  expect(write).toHaveBeenCalledTimes(1);
  expect(position).toBeGreaterThan(2_990 * ROW_HEIGHT);
  expect(document.getElementById('incident-option-synthetic-3000')).not.toBeNull();
});

test('a scroll of the user’s is kept while the nearest incident stays the same', async () => {
  render(IncidentList, props(0, 5_000, 'synthetic-3000'));
  const listbox = screen.getByRole('listbox');
  expect(document.getElementById('incident-option-synthetic-3000')).not.toBeNull();
  listbox.scrollTop = 0;
  await fireEvent.scroll(listbox);
  flushSync();
  expect(listbox.scrollTop).toBe(0);
  expect(document.getElementById('incident-option-synthetic-0')).not.toBeNull();
  expect(document.getElementById('incident-option-synthetic-3000')).toBeNull();
});
