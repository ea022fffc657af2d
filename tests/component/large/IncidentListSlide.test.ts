// The excerpt list while a time window slides over sorted data (issue 10): the incident the
// keyboard is on is kept by id, so after the window moves by one incident (every row now shows
// the next one) the keys move from that incident, not from its old row number.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import IncidentList from '../../../src/components/IncidentList.svelte';
import { featureAt } from '../../../src/core/binaryLayout';
import { generateSynthetic } from '../../../src/core/synthetic';

const COUNT = 10_000;
const columns = generateSynthetic(COUNT, 7);
/** Rows a window shows (its incidents are `offset..offset + WINDOW - 1` of the sorted data). */
const WINDOW = 2_000;

/** Props of a list over the window starting at sorted index `offset`. */
function props(offset: number, extra: Record<string, unknown> = {}) {
  return {
    count: WINDOW,
    itemAt: (row: number) => featureAt(columns, offset + row),
    rowOf: (id: string) => {
      const i = Number(/^synthetic-(\d+)$/.exec(id)?.[1] ?? -1) - offset;
      return i >= 0 && i < WINDOW ? i : -1;
    },
    selectedId: null,
    onselect: () => {},
    ...extra,
  };
}

test('the keyboard moves from, and selects, the incident it was on after the window slides', async () => {
  const onselect = vi.fn();
  const { rerender } = render(IncidentList, props(100, { onselect }));
  const listbox = screen.getByRole('listbox');
  await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
  await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
  expect(listbox.getAttribute('aria-activedescendant')).toBe('incident-option-synthetic-102');
  await rerender(props(101, { onselect }));
  expect(listbox.getAttribute('aria-activedescendant')).toBe('incident-option-synthetic-102');
  await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
  expect(listbox.getAttribute('aria-activedescendant')).toBe('incident-option-synthetic-103');
  const option = document.getElementById('incident-option-synthetic-103')!;
  expect(option.getAttribute('aria-posinset')).toBe('3');
  expect(option.classList.contains('active')).toBe(true);
  await fireEvent.keyDown(listbox, { key: 'Enter' });
  expect(onselect).toHaveBeenLastCalledWith('synthetic-103');
});
