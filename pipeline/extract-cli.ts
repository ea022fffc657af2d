// `npm run extract -- FILE [--published YYYY-MM-DD] [--json | --yaml]`: proposes the incidents
// of one article. Without a flag it prints a summary for people; `--json` prints only the
// proposals as a JSON array; `--yaml` prints draft files for geodata/ (the article sidecar, then
// the incident records, as two YAML documents). Bad input prints `file: what is wrong — fix` on
// stderr, nothing on stdout, and exits non-zero.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { isIsoDate } from '../src/core/days.ts';
import { extractIncidents, type Readers } from '../src/core/extract/extract.ts';
import { MAX_ARTICLE_BYTES, readArticleBytes } from '../src/core/extract/input.ts';
import { articleYaml, draftRecords, incidentsYaml } from '../src/core/extract/toYaml.ts';
import type { PlaceLookup } from '../src/core/extract/recordLookup.ts';
import type { Proposal } from '../src/core/extract/types.ts';
import { nodeReaders, pipelineLookup } from './extract-readers.ts';
import { SOURCES } from './paths.ts';

const USAGE = 'usage: npm run extract -- FILE [--published YYYY-MM-DD] [--json | --yaml]';

/** Where the CLI writes; replaceable in tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

interface Args {
  file: string;
  published: string | null;
  format: 'text' | 'json' | 'yaml';
}

function parseArgs(args: string[]): Args | string {
  let file: string | null = null;
  let published: string | null = null;
  const formats: ('json' | 'yaml')[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json' || a === '--yaml') formats.push(a === '--json' ? 'json' : 'yaml');
    else if (a === '--published' || a.startsWith('--published=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!value || !isIsoDate(value))
        return `--published "${value ?? ''}" is not a date — write it as YYYY-MM-DD, e.g. --published 2024-01-29`;
      published = value;
    } else if (a.startsWith('-')) return `unknown option "${a}" — ${USAGE}`;
    else if (file) return `one article at a time ("${file}" and "${a}") — ${USAGE}`;
    else file = a;
  }
  if (!file) return `no article file given — ${USAGE}`;
  if (formats.length > 1) return `--json and --yaml print different things — choose one`;
  return { file, published, format: formats[0] ?? 'text' };
}

/** Record ids already in geodata/incidents/, so drafts never reuse one. */
function existingIds(): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(SOURCES.incidents)) return ids;
  for (const f of readdirSync(SOURCES.incidents).filter((n) => n.endsWith('.yaml'))) {
    try {
      const list = parse(readFileSync(join(SOURCES.incidents, f), 'utf8')) as unknown;
      if (Array.isArray(list))
        for (const r of list) if (r && typeof r.id === 'string') ids.add(r.id);
    } catch {
      // a broken file is `npm run data`'s to report
    }
  }
  return ids;
}

function summary(list: Proposal[]): string {
  const lines: string[] = [];
  for (const p of list) {
    const date = p.date
      ? `${p.date}${p.date_end ? `..${p.date_end}` : ''} (${p.date_precision})`
      : 'no date';
    const place = p.place
      ? `${p.place} (${p.place_precision ?? 'unresolved'}${p.country ? `, ${p.country}` : ''})`
      : 'no place';
    lines.push(
      `[${p.status}] ${p.id}  ${p.category}  ${date}  ${place}`,
      `  ${p.title}`,
      `  “${p.excerpt}”`,
    );
    for (const r of p.reasons) lines.push(`  ! ${r.code}: ${r.message}`);
    lines.push('');
  }
  const proposed = list.filter((p) => p.status === 'proposed').length;
  lines.push(
    `${list.length} incident(s): ${proposed} proposed, ${list.length - proposed} need review.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI with `args` (without node and script); returns the exit code. */
export function main(
  args: string[],
  io: Io = processIo,
  readers: () => Readers = nodeReaders,
  lookup: () => PlaceLookup = () => pipelineLookup(),
): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`npm run extract: ${parsed}\n`);
    return 2;
  }
  const { file, published, format } = parsed;
  const fail = (message: string, fix: string) => {
    io.err(`${file}: ${message} — ${fix}\n`);
    return 1;
  };
  if (!existsSync(file)) return fail('no such file', 'check the path');
  const stat = statSync(file);
  if (!stat.isFile()) return fail('not a file', 'give the path of a .txt file with the article');
  if (stat.size > MAX_ARTICLE_BYTES) {
    return fail(
      `the file is ${(stat.size / 1e6).toFixed(1)} MB; one article is at most ${MAX_ARTICLE_BYTES / 1e6} MB`,
      "give one article's text",
    );
  }
  const read = readArticleBytes(readFileSync(file));
  if (!('text' in read)) return fail(read.message, read.fix);
  const id =
    basename(file)
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-') || 'article';
  const r = readers();
  const proposals = extractIncidents(read.text, { published, articleId: id }, r);
  if (format === 'json') io.out(`${JSON.stringify(proposals, null, 2)}\n`);
  else if (format === 'text') io.out(summary(proposals));
  else {
    const dateline = r.findDateline(read.text, published);
    const pub = published ?? dateline?.date ?? null;
    const basis = published
      ? `Given as --published ${published} when this draft was extracted: replace with how the date is known.`
      : dateline?.date
        ? `The dateline gives the filing date ${dateline.date}: check the year.`
        : 'Unknown: write the publication date (YYYY-MM-DD) and how you know it.';
    const drafts = draftRecords(proposals, {
      text: read.text,
      published: pub,
      lookup: lookup(),
      existingIds: existingIds(),
    });
    io.out(
      `# ---- geodata/articles/${id}.yaml (copy ${basename(file)} to geodata/articles/${id}.txt) ----\n`,
    );
    io.out(
      articleYaml({
        id,
        outlet: 'unknown',
        title: null,
        language: 'en',
        published: pub,
        published_basis: basis,
        source_file: `${id}.txt`,
      }),
    );
    io.out(`---\n`);
    io.out(
      incidentsYaml(drafts, [
        `---- geodata/incidents/${id}.yaml ----`,
        `Draft incidents of ${basename(file)}, written by npm run extract: review every record,`,
        'then save this file and run `npm run data`.',
      ]),
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
