// The excerpt list reuses its row elements when the time window moves (issue 10): on the seed data,
// in a window whose rows all fit the list (so it does not scroll), the element under a resting
// pointer shows another incident after the window moves, and the hover (the app's and the map's
// hover marker), a click and the row's marks must be those of the incident it shows now.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { waitForMap, type MapHandle } from './helpers.ts';

const baseUrl = inject('baseUrl');
/** Five incidents, 17–29 January 2024: every row fits the list. */
const HASH = '#from=2024-01-17&to=2024-01-31';

/** The page's test hook (App.svelte), as far as these tests read it. */
interface Hook {
  app: { hoveredId: string | null; selectedId: string | null };
  time: { window: { from: number; to: number }; setWindow(w: { from: number; to: number }): void };
  map: MapHandle & { getFilter(layer: string): unknown };
}

describe.skipIf(!baseUrl)('list rows reused across time windows', () => {
  let s: Session;
  /** Page point at the middle of the list's second row. */
  let at: { x: number; y: number };

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${baseUrl}${HASH}`);
    await waitForMap(s.page);
    const box = (await s.page.locator('[role="listbox"]').boundingBox())!;
    at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + 88 * 1.5) };
  });

  afterAll(async () => {
    await s?.close();
  });

  /** The row element under `at`: its incident, marks and the app's hover and selection. */
  const state = () =>
    s.page.evaluate((p) => {
      const b = (window as unknown as { borderlines: Hook }).borderlines;
      const row = document.elementFromPoint(p.x, p.y)?.closest('[role="option"]');
      return {
        under: row?.id.replace('incident-option-', '') ?? null,
        marked: !!row?.classList.contains('hovered'),
        hovered: b.app.hoveredId,
        mapHover: JSON.stringify(b.map.getFilter('incident-hover')),
        chosen: b.app.selectedId,
      };
    }, at);

  /** Moves the window `days` later, keeping its length; the list must not scroll. */
  const shift = (days: number) =>
    s.page.evaluate((d) => {
      const t = (window as unknown as { borderlines: Hook }).borderlines.time;
      t.setWindow({ from: t.window.from + d, to: t.window.to + d });
    }, days);

  test('a pointer resting on a row while the window moves hovers the row’s new incident', async () => {
    await s.page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await state()).hovered).toBe('2024-pakistan-strikes-saravan');
    await s.page.evaluate((p) => {
      (document.elementFromPoint(p.x, p.y)!.closest('[role="option"]') as HTMLElement).dataset.was =
        'saravan';
    }, at);
    await shift(2); // 19 January – 2 February: the first two leave, every row moves up two
    await expect.poll(async () => (await state()).under).toBe('2024-ambassadors-return');
    // The precondition: the same element, now showing another incident (no new mouseenter).
    expect(
      await s.page.evaluate(
        (p) =>
          (document.elementFromPoint(p.x, p.y)!.closest('[role="option"]') as HTMLElement).dataset
            .was,
        at,
      ),
    ).toBe('saravan');
    await expect
      .poll(async () => {
        const { hovered, marked, mapHover } = await state();
        return { hovered, marked, mapHover: mapHover.includes('2024-ambassadors-return') };
      })
      .toEqual({ hovered: '2024-ambassadors-return', marked: true, mapHover: true });
  });

  test('a click on the reused row selects the incident it shows now', async () => {
    await s.page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await state()).chosen).toBe('2024-ambassadors-return');
    expect(
      await s.page
        .locator('#incident-option-2024-ambassadors-return')
        .getAttribute('aria-selected'),
    ).toBe('true');
  });

  test('no console error and no request off loopback', () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
