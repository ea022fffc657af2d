// "Add article" on a phone-sized screen (390×844): the dialog, a selected draft and the marked
// article fit the screen. Screenshots in tests/artifacts.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { addRask, panel } from './addArticleHelpers.ts';
import { openBrowser, type Session } from './browser.ts';
import { snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(!baseUrl)('Add article on a phone (390×844)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser({ width: 390, height: 844 });
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the dialog, a selected draft and the marked article fit the phone', async () => {
    await addRask(s.page, 'add-article-dialog-phone');
    await expect.poll(() => panel(s.page).locator('h2').textContent()).toBe('Clash in Rask');
    const box = await panel(s.page).boundingBox();
    expect(box!.width).toBe(390);
    await snap(s.page, 'add-article-draft-phone');
    await panel(s.page).getByRole('button', { name: 'Read in article' }).click();
    await panel(s.page).locator('.marked mark.place').first().waitFor();
    await snap(s.page, 'add-article-marks-phone');
    expect(s.errors).toEqual([]);
  });
});
