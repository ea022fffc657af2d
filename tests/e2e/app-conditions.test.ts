// The map app end to end in headless Chromium, in conditions other than a desktop with WebGL and
// the shipped data: a phone-sized screen, a basemap style from the link, no WebGL at all, and
// missing or broken data files.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { incidentById, incidents, snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
const MIRJAVEH = incidentById('2018-mirjaveh-abduction');

describe.skipIf(!baseUrl)('map app on a phone-sized screen', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser({ width: 390, height: 780 });
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the list starts folded and toggles; the selection opens as a bottom sheet', async () => {
    await s.page.goto(`${baseUrl}#incident=${MIRJAVEH.properties.id}`);
    await waitForMap(s.page);
    const toggle = s.page.getByRole('button', { name: /^Incidents/ });
    expect(await s.page.locator('[role="listbox"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await s.page.locator('[role="listbox"]').isVisible()).toBe(true);
    await snap(s.page, 'e2e-phone-list');
    await toggle.click();
    expect(await s.page.locator('[role="listbox"]').isVisible()).toBe(false);
    const sheet = await s.page.locator('aside[aria-label="Selected incident"]').boundingBox();
    expect(sheet).not.toBeNull();
    expect(Math.round(sheet!.y + sheet!.height)).toBe(780);
    expect(sheet!.width).toBe(390);
    await snap(s.page, 'e2e-phone');
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe.skipIf(!baseUrl)('?style=URL', () => {
  test('loads the named online style instead of the offline basemap', async () => {
    const s = await openBrowser();
    try {
      const style = 'https://tiles.example.invalid/style.json';
      await s.page.goto(`${baseUrl}?style=${encodeURIComponent(style)}`);
      await s.page.locator('[role="option"]').first().waitFor();
      await s.page.waitForFunction(
        () => document.querySelector('[role="alert"]')?.textContent?.includes('Map error'),
        null,
        { timeout: 15_000 },
      );
      // The browser tests block every off-loopback request, so the style's host is recorded.
      expect(s.offsite).toContain(style);
      expect(await s.page.locator('.online-notice').textContent()).toContain(
        'tiles.example.invalid',
      );
      expect(s.offsite.every((u) => u.startsWith('https://tiles.example.invalid/'))).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!baseUrl)('no WebGL', () => {
  test('says the map cannot be drawn and keeps the list and the panel working', async () => {
    const s = await openBrowser(undefined, ['--disable-webgl', '--disable-3d-apis']);
    try {
      await s.page.goto(`${baseUrl}#incident=${MIRJAVEH.properties.id}`);
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The map cannot be drawn in this browser');
      expect(await s.page.locator('[role="option"]').count()).toBe(incidents.length);
      expect(
        await s.page.locator('aside[aria-label="Selected incident"] blockquote').textContent(),
      ).toBe(MIRJAVEH.properties.excerpt);
      await snap(s.page, 'e2e-no-webgl');
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!baseUrl)('missing or broken data', () => {
  test('a missing incidents file shows an error naming the file and the fix', async () => {
    const s = await openBrowser();
    try {
      await s.page.route('**/data/incidents.geojson', (route) => route.fulfill({ status: 404 }));
      await s.page.goto(baseUrl);
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('data/incidents.geojson');
      expect(text).toContain('npm run data');
      await snap(s.page, 'e2e-missing-data');
    } finally {
      await s.close();
    }
  });

  test('a malformed articles file shows an error naming the file and the fix', async () => {
    const s = await openBrowser();
    try {
      await s.page.route('**/data/articles.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "a",' }),
      );
      await s.page.goto(baseUrl);
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('data/articles.json: not valid JSON');
      expect(text).toContain('npm run data');
    } finally {
      await s.close();
    }
  });
});
