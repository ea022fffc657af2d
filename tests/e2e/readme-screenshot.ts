// Makes docs/screenshot.png for the README from the production build with the real data
// (public/data): `npm run build && npx tsx tests/e2e/readme-screenshot.ts`.
import { resolve } from 'node:path';
import { openBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { waitForMap } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { server, url } = await serve(resolve(ROOT, 'dist'));
const s = await openBrowser({ width: 1400, height: 860 });
try {
  await s.page.goto(`${url}#incident=${process.argv[2] ?? '2018-mirjaveh-abduction'}`);
  await waitForMap(s.page);
  await s.page.getByRole('button', { name: 'Read in article' }).click();
  await s.page.locator('mark').waitFor();
  await waitForMap(s.page);
  await s.page.screenshot({ path: resolve(ROOT, 'docs/screenshot.png') });
  if (s.offsite.length || s.errors.length) {
    throw new Error(`offsite: ${s.offsite.join(', ')}; errors: ${s.errors.join('; ')}`);
  }
} finally {
  await s.close();
  server.close();
}
