// The time control, end to end, in headless Chromium against the production build and the data it
// ships (public/data): a deep-linked window filters the map and the excerpt list, the handles work
// by keyboard alone with the hash following, and playback stops on input.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { incidentById, renderedMarkerIds, snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
const MIRJAVEH = incidentById('2018-mirjaveh-abduction');
const SARAVAN = incidentById('2024-pakistan-strikes-saravan');
const JANUARY_2024 = '#from=2024-01-01&to=2024-01-31';

/** Loads the app anew (not a same-document hash change) at `url` and waits for the map. */
async function fresh(session: Session, url: string): Promise<void> {
  await session.page.goto('about:blank');
  await session.page.goto(url);
  await waitForMap(session.page);
  await session.page.locator('.time-control [role="slider"]').first().waitFor();
}

/** The text of the excerpts in the incident list, in list order. */
function listedExcerpts(page: Page): Promise<string[]> {
  return page.locator('[role="listbox"] q.excerpt').allTextContents();
}

/** The end handle of the time window. */
const endHandle = (page: Page) => page.getByRole('slider', { name: 'End of time window' });
const startHandle = (page: Page) => page.getByRole('slider', { name: 'Start of time window' });

/** Waits until the URL hash contains `part`, then returns the hash. */
async function hashWith(page: Page, part: string): Promise<string> {
  await page.waitForFunction((p) => location.hash.includes(p), part, { timeout: 5_000 });
  return page.evaluate(() => location.hash);
}

/** Resolves after the page has drawn two more animation frames. */
function twoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
  );
}

