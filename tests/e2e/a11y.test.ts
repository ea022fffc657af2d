// axe-core over every view of the app, in headless Chromium against the production build: the
// first view, a selection, the article, the data menu, the filters, the search results, the share
// menu, the phone's sheet, the overlap chooser, 100,000 synthetic incidents, the Add article
// dialog, a draft under review (its panel and its marked article) and the Your articles list.
// Zero violations of any impact. The map (its canvas and its credits) is part of the page and is not excluded.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { describeFindings, runAxe, type AxeReport } from './axe.ts';
import { openBrowser, type Session } from './browser.ts';
import { incidentById, pagePoint, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
const MIRJAVEH = incidentById('2018-mirjaveh-abduction');
const ISLAMABAD = incidentById('2024-islamabad-press-conference');
const RASK = readFileSync(
  resolve(import.meta.dirname, '../fixtures/userArticles/rask.txt'),
  'utf8',
);

/** Loads the app anew at `url` and waits for the map. */
async function fresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMap(page);
}

/**
 * Runs axe and checks: no violation of any impact, and the map's credits are among what axe
 * could decide (their contrast is measured against an opaque background, not left undecided
 * over the canvas). Returns the report.
 */
async function expectNoViolations(page: Page, view: string): Promise<AxeReport> {
  const report = await runAxe(page);
  expect(report.violations, `${view}:\n${describeFindings(report.violations)}`).toEqual([]);
  const undecided = report.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .filter((n) => n.target.includes('maplibregl-ctrl-attrib') || n.html.includes('<a href'));
  expect(undecided, `${view}: contrast of the map credits undecided`).toEqual([]);
  expect(report.passes).toBeGreaterThan(20);
  return report;
}

/**
 * The timeline's date labels are SVG text inside an image (role="img"), whose contrast axe leaves
 * undecided; measured here instead: their fill against the control's white, WCAG's formula.
 */
function timelineLabelContrast(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const lum = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const control = document.querySelector('.time-control')!;
    const bg = lum(getComputedStyle(control).backgroundColor);
    return [...control.querySelectorAll('svg text')].map((t) => {
      const fg = lum(getComputedStyle(t).fill);
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
  });
}

