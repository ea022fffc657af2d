// Free-text search, end to end, in headless Chromium against the production build: on the seed
// data "Saravan" lists the Pakistani strike first, Enter selects it (panel, hash with incident= and
// q=), and the list and the map show only matches; a `#q=saravan` link restores the query and the
// filtered list; at 100,000 synthetic incidents the index builds in the search worker while the
// page shows its progress (the main thread's long tasks are logged), and the match is listed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { featureAt } from '../../src/core/binaryLayout.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import { openBrowser, type Session } from './browser.ts';
import { incidentById, renderedMarkerIds, snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
const SARAVAN = incidentById('2024-pakistan-strikes-saravan');

/** The search box. */
const box = (page: Page) => page.getByRole('combobox', { name: 'Search incidents' });

/** Ids of the incidents the sidebar list shows, in list order. */
async function listedIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('#incident-sidebar .incident-list [role="option"]')
    .evaluateAll((els) => els.map((e) => e.id));
  return ids.map((id) => id.replace(/^incident-option-/, ''));
}

/** Loads the app anew at `url` and waits for the map. */
async function fresh(s: Session, url: string): Promise<void> {
  await s.page.goto('about:blank');
  await s.page.goto(url);
  await waitForMap(s.page);
}

describe.skipIf(!baseUrl)('search on the seed data in Chromium', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
  });

  afterAll(async () => {
    await s?.close();
  });

  test('typing "Saravan" lists the Pakistani strike on Saravan first, with the word marked', async () => {
    await fresh(s, baseUrl);
    await box(s.page).fill('Saravan');
    const first = s.page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.locator('.title').textContent()).toBe(SARAVAN.properties.title);
    expect(await first.locator('mark').first().textContent()).toBe('Saravan');
    expect(await s.page.locator('#search-status').textContent()).toBe('1 match');
    await snap(s.page, 'e2e-search-results');
  });

  test('Enter selects it: the panel opens and the link keeps incident= and q=saravan', async () => {
    await box(s.page).press('Enter');
    await expect
      .poll(() => s.page.locator('.panel-wrap h2').textContent())
      .toContain(SARAVAN.properties.title);
    await expect
      .poll(() => s.page.evaluate(() => location.hash))
      .toMatch(/incident=2024-pakistan-strikes-saravan/);
    expect(await s.page.evaluate(() => location.hash)).toMatch(/(^#|&)q=saravan(&|$)/i);
  });

  test('the list and the map show only the matches', async () => {
    await expect.poll(() => listedIds(s.page)).toEqual([SARAVAN.properties.id]);
    // The map redraws its source after the list updates: poll what it has drawn.
    await expect.poll(() => renderedMarkerIds(s.page)).toEqual([SARAVAN.properties.id]);
    expect(await s.page.locator('.list-count').textContent()).toContain('matching the filters');
    await snap(s.page, 'e2e-search-saravan');
  });

  test('a #q=saravan link restores the query in the box and the filtered list', async () => {
    await fresh(s, `${baseUrl}#q=saravan`);
    expect(await box(s.page).inputValue()).toBe('saravan');
    await expect.poll(() => listedIds(s.page)).toEqual([SARAVAN.properties.id]);
    expect(await s.page.locator('#search-status').textContent()).toBe('1 match');
  });

  test('Escape twice clears the query: every incident is listed again, q leaves the link', async () => {
    await box(s.page).focus();
    await box(s.page).press('Escape');
    await box(s.page).press('Escape');
    await expect.poll(() => listedIds(s.page).then((ids) => ids.length)).toBe(8);
    await expect.poll(() => s.page.evaluate(() => location.hash)).not.toMatch(/q=/);
    expect(s.errors).toEqual([]);
    expect(s.offsite).toEqual([]);
  });
});

const N = 100_000;
const columns = generateSynthetic(N, 1);

describe.skipIf(!baseUrl)(`search at ${N.toLocaleString('en')} synthetic incidents`, () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${baseUrl}?synthetic=${N}&seed=1`);
    await s.page.waitForFunction(
      () => !!(window as { borderlines?: { large: unknown } }).borderlines?.large,
      null,
      {
        timeout: 60_000,
      },
    );
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the index builds in the worker while the page keeps updating; the match is listed first', async () => {
    const target = 4711;
    const title = featureAt(columns, target).properties.title; // "Synthetic <category> #4711"
    // Record every text the status shows and the main thread's long tasks while the index
    // builds: a main thread busy with the whole build would show no progress in between.
    await s.page.evaluate(() => {
      const w = window as unknown as { seen_: string[]; long_: number[] };
      w.seen_ = [];
      w.long_ = [];
      const status = document.getElementById('search-status')!;
      new MutationObserver(() => w.seen_.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.long_.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await box(s.page).fill(title);
    const status = s.page.locator('#search-status');
    await expect
      .poll(() => status.textContent(), { timeout: 120_000, interval: 250 })
      .toMatch(/match/);
    const wallMs = Date.now() - started;
    const { seen, long, indexMs } = await s.page.evaluate(() => {
      const w = window as unknown as { seen_: string[]; long_: number[] };
      const ms = document.querySelector('.search')?.getAttribute('data-index-ms');
      return { seen: w.seen_, long: w.long_, indexMs: ms ? Number(ms) : null };
    });
    console.log(
      `search at ${N}: index built in ${indexMs} ms in the worker; typing to answer ${wallMs} ms; ` +
        `main-thread tasks over 50 ms meanwhile: ${long.length} (longest ${Math.max(0, ...long)} ms)`,
    );
    const progress = new Set(seen.filter((t) => /^Indexing 100,000 incidents… \d+%$/.test(t)));
    expect(progress.size).toBeGreaterThan(1);
    expect(indexMs).not.toBeNull();
    const first = s.page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.locator('.title').textContent()).toBe(title);
    await box(s.page).press('Enter');
    await expect.poll(() => s.page.locator('.panel-wrap h2').textContent()).toContain(title);
    expect(await s.page.evaluate(() => location.hash)).toContain(`incident=synthetic-${target}`);
    await expect
      .poll(() => s.page.locator('.list-count').textContent())
      .toMatch(/ matching the filters/);
    await snap(s.page, 'e2e-search-synthetic');
    expect(s.errors).toEqual([]);
  });
});
