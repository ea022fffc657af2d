// The one place that says how to start headless Chromium here (team guide): Debian's Chromium with
// SwiftShader WebGL and a quiet browser that phones nobody. Used by `npm run bench`
// (bench/harness.ts) and the browser tests (tests/e2e/browser.ts).
import type { LaunchOptions } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for software WebGL (SwiftShader) and a quiet browser that phones nobody. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `chromium.launch` options: the executable and the flags above, plus any `extraArgs`. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] };
}