describe.skipIf(!baseUrl)('time control in Chromium', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
  });

  afterAll(async () => {
    await s?.close();
  });

  test('a January 2024 link lists the Saravan excerpt, not Mirjaveh, and maps no 2018 incident', async () => {
    await fresh(s, `${baseUrl}${JANUARY_2024}`);
    const excerpts = await listedExcerpts(s.page);
    expect(excerpts).toContain(SARAVAN.properties.excerpt);
    expect(excerpts).not.toContain(MIRJAVEH.properties.excerpt);
    const drawn = await renderedMarkerIds(s.page);
    expect(drawn).toContain(SARAVAN.properties.id);
    expect(drawn.filter((id) => id.startsWith('2018-'))).toEqual([]);
    // The data ends on 2024-01-29: the window is clamped to it, without an error.
    expect(await endHandle(s.page).getAttribute('aria-valuetext')).toBe('2024-01-29');
    expect(await s.page.locator('.errors').count()).toBe(0);
    await snap(s.page, 'e2e-time-2024');
  });

  test('the list is in date order and marks the incident nearest the window end', async () => {
    await fresh(s, `${baseUrl}#from=2024-01-01&to=2024-01-25`);
    const dates = await s.page.locator('[role="listbox"] .date').allTextContents();
    expect(dates).toEqual([...dates].sort());
    const marked = s.page.locator('[role="option"].highlight');
    expect(await marked.getAttribute('id')).toBe(
      'incident-option-2024-agreement-to-defuse-tensions',
    );
  });

  test('without a window in the link, no incident is marked and the list starts at the top', async () => {
    await fresh(s, baseUrl);
    expect(await s.page.locator('[role="option"].highlight').count()).toBe(0);
    expect(await s.page.locator('[role="listbox"]').evaluate((el) => el.scrollTop)).toBe(0);
  });

  test('keyboard only: the end and start handles move, the hash and the list follow', async () => {
    await fresh(s, `${baseUrl}${JANUARY_2024}`);
    const options = s.page.locator('[role="listbox"] [role="option"]');
    // 17, 18, 19, 26 and 29 January 2024.
    expect(await options.count()).toBe(5);
    // Tab through the page until the end handle has focus.
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      const label = await s.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (label === 'End of time window') break;
    }
    const end = endHandle(s.page);
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);

    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowLeft');
    expect(await end.getAttribute('aria-valuetext')).toBe('2024-01-26');
    expect(await hashWith(s.page, 'to=2024-01-26')).toContain('from=2024-01-01');
    // The press conference of 29 January drops out; the ambassadors' return (26th) stays.
    expect(await options.count()).toBe(4);

    await s.page.keyboard.press('Home');
    expect(await end.getAttribute('aria-valuetext')).toBe('2024-01-01');
    await hashWith(s.page, 'to=2024-01-01');
    expect(await options.count()).toBe(0);

    await s.page.keyboard.press('Shift+Tab');
    const start = startHandle(s.page);
    expect(await start.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.page.keyboard.press('Home');
    expect(await start.getAttribute('aria-valuetext')).toBe('2018-10-16');
    await hashWith(s.page, 'from=2018-10-16');
    // The three 2018 incidents: abduction, foreign minister's trip, release.
    expect(await options.count()).toBe(3);
    expect(await listedExcerpts(s.page)).toContain(MIRJAVEH.properties.excerpt);
  });

  test('a malformed window in the link is ignored with a message; the app keeps working', async () => {
    await fresh(s, `${baseUrl}#from=2024-13-45&to=2024-01-31`);
    const alert = s.page.locator('.errors[role="alert"]');
    expect(await alert.textContent()).toContain('from=2024-13-45');
    expect(await endHandle(s.page).getAttribute('aria-valuetext')).toBe('2024-01-29');
  });

  test('playback advances the window and any key stops it', async () => {
    await fresh(s, `${baseUrl}#from=2018-10-16&to=2018-10-20`);
    const end = endHandle(s.page);
    const before = Number(await end.getAttribute('aria-valuenow'));
    const play = s.page.locator('.time-control button.play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await s.page.waitForFunction(
      (v) =>
        Number(
          document
            .querySelector('[aria-label="End of time window"]')
            ?.getAttribute('aria-valuenow'),
        ) > v,
      before,
      { timeout: 15_000 },
    );
    await s.page.keyboard.press('Escape');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const stopped = await end.getAttribute('aria-valuenow');
    await twoFrames(s.page);
    expect(await end.getAttribute('aria-valuenow')).toBe(stopped);
    // Once stopped, the hash holds the window reached.
    await hashWith(s.page, `to=${await end.getAttribute('aria-valuetext')}`);
  });

  test('dragging the map stops playback', async () => {
    await fresh(s, `${baseUrl}#from=2018-10-16&to=2018-10-20`);
    const play = s.page.locator('.time-control button.play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    const box = (await s.page.locator('.map-area canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(x, y);
    await s.page.mouse.down();
    await s.page.mouse.move(x + 60, y + 20, { steps: 5 });
    await s.page.mouse.up();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
  });

  test('a selection outside the window stays on the map, faint, and "Include it" reveals it', async () => {
    await fresh(s, `${baseUrl}${JANUARY_2024}&incident=${MIRJAVEH.properties.id}`);
    expect(await renderedMarkerIds(s.page)).toContain(MIRJAVEH.properties.id);
    const faded = () =>
      s.page.evaluate(() => {
        const b = window as unknown as {
          borderlines: { map: { getPaintProperty(layer: string, name: string): unknown } };
        };
        return JSON.stringify(
          b.borderlines.map.getPaintProperty('incident-markers', 'icon-opacity'),
        );
      });
    expect(await faded()).toContain(MIRJAVEH.properties.id);
    await s.page.getByRole('button', { name: 'Include it' }).click();
    expect(await startHandle(s.page).getAttribute('aria-valuetext')).toBe('2018-10-16');
    expect(await listedExcerpts(s.page)).toContain(MIRJAVEH.properties.excerpt);
    expect(await faded()).not.toContain(MIRJAVEH.properties.id);
  });

  test('no console errors and no request off this machine', () => {
    expect(s.errors).toEqual([]);
    expect(s.offsite).toEqual([]);
  });
});

describe.skipIf(!baseUrl)('time control on a phone (375×740)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser({ width: 375, height: 740 });
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the time control fits the screen under the map', async () => {
    await fresh(s, `${baseUrl}${JANUARY_2024}`);
    const control = (await s.page.locator('.time-control').boundingBox())!;
    const map = (await s.page.locator('.map-area').boundingBox())!;
    await snap(s.page, 'e2e-time-phone');
    expect(control.x).toBeGreaterThanOrEqual(0);
    expect(control.x + control.width).toBeLessThanOrEqual(375);
    expect(control.y + control.height).toBeLessThanOrEqual(740);
    expect(map.height).toBeGreaterThan(200);
  });
});
