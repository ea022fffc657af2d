// Imports through the real picker and worker in Chromium: a CSV that is not ACLED leaves the seed
// map in place with one message; a worldwide ACLED file (ten countries, four continents) and a
// UTF-16 export load every row.
import { resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile/acled');

async function pick(s: Session, file: string): Promise<void> {
  await s.page.goto(inject('baseUrl'));
  await s.page.waitForFunction(
    () => !!(window as unknown as { borderlines?: { time?: unknown } }).borderlines?.time,
    null,
    { timeout: 30_000 },
  );
  await s.page.getByRole('button', { name: 'Load data…' }).click();
  await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(resolve(HOSTILE, file));
}

/** Rows the list holds: it is virtual at every size, so count by aria-setsize, not rendered rows. */
const options = async (s: Session): Promise<number> => {
  const first = s.page.locator('#incident-sidebar [role="option"]').first();
  if ((await first.count()) === 0) return 0;
  return Number(await first.getAttribute('aria-setsize'));
};

describe.skipIf(!inject('baseUrl'))('hostile imports in the app', () => {
  test('a CSV of notes is refused with one message and the seed map stays', async () => {
    const s = await openBrowser();
    try {
      await pick(s, 'not-acled-notes.csv');
      const alert = s.page.locator('#dataset-menu [role="alert"]');
      await expect.poll(() => alert.textContent()).toMatch(/is not an ACLED export/);
      expect(await s.page.locator('#dataset-menu [role="alert"]').count()).toBe(1);
      expect(await s.page.locator('header .dataset').count()).toBe(0);
      await expect.poll(() => options(s)).toBe(8);
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });

  test('ten countries on four continents load every row', async () => {
    const s = await openBrowser();
    try {
      await pick(s, 'ten-countries-four-continents.csv');
      await expect
        .poll(() => s.page.locator('header .dataset').textContent())
        .toContain('ten-countries');
      await expect.poll(() => options(s)).toBe(10);
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });

  test('a UTF-16 export loads every row', async () => {
    const s = await openBrowser();
    try {
      await pick(s, 'utf16le-bom.csv');
      await expect.poll(() => s.page.locator('header .dataset').textContent()).toContain('utf16');
      await expect.poll(() => options(s)).toBe(10);
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});
