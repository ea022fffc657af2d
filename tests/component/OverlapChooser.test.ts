import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import OverlapChooser from '../../src/components/OverlapChooser.svelte';
import { incident } from './fixtures.ts';

test('lists each overlapping incident, focuses the first, and selects the one chosen', async () => {
  const a = incident('2018-guards-released');
  const b = incident('2018-qasemi-interview');
  const onselect = vi.fn();
  const onclose = vi.fn();
  render(OverlapChooser, { incidents: [a, b], x: 10, y: 10, onselect, onclose });
  const buttons = screen.getAllByRole('button').filter((el) => el.textContent !== 'Close');
  expect(buttons).toHaveLength(2);
  expect(document.activeElement).toBe(buttons[0]);
  await fireEvent.click(screen.getByRole('button', { name: new RegExp(b.properties.title) }));
  expect(onselect).toHaveBeenCalledWith(b.properties.id);
  await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
  expect(onclose).toHaveBeenCalled();
});
