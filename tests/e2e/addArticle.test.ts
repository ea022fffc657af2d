// "Add article" end to end in Chromium on the production build: paste a passage (the Rask
// fixture), see its proposals as drafts beside the seeds, accept two, reject one, move one by a
// map click, reload (the decisions are still there), export the geodata/ zip and have the
// pipeline build accept it; bad input (empty, 5 MB, binary, HTML, no incident) is one message
// each, the app keeps working and nothing stored is lost. Screenshots at 1280×800 (the phone:
// addArticle-phone.test.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildAll, loadReference } from '../../pipeline/build-all.ts';
import { ROOT } from '../../pipeline/paths.ts';
import type { IncidentFeature } from '../../src/core/types.ts';
import { openBrowser, type Session } from './browser.ts';
import { addRask, panel, pick, RASK, shown } from './addArticleHelpers.ts';
import { incidents, pagePoint, snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
/** Where the Sarbaz arrests are moved to by a map click (inside Iran, Sistan and Baluchestan). */
const MOVED_TO: [number, number] = [61.3, 26.6];
const tmp: string[] = [];

describe.skipIf(!baseUrl)('Add article in Chromium (1280×800)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
    tmp.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  test('a pasted article appears at once as drafts beside the seeds', async () => {
    await addRask(s.page, 'add-article-dialog');
    const all = await shown(s.page);
    const drafts = all.filter((f) => f.draft).map((f) => f.title);
    expect(drafts.sort()).toEqual(['Attack in Chabahar', 'Clash in Rask', 'Statement in Sarbaz']);
    expect(all.length).toBe(incidents.length + 3);
    // The first proposal is selected, visibly a draft, with its controls.
    await expect.poll(() => panel(s.page).locator('h2').textContent()).toBe('Clash in Rask');
    expect(await panel(s.page).getByText('Proposed — check and accept').count()).toBe(1);
    expect(await s.page.locator('.option .draft').count()).toBe(3);
    await snap(s.page, 'add-article-draft-selected');
  });

  test('the article view marks the sentence, the date phrase and the place phrase', async () => {
    await panel(s.page).getByRole('button', { name: 'Read in article' }).click();
    const text = panel(s.page).locator('.marked .text');
    await expect
      .poll(() => text.locator('mark.date').allTextContents())
      .toEqual(['late on Wednesday']);
    expect(await text.locator('mark.place').allTextContents()).toEqual(['Rask']);
    expect((await text.locator('mark.sentence').allTextContents()).join('')).toContain(
      'Militants of the Jaish al-Adl group attacked',
    );
    await snap(s.page, 'add-article-marks');
    await panel(s.page).getByRole('button', { name: '← Back to the incident' }).click();
  });

  test('accept two, move one by a map click and accept it, reject one', async () => {
    const review = () => panel(s.page).locator('section[aria-label="Review this proposal"]');
    await review().getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => review().textContent()).toMatch(/Accepted — from your article/);

    await pick(s.page, /Attack in Chabahar/);
    await review().getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => review().textContent()).toMatch(/Accepted/);

    await pick(s.page, /Statement in Sarbaz/);
    await review().getByRole('button', { name: 'Place on map' }).click();
    await s.page.getByText('Click the map where the incident happened').waitFor();
    await s.page.evaluate((c) => {
      const map = (window as unknown as { borderlines: { map: { jumpTo(o: object): void } } })
        .borderlines.map;
      map.jumpTo({ center: c, zoom: 8 });
    }, MOVED_TO);
    await waitForMap(s.page);
    const at = await pagePoint(s.page, MOVED_TO);
    await s.page.mouse.click(at.x, at.y);
    await expect
      .poll(
        async () => (await shown(s.page)).find((f) => f.title === 'Statement in Sarbaz')?.precision,
      )
      .toBe('point');
    await expect.poll(() => panel(s.page).locator('h2').textContent()).toBe('Statement in Sarbaz');
    expect(await panel(s.page).textContent()).toMatch(/Placed by hand at 26\.6\d*, 61\.3/);
    await review().getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => review().textContent()).toMatch(/Accepted/);

    // The claim names no place, so it is not on the map: it is reviewed in "Your articles".
    await s.page.getByRole('button', { name: /Your articles \(1\)/ }).click();
    const list = s.page.getByRole('dialog', { name: 'Your articles' });
    await list.getByRole('button', { name: /Review \(no place yet\)/ }).click();
    await list.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => list.locator('li.rejected').count()).toBe(1);
    await snap(s.page, 'add-article-your-articles');
    await list.getByRole('button', { name: 'Close' }).click();

    const mine = (await shown(s.page)).filter((f) => f.id.startsWith('user-'));
    expect(mine.map((f) => [f.title, f.draft]).sort()).toEqual([
      ['Attack in Chabahar', false],
      ['Clash in Rask', false],
      ['Statement in Sarbaz', false],
    ]);
  });

  test('bad input is one clear message each; the app keeps working; nothing stored is lost', async () => {
    const before = await shown(s.page);
    await s.page.getByRole('button', { name: 'Add article' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Add article' });
    const alert = dialog.getByRole('alert');
    const submit = () => dialog.getByRole('button', { name: 'Find incidents' }).click();
    const box = dialog.getByLabel('Article text');

    await box.fill('');
    await submit();
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^The text is empty: give the article's text\.$/);

    await box.evaluate((el: HTMLTextAreaElement) => {
      el.value = 'word '.repeat(1_000_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await expect.poll(() => alert.textContent()).toMatch(/5\.0 MB; one article is at most 1 MB/);

    await dialog.locator('input[type=file]').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
    });
    await expect
      .poll(() => alert.textContent())
      .toBe('“photo.jpg”: this is binary data, not text — save the article as plain text (UTF-8).');

    const html =
      '<html><body><p>Gunmen attacked <img src=x onerror="window.__pwned=1"></p></body></html>';
    await box.fill(html);
    await submit();
    await expect.poll(() => alert.textContent()).toMatch(/looks like HTML, not the article text/);
    expect(await box.inputValue()).toBe(html);
    expect(
      await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    await box.fill('The weather in Quetta was mild on Sunday, and the markets were busy.');
    await submit();
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/No incident found/);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await shown(s.page)).toEqual(before);
    expect(await s.page.getByRole('button', { name: /Your articles \(1\)/ }).count()).toBe(1);
    // The app still works: selecting a seed incident opens its panel.
    await pick(s.page, /Border guards abducted/);
  });

  test('after a reload the decisions are still there', async () => {
    await s.page.reload();
    await waitForMap(s.page);
    await expect.poll(async () => (await shown(s.page)).length).toBe(incidents.length + 3);
    const mine = (await shown(s.page)).filter((f) => f.id.startsWith('user-'));
    expect(mine.every((f) => !f.draft)).toBe(true);
    const sarbaz = mine.find((f) => f.title === 'Statement in Sarbaz')!;
    expect(sarbaz.lonLat[0]).toBeCloseTo(MOVED_TO[0], 1);
    expect(sarbaz.lonLat[1]).toBeCloseTo(MOVED_TO[1], 1);
    await s.page.getByRole('button', { name: /Your articles \(1\)/ }).click();
    await expect.poll(() => s.page.locator('li.rejected').count()).toBe(1);
    await s.page
      .getByRole('dialog', { name: 'Your articles' })
      .getByRole('button', { name: 'Close' })
      .click();
    expect(s.errors).toEqual([]);
    expect(s.offsite).toEqual([]);
  });

  test('the geodata export is accepted by the pipeline build', async () => {
    await s.page.getByRole('button', { name: /Your articles \(1\)/ }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Your articles' });
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download geodata (.zip)' }).click(),
    ]);
    const zip = readFileSync(await download.path());
    const dir = mkdtempSync(join(tmpdir(), 'borderlines-e2e-geodata-'));
    tmp.push(dir);
    cpSync(join(ROOT, 'geodata'), dir, { recursive: true });
    const files = unzipSync(new Uint8Array(zip));
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const txt = Object.keys(files).find((p) => p.endsWith('.txt'))!;
    expect(Buffer.from(files[txt]!).toString('utf8')).toBe(RASK);
    const out = buildAll(
      {
        articles: join(dir, 'articles'),
        incidents: join(dir, 'incidents'),
        aliases: join(dir, 'aliases.yaml'),
      },
      loadReference(),
    );
    const built = (
      JSON.parse(out.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const article = txt.slice('articles/'.length, -'.txt'.length);
    const mine = built.filter((f) => f.properties.article === article);
    expect(mine.map((f) => f.properties.title).sort()).toEqual([
      'Attack in Chabahar',
      'Clash in Rask',
      'Statement in Sarbaz',
    ]);
    const excluded = JSON.parse(out.get('public/data/excluded.json')!) as { article: string }[];
    expect(excluded.filter((e) => e.article === article)).toHaveLength(1);

    const [geojson] = await Promise.all([
      s.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    const collection = JSON.parse(readFileSync(await geojson.path(), 'utf8')) as {
      features: IncidentFeature[];
    };
    expect(collection.features.map((f) => f.properties.title).sort()).toEqual([
      'Attack in Chabahar',
      'Clash in Rask',
      'Statement in Sarbaz',
    ]);
  });

  test('"Remove article" asks first, then removes it and its incidents', async () => {
    const dialog = s.page.getByRole('dialog', { name: 'Your articles' });
    await dialog.getByRole('button', { name: 'Remove article' }).click();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    expect((await shown(s.page)).length).toBe(incidents.length + 3);
    await dialog.getByRole('button', { name: 'Remove article' }).click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(async () => (await shown(s.page)).length).toBe(incidents.length);
    await s.page.reload();
    await waitForMap(s.page);
    expect((await shown(s.page)).length).toBe(incidents.length);
    expect(await s.page.getByRole('button', { name: /Your articles/ }).count()).toBe(0);
  });
});
