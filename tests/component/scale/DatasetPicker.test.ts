import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import DatasetPicker from '../../../src/scale/DatasetPicker.svelte';

// The worker is not available in jsdom: read the file on the spot with the worker's own reader
// (readDatasetFile), through Node's Blob (jsdom's has no stream()), with the same rejections.
vi.mock('../../../src/scale/loadDataset.ts', async () => {
  const { readDatasetFile, DatasetInputError } = await import('../../../src/scale/readInput.ts');
  const { Blob } = await import('node:buffer');
  class DatasetLoadError extends Error {
    constructor(
      message: string,
      readonly problems: unknown[] = [],
      readonly cancelled = false,
    ) {
      super(message);
    }
  }
  return {
    DatasetLoadError,
    loadDataset: async (
      request: { kind: string; file: File },
      onProgress?: (phase: string, fraction: number, rows?: number) => void,
      signal?: AbortSignal,
    ) => {
      if (request.file.name === 'slow.csv') {
        // Never finishes on its own: reports progress, then waits for Cancel.
        onProgress?.('parse', 0.25, 1000);
        return new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () =>
            reject(new DatasetLoadError('Cancelled.', [], true)),
          ),
        );
      }
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const file = Object.assign(new Blob([bytes]), { name: request.file.name });
      try {
        return await readDatasetFile(file as never);
      } catch (e) {
        const problems = e instanceof DatasetInputError ? e.problems : [];
        throw new DatasetLoadError((e as Error).message, problems);
      }
    },
  };
});

const CSV = readFileSync('tests/fixtures/acled/invalid/in/bad-rows.csv', 'utf8');

async function pick(file: File, onclose?: () => void) {
  const onloaded = vi.fn();
  render(DatasetPicker, { onloaded, maxProblems: 3, ...(onclose ? { onclose } : {}) });
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
      'broken.bin: Not a Borderlines dataset: file too short — fix: load a .bin written by `npm run data -- --acled`, or the CSV export itself',
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

  test('counts in the singular for one incident and one skipped row', async () => {
    const valid = readFileSync('tests/fixtures/acled/valid/in/invented-border-rows.csv', 'utf8');
    const [header, good] = valid.split('\n');
    const bad = good!.replace('TEST0001,16 January 2024', 'TEST0002,31 February 2024');
    await pick(new File([`${header}\n${good}\n${bad}\n`], 'one.csv'));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /one\.csv: 1 incident loaded, 1 row skipped\./,
    );
  });

  test('calls onclose after a load with nothing to report', async () => {
    const onclose = vi.fn();
    const valid = readFileSync('tests/fixtures/acled/valid/in/invented-border-rows.csv', 'utf8');
    const onloaded = await pick(new File([valid], 'ok.csv'), onclose);
    await vi.waitFor(() => expect(onclose).toHaveBeenCalledTimes(1));
    expect(onloaded).toHaveBeenCalledTimes(1);
  });

  test('with skipped rows it stays open until "Done", keeping the list readable', async () => {
    const onclose = vi.fn();
    await pick(new File([CSV], 'bad-rows.csv'), onclose);
    await screen.findByRole('status');
    expect(onclose).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Skipped rows' }).getAttribute('tabindex')).toBe('0');
    await fireEvent.click(screen.getByRole('button', { name: /Done/ }));
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  test('a CSV that is not ACLED: one alert naming the missing columns, no dataset', async () => {
    const onloaded = await pick(new File(['note,comment\nhello,world\n'], 'notes.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^notes\.csv: is not an ACLED export: none of ACLED's 17 columns .* missing: event_id_cnty, event_date, .* — fix: export the events from ACLED/,
    );
    expect([onloaded.mock.calls.length, screen.queryAllByRole('listitem').length]).toEqual([0, 0]);
  });

  test('Cancel stops the read and changes nothing', async () => {
    const onloaded = await pick(new File(['x'], 'slow.csv'));
    expect((await screen.findByText(/1,000 rows read, about 25% of/)).textContent).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Cancelled reading slow.csv; nothing was changed.',
    );
    expect(onloaded).not.toHaveBeenCalled();
  });
});
