// Hostile pipeline sources: each case edits a temporary copy of the valid fixture (malformed YAML,
// wrong types, huge values, control characters, path tricks, odd files) and builds it. A clean
// case ends in DataErrors whose every line is `file[:line]: what — fix` naming a file, or builds
// without loss when the input is odd but legitimate (a BOM, CRLF). Figures: see harness.ts.
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { main } from '../../../pipeline/cli.ts';
import { MAX_SOURCE_BYTES } from '../../../pipeline/read-source-file.ts';
import { DataErrors, formatIssue } from '../../../src/core/validation.ts';
import { fixture, fixtureDirs } from '../pipeline/fixture-helpers.ts';
import { CLEAN, family, figures, isClearError } from './harness.ts';

const ref = loadReference();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A hostile edit of a copy of the valid fixture; `builds` when the input is legitimate. */
interface SourceCase {
  name: string;
  edit: (dir: string) => void;
  builds?: boolean;
}

const meta = (dir: string) => join(dir, 'articles/sample.yaml');
const incidents = (dir: string) => join(dir, 'incidents/sample.yaml');
const replace = (path: string, from: string | RegExp, to: string) =>
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));

const CASES: SourceCase[] = [
  // Malformed YAML
  {
    name: 'a tab for indentation',
    edit: (d) => replace(incidents(d), '  title: Blast', '\ttitle: Blast'),
  },
  {
    name: 'an unclosed quote',
    edit: (d) => replace(meta(d), "published: '2024-01-29'", "published: '2024-01-29"),
  },
  { name: 'a duplicate key', edit: (d) => appendFileSync(meta(d), 'outlet: Again\n') },
  { name: 'a bare colon line', edit: (d) => appendFileSync(incidents(d), ':\n') },
  { name: 'an empty sidecar', edit: (d) => writeFileSync(meta(d), '') },
  {
    name: 'an incident file that is a mapping',
    edit: (d) => writeFileSync(incidents(d), 'id: x\n'),
  },
  {
    name: 'an alias bomb',
    edit: (d) =>
      appendFileSync(
        meta(d),
        'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      ),
  },
  {
    name: 'a !!binary tag',
    edit: (d) => replace(meta(d), 'outlet: Fixture Times', 'outlet: !!binary aGVsbG8='),
  },
  {
    name: 'a merge key',
    edit: (d) => appendFileSync(incidents(d), '- <<: {id: merged}\n  quote: x\n'),
  },
  // Wrong types
  { name: 'a number as id', edit: (d) => replace(incidents(d), 'id: blast', 'id: 5') },
  {
    name: 'a list as title',
    edit: (d) => replace(incidents(d), 'title: Blast in Quetta', 'title: [a, b]'),
  },
  {
    name: 'a date without quotes and impossible',
    edit: (d) => replace(meta(d), "published: '2024-01-29'", 'published: 2024-02-30'),
  },
  {
    name: 'a string as fatalities',
    edit: (d) => replace(incidents(d), 'fatalities: 0', 'fatalities: "many"'),
  },
  {
    name: 'null as quote',
    edit: (d) => replace(incidents(d), /quote: A week later.*\n/, 'quote: null\n'),
  },
  // Huge values
  {
    name: 'a 100 kB title',
    edit: (d) => replace(incidents(d), 'title: Blast in Quetta', `title: ${'T'.repeat(100_000)}`),
  },
  {
    name: 'fatalities 1e12',
    edit: (d) => replace(incidents(d), 'fatalities: 0', 'fatalities: 1000000000000'),
  },
  {
    name: 'an uncertainty of 1e400 km',
    edit: (d) =>
      replace(
        incidents(d),
        '  date_phrase: On January 19\n',
        '  date_phrase: On January 19\n  overrides: {uncertainty_km: 1e400}\n  note: n\n',
      ),
  },
  {
    name: 'a 300-character id',
    edit: (d) => replace(incidents(d), 'id: blast', `id: ${'b'.repeat(300)}`),
  },
  {
    name: 'a source file over the size limit',
    edit: (d) => truncateSync(join(d, 'articles/sample.txt'), MAX_SOURCE_BYTES + 1),
  },
  // Control characters
  {
    name: 'NUL in a title (escaped)',
    edit: (d) => replace(incidents(d), 'title: Blast in Quetta', 'title: "Blast\\0 in Quetta"'),
  },
  {
    name: 'a raw BEL byte in the outlet',
    edit: (d) => replace(meta(d), 'outlet: Fixture Times', 'outlet: Fixture\u0007 Times'),
  },
  {
    name: 'a C1 control in a note',
    edit: (d) => replace(incidents(d), 'note: Injured', 'note: "\\x85Injured"'),
  },
  // Odd but legitimate
  {
    name: 'a BOM at the start of a sidecar',
    edit: (d) => writeFileSync(meta(d), `\ufeff${readFileSync(meta(d), 'utf8')}`),
    builds: true,
  },
  {
    name: 'CRLF line endings in the incidents',
    edit: (d) =>
      writeFileSync(incidents(d), readFileSync(incidents(d), 'utf8').replace(/\n/g, '\r\n')),
    builds: true,
  },
  // Path tricks and odd files
  { name: 'an id with ../', edit: (d) => replace(meta(d), 'id: sample', 'id: ../../etc/passwd') },
  {
    name: 'a date_anchor naming a path',
    edit: (d) => replace(incidents(d), 'date_anchor: meeting', 'date_anchor: ../meeting'),
  },
  {
    name: 'an incident file for an unknown article',
    edit: (d) => writeFileSync(join(d, 'incidents/ghost.yaml'), '[]\n'),
  },
  {
    name: 'a folder named x.txt among the articles',
    edit: (d) => mkdirSync(join(d, 'articles/x.txt')),
  },
  {
    name: 'a dangling link as a sidecar',
    edit: (d) => symlinkSync('nowhere.yaml', join(d, 'articles/dangling.yaml')),
  },
  {
    name: 'an article text linked from /etc',
    edit: (d) => (
      rmSync(join(d, 'articles/sample.txt')),
      symlinkSync('/etc/hostname', join(d, 'articles/sample.txt'))
    ),
  },
  {
    name: 'a link loop as an incident file',
    edit: (d) => (
      symlinkSync('b.yaml', join(d, 'incidents/a.yaml')),
      symlinkSync('a.yaml', join(d, 'incidents/b.yaml'))
    ),
  },
  { name: 'the aliases file missing', edit: (d) => rmSync(join(d, 'aliases.yaml')) },
  {
    name: 'the aliases file a folder',
    edit: (d) => (rmSync(join(d, 'aliases.yaml')), mkdirSync(join(d, 'aliases.yaml'))),
  },
  {
    name: 'the articles folder a file',
    edit: (d) => (
      rmSync(join(d, 'articles'), { recursive: true }),
      writeFileSync(join(d, 'articles'), 'x')
    ),
  },
  {
    name: 'overrides.date_end before date',
    edit: (d) =>
      replace(
        incidents(d),
        '  date_phrase: On January 19\n',
        "  date_phrase: On January 19\n  overrides: {date: '2024-01-20', date_end: '2018-01-01'}\n  note: n\n",
      ),
  },
];

const tally = family('pipeline');
afterAll(() => expect(tally.results.length).toBe(CASES.length + 2));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-src-'));
  dirs.push(dir);
  cpSync(fixture('validate/valid'), dir, { recursive: true });
  return dir;
}

