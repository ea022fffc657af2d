// `APP_DIST=dir npx tsx bench/app/layers.ts [n]`: the composited layers of the built app at `n`
// synthetic incidents (CDP LayerTree): which page parts the compositor draws as their own quads
// every frame, with their sizes, and whether they paint content. For checking what a page change
// costs the display compositor (README, "In the app": the labels above the large layer).
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { openApp } from './session.ts';

const n = Number(process.argv[2] ?? 100000);
const server = await serveBench([['/', process.env.APP_DIST ?? join(TMP, 'app-dist')]]);
const browser = await launchChromium();
try {
  const { page } = await openApp(browser, server.url, n);
  const cdp = await page.context().newCDPSession(page);
  const tree = new Promise<
    {
      layerId: string;
      width: number;
      height: number;
      drawsContent: boolean;
      backendNodeId?: number;
      offsetX: number;
      offsetY: number;
    }[]
  >((ok) => cdp.on('LayerTree.layerTreeDidChange', (e) => e.layers && ok(e.layers as never)));
  await cdp.send('LayerTree.enable');
  await page.evaluate(() => document.body.style.setProperty('--poke', String(Math.random())));
  const layers = await tree;
  await cdp.send('DOM.getDocument', { depth: -1 });
  for (const l of layers) {
    let node = '';
    if (l.backendNodeId) {
      const d = await cdp
        .send('DOM.describeNode', { backendNodeId: l.backendNodeId })
        .catch(() => null);
      if (d)
        node = `${d.node.nodeName.toLowerCase()}${d.node.attributes?.length ? ' ' + JSON.stringify(d.node.attributes).slice(0, 90) : ''}`;
    }
    const why = await cdp
      .send('LayerTree.compositingReasons', { layerId: l.layerId })
      .then((r) => r.compositingReasonIds?.join(',') ?? '')
      .catch(() => '');
    console.log(
      `${why.padEnd(28).slice(0, 40)} ${l.drawsContent ? 'draws' : '     '} ${String(l.width).padStart(5)}×${String(l.height).padEnd(5)} at ${l.offsetX},${l.offsetY}  ${node}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
