// Measures MiniSearch and FlexSearch for the app's free-text search and writes
// bench/search/libraries.json: index build time and heap at 10k / 100k / 1M ACLED-like documents
// (documents.ts), query times and hit counts, prefix, typo and diacritics matching, matches across
// fields, and the minified + gzip bundle size. Each (library, N) runs in its own Node process so
// the heap it reports is its own. The candidates need not be dependencies; install them anywhere:
//   npm install --prefix /tmp/searchlibs minisearch flexsearch
//   SEARCH_CANDIDATES=/tmp/searchlibs/node_modules npx tsx bench/search/compare.ts \
//     [--sizes 10000,100000] [--libs minisearch,flexsearch,minisearch-short]
// Runs of other libraries or sizes already in libraries.json are kept.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SEARCH_FIELDS } from '../../src/core/search/documents.ts';
import { createSearchIndex, runQuery } from '../../src/core/search/engine.ts';
import { benchDocument, type BenchDocument } from './documents.ts';

const ROOT = join(import.meta.dirname, '../..');
const CANDIDATES = process.env.SEARCH_CANDIDATES ?? join(ROOT, 'node_modules');
const req = createRequire(join(CANDIDATES, 'x.js'));
const FIELDS = ['title', 'excerpt', 'place', 'admin1', 'actors', 'outlet'] as const;

/** Queries and what each checks. */
const QUERIES: [string, string][] = [
  ['saravan', 'a town with diacritics in the data (Sarāvān), typed without them'],
  ['Sarāvān', 'the same town typed with them'],
  ['sarav', 'prefix while typing'],
  ['saravn', 'one typo'],
  ['jaish adl', 'two terms, common'],
  ['dawn saravan', 'terms in different fields (outlet + place)'],
  ['guards', 'a common word'],
];

interface Engine {
  add(doc: BenchDocument): void;
  /** Every matching id (the hits mask needs all), best first. */
  search(q: string): number[];
}

/** The part of FlexSearch's API used here (it is not a dependency, so its types are not here). */
interface FlexSearchModule {
  Charset: Record<string, unknown>;
  Document: new (options: unknown) => {
    add(doc: BenchDocument): void;
    search(query: string, options: unknown): { id: number }[];
  };
}

async function engine(lib: string): Promise<Engine> {
  if (lib === 'minisearch' || lib === 'minisearch-short') {
    // Exactly what the app ships (src/core/search/engine.ts); -short leaves out the excerpt, as
    // the app does above EXCERPT_INDEX_LIMIT.
    const fields = SEARCH_FIELDS.filter((f) => lib === 'minisearch' || f !== 'excerpt');
    const index = createSearchIndex(fields);
    return {
      add: (d) => index.add(d),
      search: (q) => [...runQuery(index, q).ranked],
    };
  }
  const mod = (await import(req.resolve('flexsearch'))) as { default?: unknown };
  const flex = (mod.default ?? mod) as FlexSearchModule;
  const doc = new flex.Document({
    tokenize: 'forward',
    encoder: flex.Charset.LatinBalance,
    document: { id: 'id', index: [...FIELDS] },
  });
  return {
    add: (d) => doc.add(d),
    search: (q) => doc.search(q, { limit: 2_000_000, merge: true }).map((r) => r.id),
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** One library at one size, in this process; prints one JSON line. */
async function runOne(lib: string, n: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const e = await engine(lib);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) e.add(benchDocument(i));
  const buildMs = performance.now() - t0;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const queries = QUERIES.map(([q, what]) => {
    const times: number[] = [];
    let hits: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      hits = e.search(q);
      times.push(performance.now() - t);
    }
    const first = hits[0] === undefined ? null : benchDocument(hits[0]);
    return {
      query: q,
      what,
      ms: Math.round(median(times) * 10) / 10,
      hits: hits.length,
      topTitle: first?.title ?? null,
    };
  });
  console.log(JSON.stringify({ lib, n, buildMs: Math.round(buildMs), heapMB, queries }));
}

async function bundleGzip(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: CANDIDATES, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return runOne(args[1]!, Number(args[2]));
  const sizesArg = args.indexOf('--sizes');
  const sizes =
    sizesArg >= 0 ? args[sizesArg + 1]!.split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const libsArg = args.indexOf('--libs');
  const libs =
    libsArg >= 0 ? args[libsArg + 1]!.split(',') : ['minisearch', 'flexsearch', 'minisearch-short'];
  const file = join(import.meta.dirname, 'libraries.json');
  type Run = { lib: string; n: number };
  // Runs measured before (other libraries or sizes) are kept; the ones measured now replace them.
  const before = (
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { runs: Run[] }).runs : []
  ).filter((r) => !(libs.includes(r.lib) && sizes.includes(r.n)));
  const runs: Run[] = [...before];
  const version = (name: string): string =>
    (
      JSON.parse(readFileSync(join(CANDIDATES, name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  const result = {
    measured: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, 2 cores shared with other jobs`,
    loadAverageAtStart: loadavg()[0],
    loadAverageAtEnd: 0,
    documents:
      'bench/search/documents.ts: ACLED-like (title, 30–70-word excerpt, place, province, actors, outlet), GeoNames names with diacritics',
    libraries: {
      minisearch: {
        version: version('minisearch'),
        gzipBytes: await bundleGzip(`import M from 'minisearch'; globalThis.M = M;`),
        config:
          "the app's engine (src/core/search/engine.ts): fields title, place, excerpt, actors, admin1, outlet; words folded (NFD, marks dropped, lower case); AND; the last word also as a prefix; fuzzy 0.2 from 5 letters; boost title 3, place 2; weights prefix 0.5, fuzzy 0.2",
      },
      'minisearch-short': {
        version: version('minisearch'),
        config:
          'as minisearch, without the excerpt field (what the app indexes above EXCERPT_INDEX_LIMIT)',
      },
      flexsearch: {
        version: version('flexsearch'),
        gzipBytes: await bundleGzip(
          `import { Document, Charset } from 'flexsearch'; globalThis.D = [Document, Charset];`,
        ),
        config:
          "Document, same fields, tokenize 'forward' (prefix), encoder Charset.LatinBalance, merge: true, limit 2,000,000",
      },
    },
    runs,
  };
  for (const n of sizes) {
    for (const lib of libs) {
      const out = execFileSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=12000',
          '--import',
          'tsx',
          import.meta.filename,
          '--one',
          lib,
          String(n),
        ],
        { cwd: ROOT, env: process.env, encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      const line = out.trim().split('\n').pop()!;
      console.log(line);
      runs.push(JSON.parse(line) as Run);
      runs.sort((a, b) => a.n - b.n || a.lib.localeCompare(b.lib));
      result.loadAverageAtEnd = loadavg()[0]!;
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    }
  }
}

void main();
