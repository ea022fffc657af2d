// `npm run extract:eval [-- --dir DIR] [--out FILE] [--strict]`: runs the extractor over every
// development passage (tests/fixtures/extract/dev/*.yaml, format in
// tests/fixtures/extract/README.md) and prints how it did against the truths: dates exact,
// places within radius, both, abstained, confident answers more than 100 km or 3 days off,
// extras, and the headline figures against the targets. Writes the same as JSON
// (tests/fixtures/extract/eval.json). `--strict` exits 1 when a target is missed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { extractIncidents, type Readers } from '../src/core/extract/extract.ts';
import { headline, scorePassage, totals, type PassageScore } from '../src/core/extract/score.ts';
import { isIsoDate } from '../src/core/days.ts';
import type { DataIssue } from '../src/core/validation.ts';
import { formatIssue } from '../src/core/validation.ts';
import { nodeReaders, READERS_ARE_TEMPORARY } from './extract-readers.ts';
import { ROOT } from './paths.ts';
import { readYamlAs } from './read-yaml.ts';

const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'must be a date YYYY-MM-DD (quoted)'));

/** One development passage (tests/fixtures/extract/README.md). */
export const DevPassageSchema = v.looseObject({
  id: v.string(),
  sources: v.optional(v.array(v.string())),
  published: v.nullable(isoDate),
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  truth: v.array(
    v.looseObject({
      cue: v.pipe(v.string(), v.minLength(1)),
      date: isoDate,
      date_end: v.optional(v.nullable(isoDate)),
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      radius_km: v.pipe(v.number(), v.minValue(0)),
      place: v.optional(v.string()),
      reasoning: v.optional(v.string()),
    }),
  ),
  notes: v.optional(v.nullable(v.string())),
});
/** A parsed development passage. */
export type DevPassage = v.InferOutput<typeof DevPassageSchema>;

/** Reads every passage of `dir`; problems go to `issues` as `file:line: … — fix`. */
export function loadDevSet(dir: string, issues: DataIssue[]): DevPassage[] {
  const out: DevPassage[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(dir, name);
    const file = { path: relative(ROOT, path), text: readFileSync(path, 'utf8') };
    const read = readYamlAs(
      file,
      {
        schema: DevPassageSchema,
        what: 'development passage',
        fix: 'see tests/fixtures/extract/README.md for the format',
      },
      issues,
    );
    if (read) out.push(read.value);
  }
  return out;
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

/** The report as lines for people. */
export function report(scores: PassageScore[], temporary: boolean): string[] {
  const t = totals(scores);
  const h = headline(t);
  const lines: string[] = [];
  for (const s of scores) {
    for (const c of s.badCues)
      lines.push(`${s.id}: cue "${c}" does not occur exactly once in the text — fix the fixture`);
    for (const r of s.truths) {
      if (r.status === 'proposed' && r.dateExact && r.placeWithin) continue;
      const why =
        r.status === 'missing'
          ? 'no proposal'
          : `${r.status}, date ${r.dateExact ? 'exact' : `${r.days ?? '?'} d off`}, place ${r.placeWithin ? 'within radius' : r.km === null ? 'none' : `${Math.round(r.km)} km off`}`;
      lines.push(`${r.confidentFar ? '!!' : '  '} ${s.id} "${r.cue}": ${why}`);
    }
    for (const e of s.extras)
      lines.push(`   ${s.id} extra (${e.status}): "${e.excerpt.slice(0, 70)}"`);
  }
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  lines.push(
    '',
    `Readers: ${temporary ? 'TEMPORARY adapters (pipeline/extract-readers-temporary.ts)' : 'src/core/extract dates, dateline, places'}`,
    `${t.passages} passages, ${t.truths} incidents`,
    `dates exact ${t.dateExact}, places within radius ${t.placeWithin}, both ${t.both}`,
    `answered ${t.answered}, abstained (needs review or none) ${t.abstained}`,
    `confident > ${100} km off ${t.confidentOver100km}, > 3 days off ${t.confidentOver3days}`,
    `extras ${t.extras} (${t.extrasProposed} proposed)`,
    `right date and place among answered: ${pct(h.rightAmongAnswered)} (target ≥ 95 %: ${mark(h.met.right)})`,
    `answered: ${pct(h.answeredShare)} (target ≥ 80 %: ${mark(h.met.answered)})`,
    `confident answers > 100 km or > 3 days off: ${h.confidentFar} (target 0: ${mark(h.met.noConfidentFar)})`,
  );
  return lines;
}

/** Runs the evaluation; returns the exit code. */
export function main(args: string[], readers: () => Readers = nodeReaders): number {
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i !== -1 && args[i + 1] ? resolve(args[i + 1] as string) : join(ROOT, fallback);
  };
  const dir = opt('--dir', 'tests/fixtures/extract/dev');
  const out = opt('--out', 'tests/fixtures/extract/eval.json');
  const where = relative(ROOT, dir) || dir;
  if (!existsSync(dir) || readdirSync(dir).every((f) => !f.endsWith('.yaml'))) {
    console.error(
      `${where}: no development passages (*.yaml) — add them in the format of tests/fixtures/extract/README.md`,
    );
    return 1;
  }
  const issues: DataIssue[] = [];
  const passages = loadDevSet(dir, issues);
  if (issues.length > 0) {
    console.error(issues.map(formatIssue).join('\n'));
    return 1;
  }
  const r = readers();
  const scores = passages.map((p) =>
    scorePassage(
      p.id,
      p.text,
      p.truth,
      extractIncidents(p.text, { published: p.published, articleId: p.id }, r),
    ),
  );
  const lines = report(scores, READERS_ARE_TEMPORARY);
  console.log(lines.join('\n'));
  const t = totals(scores);
  const h = headline(t);
  const json = {
    readers: READERS_ARE_TEMPORARY ? 'temporary' : 'real',
    totals: t,
    headline: h,
    passages: scores,
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${relative(ROOT, out) || out}.`);
  const allMet = h.met.right && h.met.answered && h.met.noConfidentFar;
  return args.includes('--strict') && !allMet ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
