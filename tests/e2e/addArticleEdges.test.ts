// "Add article" edge cases in Chromium on the production build, from a QA pass: a URL with a space
// in the host (Chromium's URL parser takes it) and a publication date years ahead are refused
// together, each named; a 5,000-character title is cut to 500 and, without spaces, wraps instead of
// widening the panel or "Your articles"; a single source is said once, its link in the "Source"
// row; "Your articles" by keyboard keeps focus where the next key makes sense.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { panel, RASK } from './addArticleHelpers.ts';
import { snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(!baseUrl)('Add article edge cases in Chromium (1280×800)', () => {
  let s: Session;
  /** The focused element's accessible text (a button's label, a heading's text) and tag. */
  const focused = () =>
    s.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.tagName ?? ''}:${el?.getAttribute('role') ?? el?.textContent?.trim() ?? ''}`;
    });

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('a URL with a space and a date years ahead are refused at once, each named', async () => {
    await s.page.getByRole('button', { name: 'Add article' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByLabel('Article text').fill(RASK);
    await dialog.getByLabel('Outlet').fill('Example Wire');
    await dialog.getByLabel('Title').fill('W'.repeat(5000));
    expect((await dialog.getByLabel('Title').inputValue()).length).toBe(500);
    await dialog.getByLabel('URL (optional)').fill('https://exa mple.org/a');
    await dialog.getByLabel('Publication date (optional)').fill('2031-06-01');
    await dialog.getByRole('button', { name: 'Find incidents' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/The URL has a space in it/);
    expect(await alert.textContent()).toMatch(/The publication date 2031-06-01 is after today/);
    expect(await dialog.getByLabel('URL (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(
      await dialog.getByLabel('Publication date (optional)').getAttribute('aria-invalid'),
    ).toBe('true');
    await snap(s.page, 'add-article-edges-refused');

    await dialog.getByLabel('URL (optional)').fill('https://example.org/rask');
    await dialog.getByLabel('Publication date (optional)').fill('2024-04-04');
    await dialog.getByRole('button', { name: 'Find incidents' }).click();
    await s.page.locator('section[aria-label="Review this proposal"]').waitFor({ timeout: 30_000 });
    await waitForMap(s.page);
  });

  test('one source is said once: no second "Source" list, the link in the Source row', async () => {
    await expect.poll(() => panel(s.page).locator('h2').textContent()).toBe('Clash in Rask');
    expect(await panel(s.page).locator('#sources-title').count()).toBe(0);
    expect(await panel(s.page).locator('blockquote').count()).toBe(1);
    const links = panel(s.page).getByRole('link', { name: 'https://example.org/rask' });
    expect(await links.count()).toBe(1);
  });

  test('a title of 500 letters without a space wraps in the article view and in Your articles', async () => {
    await panel(s.page).getByRole('button', { name: 'Read in article' }).click();
    await panel(s.page).locator('.marked mark.place').first().waitFor();
    const wide = (selector: string) =>
      s.page.evaluate(
        (sel) => [...document.querySelectorAll(sel)].map((e) => e.scrollWidth - e.clientWidth),
        selector,
      );
    const panelOverflow = await wide('aside[aria-label="Selected incident"]');
    expect(panelOverflow.every((d) => d <= 1)).toBe(true);
    const source = await panel(s.page).locator('.source').boundingBox();
    const aside = await panel(s.page).boundingBox();
    expect(source!.x + source!.width).toBeLessThanOrEqual(aside!.x + aside!.width + 1);
    await snap(s.page, 'add-article-edges-long-title-article');
    await panel(s.page).getByRole('button', { name: '← Back to the incident' }).click();

    await s.page.getByRole('button', { name: /Your articles \(1\)/ }).click();
    const list = s.page.getByRole('dialog', { name: 'Your articles' });
    await list.waitFor();
    const dialogOverflow = await wide('[role=dialog], .backdrop');
    expect(dialogOverflow.every((d) => d <= 1)).toBe(true);
    await snap(s.page, 'add-article-edges-long-title-list');
  });

  test('Your articles by keyboard: Keep it is focused first, focus comes back, Escape closes', async () => {
    const list = s.page.getByRole('dialog', { name: 'Your articles' });
    await list.getByRole('button', { name: 'Remove article' }).focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(focused).toBe('BUTTON:Keep it');
    await s.page.keyboard.press('Enter');
    await expect.poll(focused).toBe('BUTTON:Remove article');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('BUTTON:Remove');
    await s.page.keyboard.press('Enter');
    await expect.poll(focused).toBe('DIV:dialog');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(s.errors).toEqual([]);
    expect(s.offsite).toEqual([]);
  });
});
