// The user inputs the app rows drive in headless Chromium (bench/app/measure.ts): keyboard
// scrubs, a handle dragged step by step and in a burst, a category toggled, playback; each
// timed in the page by bench/app/probe.ts.
import type { Page } from 'playwright-core';
import type { StepTiming } from './measure.ts';
import type { Scenario } from './scenarios.ts';

/** The app's read-only test hook (App.svelte), as far as the bench reads it. */
export interface Hook {
  time: {
    window: { from: number; to: number };
    extent: { from: number; to: number };
    store: { n: number; start: Int32Array };
    setWindow(w: { from: number; to: number }): void;
    pause(): void;
  } | null;
}

/** Sets the window through the state (set-up, not timed) and waits until the page settles. */
export async function setWindow(page: Page, from: number, to: number): Promise<void> {
  await page.evaluate(
    ([f, t]) => {
      const b = (window as unknown as { borderlines: Hook }).borderlines;
      b.time!.setWindow({ from: f!, to: t! });
    },
    [from, to],
  );
  await page.evaluate(() => window.__probe.settle(200));
}

/** One timed input: arms the probe, runs `input`, returns the step's timing. */
export async function timed(
  page: Page,
  types: string[],
  input: () => Promise<void>,
  latest = false,
): Promise<StepTiming | null> {
  await page.evaluate(([t, l]) => window.__probe.arm(t as string[], l as boolean), [
    types,
    latest,
  ] as const);
  await input();
  return page.evaluate(() => window.__probe.done());
}

export const handle = (page: Page, edge: 'from' | 'to') =>
  page.getByRole('slider', {
    name: edge === 'from' ? 'Start of time window' : 'End of time window',
  });

/** Keyboard steps of a scenario: focus the named handle, press the key, time it. */
export async function keyboardScenario(page: Page, sc: Scenario): Promise<StepTiming[]> {
  await setWindow(page, sc.start.from, sc.start.to);
  const out: StepTiming[] = [];
  for (const [edge, key] of sc.keys) {
    await handle(page, edge).focus();
    const t = await timed(page, ['keydown'], () => page.keyboard.press(key));
    if (t) out.push(t);
  }
  return out;
}

/** Drags the end handle left then right in `steps` moves of `dx` px, timing each move. */
export async function dragScenario(page: Page, steps: number, dx = 6): Promise<StepTiming[]> {
  const extent = await page.evaluate(
    () => (window as unknown as { borderlines: Hook }).borderlines.time!.extent,
  );
  await setWindow(page, extent.from, extent.to);
  const box = (await handle(page, 'to').boundingBox())!;
  const y = box.y + box.height / 2;
  let x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const out: StepTiming[] = [];
  for (let i = 0; i < steps; i++) {
    x += i < steps / 2 ? -dx : dx;
    const t = await timed(page, ['pointermove'], () => page.mouse.move(x, y));
    if (t) out.push(t);
  }
  await page.mouse.up();
  return out;
}

/**
 * A burst of `moves` drag moves sent without waiting for each: ms from the last move to the frame
 * showing where it put the handle (the latest position must win, with no queue of old ones).
 */
export async function dragBurst(page: Page, moves = 12, dx = 8): Promise<StepTiming | null> {
  const extent = await page.evaluate(
    () => (window as unknown as { borderlines: Hook }).borderlines.time!.extent,
  );
  await setWindow(page, extent.from, extent.to);
  const box = (await handle(page, 'to').boundingBox())!;
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const t = await timed(
    page,
    ['pointermove'],
    async () => {
      await Promise.all(
        Array.from({ length: moves }, (_, i) => page.mouse.move(x - dx * (i + 1), y)),
      );
    },
    true,
  );
  await page.mouse.up();
  return t;
}

/** Toggles the first category of the legend `toggles` times (off, on, …), timing each. */
export async function filterScenario(page: Page, toggles: number): Promise<StepTiming[]> {
  const legend = page.locator('details.legend');
  if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open)))
    await legend.locator('summary').click();
  const box = page.locator('details.legend input[type="checkbox"]').first();
  const out: StepTiming[] = [];
  for (let i = 0; i < toggles; i++) {
    const t = await timed(page, ['click'], () => box.click());
    if (t) out.push(t);
  }
  return out;
}

/** Animation-frame intervals (ms) while playback runs over a week window at 1 month/s. */
export async function playbackScenario(page: Page, start: number, ms: number): Promise<number[]> {
  await setWindow(page, start, start + 6);
  await page.locator('.speed select').selectOption('30');
  await page.getByRole('button', { name: /Play/ }).click();
  const frames = await page.evaluate((d) => window.__probe.playbackFrames(d), ms);
  await page.evaluate(() => (window as unknown as { borderlines: Hook }).borderlines.time!.pause());
  await page.evaluate(() => window.__probe.settle(200));
  return frames;
}
