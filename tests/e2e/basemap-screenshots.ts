// Screenshots of the offline basemap for review (borders at zoom 8–9, the first view at three
// screen sizes, the world), from a production build: `npx vite build --outDir DIR && npx tsx
// tests/e2e/basemap-screenshots.ts DIR [PREFIX]`. They land in tests/artifacts/basemap/, named
// PREFIX-view.png; the first view's draw time (navigation to the map's first `idle`) is printed.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { ARTIFACTS, waitForMap } from './helpers.ts';

/** A named view: viewport and hash (none for the first view, which fits the incidents). */
interface Shot {
  name: string;
  viewport: { width: number; height: number };
  hash: string;
}

const WIDE = { width: 1440, height: 900 };
const SHOTS: Shot[] = [
  { name: 'first-1440x900', viewport: WIDE, hash: '' },
  { name: 'first-1280x800', viewport: { width: 1280, height: 800 }, hash: '' },
  { name: 'first-390x844', viewport: { width: 390, height: 844 }, hash: '' },
  { name: 'ir-pk-mirjaveh-z8', viewport: WIDE, hash: '#map=8/28.9/61.6' },
  { name: 'ir-pk-mirjaveh-z9', viewport: WIDE, hash: '#map=9/29.0/61.5' },
  { name: 'ir-pk-saravan-z9', viewport: WIDE, hash: '#map=9/27.2/62.9' },
  { name: 'ir-pk-coast-z9', viewport: WIDE, hash: '#map=9/25.6/61.7' },
  { name: 'east-of-islamabad-z8', viewport: WIDE, hash: '#map=8/33.9/74.2' },
  { name: 'east-of-islamabad-z9', viewport: WIDE, hash: '#map=9/34.1/74.0' },
  { name: 'world-z1', viewport: WIDE, hash: '#map=1.2/20/40' },
];

const dir = resolve(process.argv[2] ?? 'dist');
const prefix = process.argv[3] ?? 'shot';
const out = resolve(ARTIFACTS, 'basemap');
mkdirSync(out, { recursive: true });
const { server, url } = await serve(dir);
try {
  for (const shot of SHOTS) {
    const s = await openBrowser(shot.viewport);
    try {
      const start = Date.now();
      await s.page.goto(`${url}${shot.hash}`);
      await waitForMap(s.page);
      const ms = Date.now() - start;
      const path = resolve(out, `${prefix}-${shot.name}.png`);
      await s.page.screenshot({ path });
      console.log(`${path} (to idle ${ms} ms)`);
      if (s.offsite.length || s.errors.length) {
        throw new Error(`offsite: ${s.offsite.join(', ')}; errors: ${s.errors.join('; ')}`);
      }
    } finally {
      await s.close();
    }
  }
} finally {
  server.close();
}
