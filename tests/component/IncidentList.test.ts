// The excerpt list over the seed incidents: options, keys, selection, hover, the time highlight,
// stack notes and hostile text. The same component lists a million incidents
// (large/IncidentListLarge.test.ts).
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import IncidentList from '../../src/components/IncidentList.svelte';
import { stackNotes } from '../../src/map/mapdata.ts';
import type { IncidentFeature } from '../../src/core/types.ts';
import { HOSTILE, incidents } from './fixtures.ts';

/** The list's props over an array of features (row r is items[r]). */
function props(items: IncidentFeature[] = incidents, extra: Record<string, unknown> = {}) {
  const ids = items.map((f) => f.properties.id);
  const notes = stackNotes(items);
  return {
    count: items.length,
    itemAt: (row: number) => items[row]!,
    rowOf: (id: string) => ids.indexOf(id),
    noteOf: (id: string) => notes.get(id) ?? '',
    selectedId: null,
    onselect: () => {},
    ...extra,
  };
}

function list(selectedId: string | null = null, items = incidents) {
  const onselect = vi.fn();
  render(IncidentList, props(items, { selectedId, onselect }));
  return { onselect, listbox: screen.getByRole('listbox') };
}

describe('IncidentList', () => {
  test('lists every incident it is given as an option', () => {
    list();
    expect(screen.getAllByRole('option')).toHaveLength(incidents.length);
  });

  test('says when an incident shares its map point with others (the Islamabad stack)', () => {
    list();
    const ids = [
      '2024-agreement-to-defuse-tensions',
      '2024-ambassadors-return',
      '2024-islamabad-press-conference',
    ];
    for (const id of ids) {
      const option = document.getElementById(`incident-option-${id}`)!;
      expect(option.querySelector('.meta')!.textContent).toMatch(
        /· Islamabad · same map point as 2 others$/,
      );
    }
    const mirjaveh = document.getElementById('incident-option-2018-mirjaveh-abduction')!;
    expect(mirjaveh.querySelector('.meta')!.textContent).toMatch(/· Mirjaveh$/);
  });

  test('shows only the incidents passed in (the caller filters)', () => {
    list(null, incidents.slice(0, 3));
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });

  test('says so when there is nothing to list', () => {
    render(IncidentList, props([], { emptyText: 'No incident matches these filters.' }));
    expect(screen.getByText('No incident matches these filters.')).toBeTruthy();
  });

  test('is one tab stop; arrows move the active option and Enter selects it', async () => {
    const { onselect, listbox } = list();
    expect(listbox.getAttribute('tabindex')).toBe('0');
    listbox.focus();
    await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    await fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    const second = incidents[1]!.properties.id;
    expect(listbox.getAttribute('aria-activedescendant')).toBe(`incident-option-${second}`);
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith(second);
  });

  test('Home and End jump to the ends; Space selects', async () => {
    const { onselect, listbox } = list();
    await fireEvent.keyDown(listbox, { key: 'End' });
    await fireEvent.keyDown(listbox, { key: ' ' });
    expect(onselect).toHaveBeenLastCalledWith(incidents.at(-1)!.properties.id);
    await fireEvent.keyDown(listbox, { key: 'Home' });
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith(incidents[0]!.properties.id);
  });

  test('marks the selected incident', () => {
    const id = incidents[2]!.properties.id;
    list(id);
    const selected = screen.getAllByRole('option').filter((o) => o.ariaSelected === 'true');
    expect(selected.map((o) => o.id)).toEqual([`incident-option-${id}`]);
  });

  test('clicking an option selects it', async () => {
    const { onselect } = list();
    await fireEvent.click(screen.getAllByRole('option')[3]!);
    expect(onselect).toHaveBeenCalledWith(incidents[3]!.properties.id);
  });

  test('renders a hostile title as text', () => {
    const f = incidents[0]!;
    const { listbox } = list(null, [{ ...f, properties: { ...f.properties, title: HOSTILE } }]);
    expect(listbox.querySelector('img')).toBeNull();
    expect(listbox.textContent).toContain(HOSTILE);
  });
});

test('hovering or moving the keyboard reports the incident; a marker hovered elsewhere shows', async () => {
  const onhover = vi.fn();
  const id = incidents[1]!.properties.id;
  render(IncidentList, props(incidents, { hoveredId: id, onhover }));
  const options = screen.getAllByRole('option');
  expect(options[1]!.classList.contains('hovered')).toBe(true);
  await fireEvent.mouseEnter(options[2]!);
  expect(onhover).toHaveBeenLastCalledWith(incidents[2]!.properties.id);
  await fireEvent.mouseLeave(options[2]!);
  expect(onhover).toHaveBeenLastCalledWith(null);
  await fireEvent.keyDown(screen.getByRole('listbox'), { key: 'End' });
  expect(onhover).toHaveBeenLastCalledWith(incidents.at(-1)!.properties.id);
});

describe('IncidentList as the excerpt panel of the time window', () => {
  test('shows each incident’s excerpt, a hostile one as text', () => {
    const f = incidents[0]!;
    const { listbox } = list(null, [{ ...f, properties: { ...f.properties, excerpt: HOSTILE } }]);
    expect(listbox.querySelector('q.excerpt')?.textContent).toBe(HOSTILE);
    expect(listbox.querySelector('img')).toBeNull();
  });

  test('marks the incident nearest the current time', () => {
    const id = incidents[3]!.properties.id;
    render(IncidentList, props(incidents, { highlightId: id }));
    const marked = screen.getAllByRole('option').filter((o) => o.classList.contains('highlight'));
    expect(marked.map((o) => o.id)).toEqual([`incident-option-${id}`]);
  });

  test('focusing the list highlights the active incident’s marker', async () => {
    const onhover = vi.fn();
    render(IncidentList, props(incidents, { onhover }));
    await fireEvent.focus(screen.getByRole('listbox'));
    expect(onhover).toHaveBeenLastCalledWith(incidents[0]!.properties.id);
  });

  test('a key or a click in the list reports user input (to stop playback)', async () => {
    const oninput = vi.fn();
    render(IncidentList, props(incidents, { oninput }));
    await fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowDown' });
    await fireEvent.click(screen.getAllByRole('option')[1]!);
    expect(oninput).toHaveBeenCalledTimes(2);
  });
});