describe.skipIf(!baseUrl)('axe-core: zero violations in every view (1280×800)', () => {
  let s: Session;
  let page: Page;

  beforeAll(async () => {
    s = await openBrowser();
    page = s.page;
    await fresh(page, `${baseUrl}#`);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the first view', async () => {
    await expectNoViolations(page, 'first view');
    const contrast = await timelineLabelContrast(page);
    expect(contrast.length).toBeGreaterThan(2);
    for (const c of contrast) expect(c).toBeGreaterThanOrEqual(4.5);
  });

  test('a selection (the panel open)', async () => {
    await page.locator(`[id="incident-option-${MIRJAVEH.properties.id}"]`).click();
    await page.locator('#selected-incident h2').waitFor();
    await expectNoViolations(page, 'selection');
  });

  test('the article view', async () => {
    await page.getByRole('button', { name: 'Read in article' }).click();
    await page.locator('#selected-incident mark').waitFor();
    await expectNoViolations(page, 'article');
  });

  test('the data menu (the picker open)', async () => {
    await page.getByRole('button', { name: 'Load data…' }).click();
    await page.locator('#dataset-menu input[type="file"]').waitFor();
    await expectNoViolations(page, 'data menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#dataset-menu').count()).toBe(0);
  });

  test('the filter panel open', async () => {
    await page.locator('.filter-panel summary').click();
    await page.locator('.filter-panel fieldset').first().waitFor();
    await expectNoViolations(page, 'filters');
    await page.locator('.filter-panel summary').click();
  });

  test('the search box with its results open', async () => {
    await page.locator('#incident-search').fill('islamabad');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await expectNoViolations(page, 'search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  test('the share and export menu open', async () => {
    await page.getByRole('button', { name: 'Share & export' }).click();
    await page.locator('#share-menu').waitFor();
    await expectNoViolations(page, 'share menu');
    await page.getByRole('button', { name: 'Embed…' }).click();
    await page.locator('#share-menu textarea').waitFor();
    await expectNoViolations(page, 'share menu, embed code');
    await page.keyboard.press('Escape');
  });

  test('the overlap chooser at the Islamabad stack', async () => {
    await fresh(page, `${baseUrl}#`);
    const at = await pagePoint(page, ISLAMABAD.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('dialog', { name: /incidents here/ }).waitFor();
    await expectNoViolations(page, 'chooser');
  });

  test('no console error and no request off this machine', () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});

describe.skipIf(!baseUrl)('axe-core: zero violations on a phone (390×844)', () => {
  test('the selected incident as a bottom sheet, and the unfolded list', async () => {
    const s = await openBrowser({ width: 390, height: 844 });
    try {
      await fresh(s.page, `${baseUrl}#incident=${MIRJAVEH.properties.id}`);
      await s.page.locator('#selected-incident h2').waitFor();
      await expectNoViolations(s.page, 'phone sheet');
      await s.page.getByRole('button', { name: /^Incidents/ }).click();
      await s.page.locator('[role="listbox"]').waitFor();
      await expectNoViolations(s.page, 'phone list');
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!baseUrl)('axe-core: zero violations with 100,000 synthetic incidents', () => {
  test('the large-data view (GPU layer, virtual list)', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto(`${baseUrl}?synthetic=100000&seed=1`);
      await s.page.waitForFunction(
        () => {
          const b = (window as unknown as { borderlines?: { large: unknown; map: unknown } })
            .borderlines;
          return !!b?.large && !!b.map;
        },
        null,
        { timeout: 60_000 },
      );
      // It opens on the last 30 days (with its note above the list); then the whole span, drawn
      // as dense points with their note on the map.
      await s.page.locator('.opening-note').waitFor();
      await expectNoViolations(s.page, 'large data');
      await s.page.evaluate(() => {
        const t = (
          window as unknown as {
            borderlines: { time: { extent: unknown; setWindow(w: unknown): void } };
          }
        ).borderlines.time;
        t.setWindow(t.extent);
      });
      await s.page.locator('.dense-note').waitFor();
      await expectNoViolations(s.page, 'large data, dense points');
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!baseUrl)('axe-core: zero violations in Add article (1280×800)', () => {
  let s: Session;
  let page: Page;

  beforeAll(async () => {
    s = await openBrowser();
    page = s.page;
    await fresh(page, `${baseUrl}#`);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the Add article dialog, empty and filled', async () => {
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByLabel('Article text').waitFor();
    await expectNoViolations(page, 'Add article, empty');
    await dialog.getByLabel('Article text').fill(RASK);
    await dialog.getByLabel('Outlet').fill('Example Wire');
    await dialog.getByLabel('Title').fill('Militants attack Guards headquarters in Rask');
    await dialog.getByLabel('URL (optional)').fill('https://example.org/rask');
    await dialog.getByLabel('Publication date (optional)').fill('2024-04-04');
    await expectNoViolations(page, 'Add article, filled');
  });

  test('the Add article dialog saying what is wrong (no text)', async () => {
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByLabel('Article text').fill('');
    await dialog.getByRole('button', { name: 'Find incidents' }).click();
    await expect.poll(() => dialog.locator('#add-article-message').textContent()).not.toBe('');
    await expectNoViolations(page, 'Add article, error');
    await dialog.getByLabel('Article text').fill(RASK);
  });

  test('a draft under review (the panel with Accept, Reject, Move)', async () => {
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByRole('button', { name: 'Find incidents' }).click();
    await expect
      .poll(
        async () =>
          (await dialog.count())
            ? `dialog: ${await dialog.locator('#add-article-message').textContent()}`
            : 'closed',
        { timeout: 60_000 },
      )
      .toBe('closed');
    await page.locator('section[aria-label="Review this proposal"]').waitFor({ timeout: 30_000 });
    await waitForMap(page);
    await expectNoViolations(page, 'draft under review');
  }, 120_000);

  test("the draft's article with the sentence, date and place marked", async () => {
    const panel = page.locator('aside[aria-label="Selected incident"]');
    await panel.getByRole('button', { name: 'Read in article' }).click();
    await panel.locator('.marked .text mark.date').waitFor();
    await expectNoViolations(page, 'draft article marks');
    await panel.getByRole('button', { name: '← Back to the incident' }).click();
  });

  test('the Your articles list', async () => {
    await page.getByRole('button', { name: /^Your articles/ }).click();
    await page.getByRole('dialog', { name: /Your articles/ }).waitFor();
    await expectNoViolations(page, 'Your articles');
    await page.keyboard.press('Escape');
  });

  test('no console error and no request off this machine', () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