describe('hostile pipeline sources', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.builds ? 'builds' : 'refused'} with file: what — fix`, () => {
      const dir = copy();
      c.edit(dir);
      let lines: string[] = [];
      let crash = false;
      let built = false;
      let detail = '';
      try {
        buildAll(fixtureDirs(dir), ref);
        built = true;
      } catch (e) {
        if (e instanceof DataErrors) lines = e.issues.map(formatIssue);
        else {
          crash = true;
          detail = (e as Error).stack ?? String(e);
        }
      }
      const r = tally.record({
        name: c.name,
        crash,
        script: false,
        // A legitimate input must build; a hostile one must not be published.
        lost: (c.builds ?? false) !== built,
        unclear: lines.some((l) => !isClearError(l, dir.slice(dir.lastIndexOf('/')))),
        detail: detail || lines.join('\n').slice(0, 600) || (built ? 'built' : ''),
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
});

describe('npm run data on hostile sources writes nothing', () => {
  for (const c of [CASES[6]!, CASES[29]!]) {
    it(`${c.name}: exit code 1, no stack, output untouched`, async () => {
      const dir = copy();
      c.edit(dir);
      const root = mkdtempSync(join(tmpdir(), 'hostile-out-'));
      dirs.push(root);
      mkdirSync(join(root, 'public/data'), { recursive: true });
      writeFileSync(join(root, 'public/data/incidents.geojson'), 'previous\n');
      const errors: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => errors.push(a.join(' ')));
      const code = await main([], { sources: fixtureDirs(dir), root });
      vi.restoreAllMocks();
      const r = tally.record({
        name: `CLI ${c.name}`,
        crash: code !== 1 || errors.some((e) => /\n\s+at /.test(e)),
        script: false,
        lost: readFileSync(join(root, 'public/data/incidents.geojson'), 'utf8') !== 'previous\n',
        unclear: !errors.some((e) => /: .+ — .+/.test(e)),
        detail: errors.join('\n').slice(0, 600),
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
});
