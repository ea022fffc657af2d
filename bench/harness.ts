// Shared by `npm run bench` and tests/e2e/scale.test.ts: build the bench page, write synthetic
// datasets, serve both on loopback (random port), launch headless Chromium with SwiftShader WebGL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import { encodeColumns } from '../src/core/binaryLayout.ts';
import { generateSynthetic } from '../src/core/synthetic.ts';

/** Working folder of the benchmark (builds, datasets); outside the type-checked tree, disposable. */
export const TMP = resolve(import.meta.dirname, '../node_modules/.cache/borderlines-bench');
/** Seed of every synthetic benchmark dataset. */
export const BENCH_SEED = 42;

/** Builds the bench page into TMP/dist; throws with Vite's output on failure. */
export function buildBenchPage(): void {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench page build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Writes TMP/data/synth-N.bin (seeded) unless present; returns its URL path. */
export function ensureSynthetic(n: number): string {
  const dir = join(TMP, 'data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `synth-${n}-${BENCH_SEED}.bin`);
  if (!existsSync(file))
    writeFileSync(file, new Uint8Array(encodeColumns(generateSynthetic(n, BENCH_SEED))));
  return `data/synth-${n}-${BENCH_SEED}.bin`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.bin': 'application/octet-stream',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `roots` (URL prefix → folder, first match wins; by default TMP/data at /data/ and the
 * bench page, TMP/dist, at /) on 127.0.0.1:random.
 */
export async function serveBench(
  roots: [string, string][] = [
    ['/data/', join(TMP, 'data')],
    ['/', join(TMP, 'dist')],
  ],
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, root] = roots.find(([p]) => path.startsWith(p))!;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Headless Debian Chromium with SwiftShader WebGL (bench/chromium.ts), heap sizes exact. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(['--enable-precise-memory-info']));
}
