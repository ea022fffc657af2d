import { readFileSync } from 'node:fs';
import { openBrowser } from './tests/e2e/browser.ts';
import { serve } from './tests/e2e/global-setup.ts';
import { waitForMap } from './tests/e2e/helpers.ts';
const { server, url } = await serve('/tmp/aa/dist');
const s = await openBrowser();
const p = s.page;
try {
  await p.goto(url);
  await waitForMap(p);
  await p.getByRole('button', { name: 'Add article' }).click();
  await p.getByLabel('Article text').fill(readFileSync('/tmp/aa/rask.txt', 'utf8'));
  await p.getByLabel('Outlet').fill('Example Wire');
  await p.getByLabel('Title').fill('Militants attack Guards headquarters in Rask');
  await p.getByLabel(/Publication date/).fill('2024-04-04');
  await p.screenshot({ path: '/tmp/aa/shots/dialog.png' });
  const t0 = Date.now();
  await p.getByRole('button', { name: 'Find incidents' }).click();
  await p.waitForSelector('.review', { timeout: 60000 });
  console.log('extracted in', Date.now() - t0, 'ms');
  await waitForMap(p);
  await p.screenshot({ path: '/tmp/aa/shots/draft.png' });
  await p.getByRole('button', { name: 'Read in article' }).click();
  await p.screenshot({ path: '/tmp/aa/shots/marks.png' });
} catch (e) { console.error(e); await p.screenshot({ path: '/tmp/aa/shots/error.png' }); }
console.log(s.errors, s.offsite);
await s.close();
server.close();
