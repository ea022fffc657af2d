import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import OverlapChooser from '../../src/components/OverlapChooser.svelte';
import { incident } from './fixtures.ts';

test('lists each overlapping incident, focuses the first, and selects the one chosen', async () => {
  // The three incidents the data places at Islamabad.
  const a = incident('2024-agreement-to-defuse-tensions');
  const b = incident('2024-ambassadors-return');
  const c = incident('2024-islamabad-press-conference');
  const onselect = vi.fn();
  const onclose = vi.fn();
  render(OverlapChooser, { incidents: [a, b, c], x: 10, y: 10, onselect, onclose });
  const buttons = screen.getAllByRole('button').filter((el) => el.textContent !== 'Close');
  expect(buttons).toHaveLength(3);
  expect(document.activeElement).toBe(buttons[0]);
  await fireEvent.click(screen.getByRole('button', { name: new RegExp(b.properties.title) }));
  expect(onselect).toHaveBeenCalledWith(b.properties.id);
  await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
  expect(onclose).toHaveBeenCalled();
});

test('↓ and ↑ move between the entries, Tab stays inside the dialog', async () => {
  const list = [
    incident('2024-agreement-to-defuse-tensions'),
    incident('2024-ambassadors-return'),
    incident('2024-islamabad-press-conference'),
  ];
  render(OverlapChooser, { incidents: list, x: 10, y: 10, onselect: vi.fn(), onclose: vi.fn() });
  const dialog = screen.getByRole('dialog');
  const buttons = screen.getAllByRole('button');
  await fireEvent.keyDown(dialog, { key: 'ArrowDown' });
  expect(document.activeElement).toBe(buttons[1]);
  await fireEvent.keyDown(dialog, { key: 'ArrowUp' });
  await fireEvent.keyDown(dialog, { key: 'ArrowUp' });
  expect(document.activeElement).toBe(buttons.at(-1));
  await fireEvent.keyDown(dialog, { key: 'Tab' });
  expect(document.activeElement).toBe(buttons[0]);
  await fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
  expect(document.activeElement).toBe(buttons.at(-1));
});

test('closing returns focus to where it was before the chooser opened (regression: focus fell to <body>)', async () => {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const list = [incident('2024-agreement-to-defuse-tensions'), incident('2024-ambassadors-return')];
  const { unmount } = render(OverlapChooser, {
    incidents: list,
    x: 10,
    y: 10,
    onselect: vi.fn(),
    onclose: vi.fn(),
  });
  expect(document.activeElement).not.toBe(opener);
  unmount();
  expect(document.activeElement).toBe(opener);
  opener.remove();
});
