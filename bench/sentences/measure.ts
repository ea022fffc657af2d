// Measures sentence splitters on the hand-labelled boundaries
// (tests/fixtures/extract/sentences/boundaries.yaml): accuracy, gzip bundle size and speed, and
// writes tests/fixtures/extract/sentences/measurement.json. The library candidates are not
// dependencies of the project; install them anywhere and point at their node_modules:
//   npm install --prefix /tmp/nlp wink-nlp wink-eng-lite-web-model compromise
//   NLP_CANDIDATES=/tmp/nlp/node_modules npx tsx bench/sentences/measure.ts
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import type { Span } from '../../src/core/extract/types.ts';
import { loadGold, scoreBoundaries } from '../../tests/unit/extract/sentence-gold.ts';

const ROOT = join(import.meta.dirname, '../..');
const CANDIDATES = process.env.NLP_CANDIDATES ?? join(ROOT, 'node_modules');
const req = createRequire(join(CANDIDATES, 'x.js'));

type Splitter = (text: string) => Span[];

/** Spans of sentences a library returns as strings, located in order in the text. */
function locate(text: string, sentences: string[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const s of sentences) {
    const t = s.trim();
    if (!t) continue;
    const start = text.indexOf(t, from);
    if (start === -1) continue; // the library changed the text: counted as missed boundaries
    out.push({ start, end: start + t.length });
    from = start + t.length;
  }
  return out;
}

interface Candidate {
  name: string;
  version: string;
  entry: string | null;
  load: () => Splitter;
}

function version(pkg: string): string {
  const file = join(CANDIDATES, pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const candidates: Candidate[] = [
  {
    name: 'rules (src/core/extract/sentences.ts)',
    version: 'this repository',
    entry: `export { splitSentences } from ${JSON.stringify(join(ROOT, 'src/core/extract/sentences.ts'))};`,
    load: () => splitSentences,
  },
  {
    name: 'Intl.Segmenter (en, sentence)',
    version: `Node ${process.versions.node}, ICU ${process.versions.icu}`,
    entry: null,
    load: () => {
      const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
      return (text) =>
        locate(
          text,
          [...seg.segment(text)].map((s) => s.segment),
        );
    },
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    version: `${version('wink-nlp')} + ${version('wink-eng-lite-web-model')}`,
    entry: `import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model';
      export const f = (t) => w(m).readDoc(t).sentences().out();`,
    load: () => {
      const nlp = (
        req('wink-nlp') as (m: unknown) => {
          readDoc(t: string): { sentences(): { out(): string[] } };
        }
      )(req('wink-eng-lite-web-model'));
      return (text) => locate(text, nlp.readDoc(text).sentences().out());
    },
  },
  {
    name: 'compromise',
    version: version('compromise'),
    entry: `import nlp from 'compromise'; export const f = (t) => nlp(t).sentences().out('array');`,
    load: () => {
      const nlp = req('compromise') as (t: string) => { sentences(): { out(f: string): string[] } };
      return (text) => locate(text, nlp(text).sentences().out('array'));
    },
  },
];

async function gzipBytes(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: CANDIDATES, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    nodePaths: [CANDIDATES],
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const gold = loadGold();
const corpus = gold.map((p) => p.text).join('\n');
const big = Array.from({ length: Math.ceil(200_000 / corpus.length) }, () => corpus).join('\n');
const results = [];
for (const c of candidates) {
  const t0 = performance.now();
  const split = c.load();
  const init = performance.now() - t0;
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0,
    total = 0;
  const held = { correct: 0, extra: 0, missed: 0, exact: 0, total: 0 };
  const errors: string[] = [];
  for (const p of gold) {
    const s = scoreBoundaries(p.text, p.sentences, split(p.text));
    if (p.heldout) {
      held.correct += s.truePositive;
      held.extra += s.falsePositive;
      held.missed += s.falseNegative;
      held.exact += s.exact;
      held.total += s.gold;
    } else {
      tp += s.truePositive;
      fp += s.falsePositive;
      fn += s.falseNegative;
      exact += s.exact;
      total += s.gold;
    }
    if (s.falsePositive || s.falseNegative)
      errors.push(`${p.id}: ${s.falsePositive} extra, ${s.falseNegative} missed`);
  }
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    split(big);
    runs.push(performance.now() - a);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  results.push({
    name: c.name,
    version: c.version,
    boundaries: { correct: tp, extra: fp, missed: fn },
    precision: +precision.toFixed(3),
    recall: +recall.toFixed(3),
    f1: +((2 * precision * recall) / (precision + recall)).toFixed(3),
    sentences_exact: `${exact}/${total}`,
    heldout: { ...held, exact: `${held.exact}/${held.total}` },
    gzip_bytes: c.entry === null ? 0 : await gzipBytes(c.entry),
    init_ms: +init.toFixed(1),
    ms_per_100kB: +((median(runs) * 100_000) / big.length).toFixed(1),
    errors,
  });
}
const out = {
  about:
    'Sentence splitters on tests/fixtures/extract/sentences/boundaries.yaml (2 seed articles + hand-written tricky passages); written by bench/sentences/measure.ts. Speed on one shared 2-core machine: compare, do not quote as absolute.',
  passages: gold.filter((p) => !p.heldout).length,
  labelled_sentences: gold.filter((p) => !p.heldout).reduce((n, p) => n + p.sentences.length, 0),
  heldout_passages: gold.filter((p) => p.heldout).length,
  heldout_sentences: gold.filter((p) => p.heldout).reduce((n, p) => n + p.sentences.length, 0),
  results,
};
writeFileSync(
  join(ROOT, 'tests/fixtures/extract/sentences/measurement.json'),
  `${JSON.stringify(out, null, 2)}\n`,
);
for (const r of results) {
  console.log(
    `${r.name.padEnd(40)} F1 ${r.f1}  exact ${r.sentences_exact}  held-out ${r.heldout.correct}/${r.heldout.extra}/${r.heldout.missed} ${r.heldout.exact}  gzip ${r.gzip_bytes}  init ${r.init_ms} ms  ${r.ms_per_100kB} ms/100kB`,
  );
}
