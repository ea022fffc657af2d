// The excerpt list at scale: only the rows in view are in the DOM, rows are read lazily, and the
// listbox keys (arrows, Home/End, Enter/Space) work over the whole list.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import IncidentList from '../../../src/components/IncidentList.svelte';
import { featureAt } from '../../../src/core/binaryLayout';
import { generateSynthetic } from '../../../src/core/synthetic';

const COUNT = 50_000;
const columns = generateSynthetic(COUNT, 3);
const idOf = (row: number) => `synthetic-${row}`;

function list(selectedId: string | null = null, highlightId: string | null = null) {
  const onselect = vi.fn();
  const itemAt = vi.fn((row: number) => featureAt(columns, row));
  const rowOf = (id: string) => {
    const m = /^synthetic-(\d+)$/.exec(id);
    return m && Number(m[1]) < COUNT ? Number(m[1]) : -1;
  };
  render(IncidentList, { count: COUNT, itemAt, rowOf, selectedId, onselect, highlightId });
  return { onselect, itemAt, listbox: screen.getByRole('listbox') };
}

const active = (listbox: HTMLElement) => listbox.getAttribute('aria-activedescendant');

describe('IncidentList with 50,000 rows', () => {
  test('renders only a screenful of rows, and reads only those', () => {
    const { itemAt } = list();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(3);
    expect(options.length).toBeLessThan(30);
    const rows = new Set(itemAt.mock.calls.map(([row]) => row));
    expect(rows.size).toBeLessThan(30);
  });

  test('each option tells its place in the whole list', () => {
    list();
    const first = screen.getAllByRole('option')[0]!;
    expect(first.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(first.getAttribute('aria-posinset')).toBe('1');
  });

  test('arrows move the active option and Enter selects it', async () => {
    const { onselect, listbox } = list();
    expect(listbox.getAttribute('tabindex')).toBe('0');
    await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    await fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    expect(active(listbox)).toBe(`incident-option-${idOf(1)}`);
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith(idOf(1));
  });

  test('End reaches the last incident, renders it, and Space selects it', async () => {
    const { onselect, listbox } = list();
    await fireEvent.keyDown(listbox, { key: 'End' });
    const last = idOf(COUNT - 1);
    expect(active(listbox)).toBe(`incident-option-${last}`);
    expect(document.getElementById(`incident-option-${last}`)).not.toBeNull();
    expect(screen.getAllByRole('option').length).toBeLessThan(30);
    await fireEvent.keyDown(listbox, { key: ' ' });
    expect(onselect).toHaveBeenLastCalledWith(last);
    await fireEvent.keyDown(listbox, { key: 'Home' });
    expect(active(listbox)).toBe(`incident-option-${idOf(0)}`);
  });

  test('a selection deep in the list is rendered and marked selected', () => {
    list(idOf(30_000));
    const option = document.getElementById(`incident-option-${idOf(30_000)}`);
    expect(option?.getAttribute('aria-selected')).toBe('true');
  });

  test('the incident nearest the current time is rendered and marked', () => {
    list(null, idOf(12_345));
    const option = document.getElementById(`incident-option-${idOf(12_345)}`);
    expect(option?.getAttribute('aria-current')).toBe('time');
  });

  test('clicking a row selects it', async () => {
    const { onselect } = list();
    await fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(onselect).toHaveBeenCalledWith(idOf(2));
  });

  test('synthetic excerpts render as text', () => {
    list();
    expect(screen.getAllByText(/Synthetic incident generated for testing/).length).toBeGreaterThan(
      0,
    );
  });
});

test('rows of a large dataset show the disc the GPU layer draws, not a marker shape', () => {
  const onselect = vi.fn();
  const itemAt = (row: number) => featureAt(columns, row);
  render(IncidentList, {
    count: COUNT,
    itemAt,
    rowOf: () => -1,
    selectedId: null,
    onselect,
    discs: true,
  });
  const first = screen.getAllByRole('option')[0]!;
  const shapes = first.querySelectorAll('.marker-symbol > *');
  expect([...shapes].map((s) => s.tagName.toLowerCase())).toEqual(['circle']);
  expect(shapes[0]!.getAttribute('fill-opacity')).not.toBeNull();
});
