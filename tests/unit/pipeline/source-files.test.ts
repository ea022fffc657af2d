// Source files on disk that are not what they seem: symbolic links (dangling, looping, leading
// out of the source folder), oversized files, unwritable outputs. Git cannot be trusted to keep
// symbolic links on every checkout, so they are made here in a temporary copy of the valid
// fixture. Each ends in one `file: what is wrong — fix` line, exit code 1, nothing written.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { main } from '../../../pipeline/cli.ts';
import { MAX_SOURCE_BYTES } from '../../../pipeline/read-source-file.ts';
import { DataErrors, formatIssue } from '../../../src/core/validation.ts';
import { fixture, fixtureDirs } from './fixture-helpers.ts';

const ref = loadReference();
const tmp: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A fresh temporary folder. */
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'borderlines-src-'));
  tmp.push(d);
  return d;
}

/** A temporary copy of the valid fixture (articles/, incidents/, aliases.yaml). */
function validCopy(): string {
  const dir = tempDir();
  cpSync(fixture('validate/valid'), dir, { recursive: true });
  return dir;
}

/** The build's problems, one formatted line each ('' when it builds). */
function errorsOf(dir: string): string[] {
  try {
    buildAll(fixtureDirs(dir), ref);
  } catch (e) {
    if (e instanceof DataErrors) return e.issues.map(formatIssue);
    throw e;
  }
  return [];
}

describe('symbolic links among the sources', () => {
  it('a dangling link in articles/ is named with its target and a fix', () => {
    const dir = validCopy();
    symlinkSync('gone.txt', join(dir, 'articles/draft.txt'));
    expect(errorsOf(dir)).toEqual([
      `${dir}/articles/draft.txt: is a symbolic link to "gone.txt", which does not exist — point the link at an existing file, or replace the link with the file itself`,
    ]);
  });
  it('an article text linked from outside the source folder is refused', () => {
    const dir = validCopy();
    const outside = tempDir();
    cpSync(join(dir, 'articles/sample.txt'), join(outside, 'sample.txt'));
    rmSync(join(dir, 'articles/sample.txt'));
    symlinkSync(join(outside, 'sample.txt'), join(dir, 'articles/sample.txt'));
    const errors = errorsOf(dir);
    expect(errors[0]).toBe(
      `${dir}/articles/sample.txt: is a symbolic link to "${outside}/sample.txt", outside ${dir}/ — copy the file into ${dir}/ (the build reads only files kept with the sources)`,
    );
  });
  it('a link to a file inside the source folder is followed', () => {
    const dir = validCopy();
    mkdirSync(join(dir, 'texts'));
    cpSync(join(dir, 'articles/sample.txt'), join(dir, 'texts/sample.txt'));
    rmSync(join(dir, 'articles/sample.txt'));
    symlinkSync('../texts/sample.txt', join(dir, 'articles/sample.txt'));
    expect(errorsOf(dir)).toEqual([]);
  });
  it('a link that loops is named', () => {
    const dir = validCopy();
    symlinkSync('b.yaml', join(dir, 'incidents/a.yaml'));
    symlinkSync('a.yaml', join(dir, 'incidents/b.yaml'));
    expect(errorsOf(dir)).toContain(
      `${dir}/incidents/a.yaml: is a symbolic link that loops — replace it with the file itself`,
    );
  });
  it('hidden files (editor lock links such as .#sample.yaml) are not sources', () => {
    const dir = validCopy();
    symlinkSync('root@host.1234:1700000000', join(dir, 'incidents/.#sample.yaml'));
    expect(errorsOf(dir)).toEqual([]);
  });
});

describe('sizes and folders', () => {
  it('a source file larger than the limit is refused before it is read', () => {
    const dir = validCopy();
    writeFileSync(join(dir, 'articles/sample.txt'), '');
    truncateSync(join(dir, 'articles/sample.txt'), MAX_SOURCE_BYTES + 1);
    expect(errorsOf(dir)[0]).toMatch(
      /articles\/sample\.txt: is 8\.0 MiB; a source file may be at most 8 MiB — check that this is the right file/,
    );
  });
  it('a missing incidents folder is named', () => {
    const dir = validCopy();
    rmSync(join(dir, 'incidents'), { recursive: true });
    expect(errorsOf(dir)).toEqual([
      `${dir}/incidents: folder not found — create it (see README, "How to add an article and its incidents")`,
    ]);
  });
});

/** Runs the CLI against `sources` writing under a fresh root; returns code, stderr and files. */
async function runCli(sourcesDir: string, root = tempDir()) {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const code = await main([], { sources: fixtureDirs(sourcesDir), root });
  const written = existsSync(root) ? readdirSync(root, { recursive: true }) : [];
  return { code, stderr: errors.join('\n'), written };
}

describe('npm run data on hostile sources', () => {
  it('a missing aliases.yaml: one message, exit code 1, no stack trace, nothing written', async () => {
    const r = await runCli(fixture('validate/invalid/missing-aliases-file'));
    expect([r.code, r.written]).toEqual([1, []]);
    expect(r.stderr).toMatch(/aliases\.yaml: file not found — create/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
  it('a dangling link: exit code 1, nothing written', async () => {
    const dir = validCopy();
    symlinkSync('nowhere.yaml', join(dir, 'articles/other.yaml'));
    const r = await runCli(dir);
    expect([r.code, r.written, /which does not exist/.test(r.stderr)]).toEqual([1, [], true]);
  });
  it('an output folder that cannot be created: named, exit code 1, no partial files', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'file'), 'not a folder');
    const r = await runCli(fixture('validate/valid'), join(parent, 'file/out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^public\/data\/incidents\.geojson: cannot be written \(ENOTDIR\) — check that the folder exists/,
    );
    expect(readdirSync(parent)).toEqual(['file']);
  });
});
