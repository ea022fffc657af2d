import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import DatasetPicker from '../../../src/scale/DatasetPicker.svelte';

// The worker is not available in jsdom: parse on the spot with the worker's own parser.
vi.mock('../../../src/scale/loadDataset.ts', async () => {
  const { parseInput } = await import('../../../src/scale/parseInput.ts');
  return {
    loadDataset: async (request: { kind: string; file: File }) => {
      const bytes = new TextEncoder().encode(await request.file.text());
      if (request.file.name.endsWith('.bin')) throw new Error('Not a Borderlines dataset');
      return parseInput(bytes, request.file.name, () => {});
    },
  };
});

const CSV = readFileSync('tests/fixtures/acled/invalid/in/bad-rows.csv', 'utf8');

async function pick(file: File) {
  const onloaded = vi.fn();
  render(DatasetPicker, { onloaded, maxProblems: 3 });
  const input = screen.getByLabelText(/or drop a file here/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file] });
  await fireEvent.change(input);
  return onloaded;
}

describe('DatasetPicker', () => {
  test('hands the parsed dataset and file name to onloaded', async () => {
    const onloaded = await pick(new File([CSV], 'bad-rows.csv'));
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    expect([onloaded.mock.calls[0]![0].columns.count, onloaded.mock.calls[0]![1]]).toEqual([
      2,
      'bad-rows.csv',
    ]);
  });

  test('says how many incidents loaded and how many rows were skipped', async () => {
    await pick(new File([CSV], 'bad-rows.csv'));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /bad-rows\.csv: 2 incidents loaded, 10 rows skipped\./,
    );
  });

  test('lists skipped rows with line and fix, then summarises the rest', async () => {
    await pick(new File([CSV], 'bad-rows.csv'));
    await screen.findByRole('status');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect([items.length, items[0], items.at(-1)]).toEqual([
      4,
      'bad-rows.csv:4 (row 3) event_date: event_date "31 February 2024" is not a date — fix: write it as "18 January 2024" or 2024-01-18',
      '…and 7 more.',
    ]);
  });

  test('shows an unusable file as an alert naming the file', async () => {
    await pick(new File(['xx'], 'broken.bin'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'broken.bin: Not a Borderlines dataset',
    );
  });

  test('renders a hostile string in a row as text, not HTML', async () => {
    const hostile = CSV.replace('Bad date: no 31 February.', 'x').replace(
      '31 February 2024',
      '<img src=x onerror=alert(1)>',
    );
    await pick(new File([hostile], 'h.csv'));
    await screen.findByRole('status');
    expect(document.querySelector('img')).toBeNull();
  });
});
