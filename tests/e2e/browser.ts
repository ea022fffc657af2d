// Headless Chromium for the browser tests: Debian's Chromium with SwiftShader WebGL, every request
// outside loopback aborted and recorded, console errors and page errors collected.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../bench/chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS } from '../../bench/chromium.ts';

/** A browser page plus what it did wrong. */
export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to fetch outside 127.0.0.1/localhost (all aborted). */
  offsite: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Closes the browser. */
  close: () => Promise<void>;
}

/** True for URLs on this machine (and data:/blob: URLs, which make no request). */
export function isLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
}

/** Launches Chromium with one page of the given viewport size (and any extra flags). */
export async function openBrowser(
  viewport = { width: 1280, height: 800 },
  extraArgs: string[] = [],
): Promise<Session> {
  const browser = await chromium.launch(chromiumLaunchOptions(extraArgs));
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const offsite: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { browser, context, page, offsite, errors, close: () => browser.close() };
}
