// The set-up bench/app/profile.ts and trace.ts share: the built app (TMP/app-dist) at `n`
// incidents (8: the seed data) in a 1280×800 page, a `days`-day window at 40 % of the data, the
// end handle focused, and a scrub step (PageUp, waited to two animation frames).
import type { Browser, Page } from 'playwright-core';

/** What the set-up reads of the app's test hook (`window.borderlines`). */
interface Hook {
  time: {
    extent: { from: number; to: number };
    store: { start: Int32Array };
    setWindow(w: { from: number; to: number }): void;
  } | null;
}

/** Opens the app at `n` incidents with a `days`-day window at 40 % of the data, end handle focused. */
export async function openForScrub(
  browser: Browser,
  baseUrl: string,
  n: number,
  days: number,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(n === 8 ? `${baseUrl}?bench` : `${baseUrl}?synthetic=${n}&seed=42&bench`);
  const end = page.getByRole('slider', { name: 'End of time window' });
  await end.waitFor();
  await page.waitForFunction(() => (window as unknown as { borderlines: Hook }).borderlines.time);
  await page.waitForTimeout(3000);
  await page.evaluate((d) => {
    const t = (window as unknown as { borderlines: Hook }).borderlines.time!;
    const s = t.store.start;
    const at = s[Math.floor(s.length * 0.4)] ?? t.extent.from;
    t.setWindow({ from: at, to: Math.min(t.extent.to, at + d - 1) });
  }, days);
  await page.waitForTimeout(1500);
  await end.focus();
  return page;
}

/** One scrub step: PageUp on the focused handle, then two animation frames. */
export async function scrubStep(page: Page): Promise<void> {
  await page.keyboard.press('PageUp');
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}
