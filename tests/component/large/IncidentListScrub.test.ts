// The excerpt list while the time window is scrubbed (issue 10): a new window's rows reuse the
// elements already there, and all that depends on a row's incident follows it (id, position,
// selection, click, the pointer resting on it); the list scrolls to the incident nearest the
// current time without reading its scroll position back (a read after the rows changed makes the
// browser lay the page out again), and a scroll of the user's is not undone.
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
function props(
  offset: number,
  count: number,
  highlightId: string | null = null,
  extra: Record<string, unknown> = {},
) {
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
    ...extra,
  };
}

test('a new window reuses the rows’ elements and shows its own incidents in them', async () => {
  const { rerender } = render(IncidentList, props(0, 5_000));
  const before = screen.getAllByRole('option');
  await rerender(props(9_000, 4_000));
  const after = screen.getAllByRole('option');
  expect(after.length).toBe(before.length);
  expect(after.every((el, i) => el === before[i])).toBe(true);
  expect(after[0]!.id).toBe('incident-option-synthetic-9000');
  expect(after[0]!.textContent).toContain(featureAt(columns, 9_000).properties.title);
  expect([after[2]!.getAttribute('aria-posinset'), after[2]!.getAttribute('aria-setsize')]).toEqual(
    ['3', '4000'],
  );
});

test('a scroll keeps each row still in view in its element', async () => {
  render(IncidentList, props(0, 5_000));
  const listbox = screen.getByRole('listbox');
  const row5 = document.getElementById('incident-option-synthetic-5');
  listbox.scrollTop = 5 * ROW_HEIGHT; // rows 2.. rendered (3 above the view)
  await fireEvent.scroll(listbox);
  expect(document.getElementById('incident-option-synthetic-0')).toBeNull();
  expect(document.getElementById('incident-option-synthetic-5')).toBe(row5);
});

test('a pointer resting on a row hovers the incident the row shows after a new window', async () => {
  const onhover = vi.fn();
  const { rerender } = render(IncidentList, props(0, 5_000, null, { onhover }));
  const row = screen.getAllByRole('option')[2]!;
  await fireEvent.mouseEnter(row);
  expect(onhover).toHaveBeenLastCalledWith('synthetic-2');
  await rerender(props(9_000, 4_000, null, { onhover }));
  expect(row.id).toBe('incident-option-synthetic-9002');
  expect(onhover).toHaveBeenLastCalledWith('synthetic-9002');
  await fireEvent.mouseLeave(row);
  expect(onhover).toHaveBeenLastCalledWith(null);
  await rerender(props(0, 5_000, null, { onhover }));
  expect(onhover).toHaveBeenLastCalledWith(null);
});

test('a reused row selects, and is marked with, the incident it shows now', async () => {
  const onselect = vi.fn();
  const { rerender } = render(IncidentList, props(0, 5_000, null, { onselect }));
  const row = screen.getAllByRole('option')[1]!;
  await rerender(props(9_000, 4_000, null, { onselect, selectedId: 'synthetic-9001' }));
  expect(row.getAttribute('aria-selected')).toBe('true');
  expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('false');
  await fireEvent.click(row);
  expect(onselect).toHaveBeenLastCalledWith('synthetic-9001');
  await rerender(props(20, 5_000, null, { onselect, selectedId: 'synthetic-9001' }));
  expect(row.getAttribute('aria-selected')).toBe('false');
  await fireEvent.click(row);
  expect(onselect).toHaveBeenLastCalledWith('synthetic-21');
});

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
