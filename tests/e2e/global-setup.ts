// Browser tests run against the PRODUCTION build, exactly as it ships: build the app into a temp
// folder (the build copies the committed data, public/data, into its data/ folder), serve it on
// 127.0.0.1 at a random port, and hand the URL to the tests (`inject('baseUrl')`). When Chromium
// is missing the tests skip with a loud banner, except in CI (`CI` set), where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served build, ending in `/`; empty when the browser tests are skipped. */
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A tiny static file server for `dir` on 127.0.0.1 (random port). */
export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const banner = `\n${'!'.repeat(72)}\n!! No Chromium at ${CHROMIUM}: the browser (e2e) tests are SKIPPED.\n!! Install it: apt-get install chromium\n${'!'.repeat(72)}\n`;
    if (process.env.CI) throw new Error(`CI: ${banner}`);
    console.warn(banner);
    project.provide('baseUrl', '');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'borderlines-e2e-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // A plain production build: Vitest's variables (VITEST, NODE_ENV=test) would make the
      // Svelte plugins build for the server, and `mount` would fail in the browser.
      env: Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST',
        ),
      ),
    },
  );
  if (build.status !== 0) throw new Error('vite build failed for the browser tests');
  if (!existsSync(join(out, 'data/incidents.geojson'))) {
    throw new Error('the build has no data/incidents.geojson: run `npm run data` (public/data)');
  }
  const { server, url } = await serve(out);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((ok) => server.close(ok));
    rmSync(out, { recursive: true, force: true });
  };
}
