// Helpers of the "Add article" e2e tests: the Rask passage, pasting it through the dialog, the
// incidents the app shows, the panel, picking from the list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { IncidentFeature } from '../../src/core/types.ts';
import { snap, waitForMap } from './helpers.ts';

/** The Rask passage the tests paste. */
export const RASK = readFileSync(
  resolve(import.meta.dirname, '../fixtures/userArticles/rask.txt'),
  'utf8',
);

/** An incident as the app shows it. */
export interface Shown {
  id: string;
  title: string;
  draft: boolean;
  lonLat: [number, number];
  precision: string;
}

/** The incidents the app shows now (seeds and the user's), from the test handle. */
export function shown(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const app = (
      window as unknown as {
        borderlines: { app: { dataset: { features(): IncidentFeature[] } | null } };
      }
    ).borderlines.app;
    return (app.dataset?.features() ?? []).map((f) => ({
      id: f.properties.id,
      title: f.properties.title,
      draft: !!f.properties.draft,
      lonLat: f.geometry.coordinates,
      precision: f.properties.place_precision,
    }));
  });
}

/** Opens "Add article", fills it with the Rask passage and reads it. */
export async function addRask(page: Page, snapName?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Article text').fill(RASK);
  await dialog.getByLabel('Outlet').fill('Example Wire');
  await dialog.getByLabel('Title').fill('Militants attack Guards headquarters in Rask');
  await dialog.getByLabel('URL (optional)').fill('https://example.org/rask');
  await dialog.getByLabel('Publication date (optional)').fill('2024-04-04');
  if (snapName) await snap(page, snapName);
  await dialog.getByRole('button', { name: 'Find incidents' }).click();
  await page.locator('section[aria-label="Review this proposal"]').waitFor({ timeout: 30_000 });
  await waitForMap(page);
}

/** The panel of the selected incident. */
export const panel = (page: Page) => page.locator('aside[aria-label="Selected incident"]');

/** Selects an incident by its title in the list. */
export async function pick(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('option', { name: title }).click();
  await expect.poll(() => panel(page).locator('h2').textContent()).toMatch(title);
}
