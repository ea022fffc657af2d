// `npm run data`: builds public/data/* and the gazetteer from geodata/ and npm packages.
// `npm run data:check`: rebuilds in memory and fails, naming the files, when committed outputs
// are stale. `--acled FILE [--out DIR]` hands over to the ACLED importer.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataErrors } from '../src/core/validation.ts';
import { buildAll } from './build-all.ts';
import type { SourceDirs } from './load-sources.ts';
import { ROOT, SOURCES } from './paths.ts';
import { staleOutputs, writeOutputs } from './write-outputs.ts';

async function acled(args: string[]): Promise<number> {
  const path = join(ROOT, 'pipeline/import-acled.ts');
  if (!existsSync(path)) {
    console.error('pipeline/import-acled.ts is missing: the ACLED importer is not installed yet.');
    return 2;
  }
  const mod = (await import('./import-acled.ts' as string)) as {
    importAcledCli?: (a: string[]) => Promise<number>;
  };
  if (typeof mod.importAcledCli !== 'function') {
    console.error('pipeline/import-acled.ts does not export importAcledCli(args).');
    return 2;
  }
  return mod.importAcledCli(args);
}

/** Where the CLI reads and writes (the repository by default; tests point it elsewhere). */
export interface CliPaths {
  sources: SourceDirs;
  /** Folder the outputs' repository-relative paths are written under. */
  root: string;
}

/** Runs the CLI with `args` (without node and script); returns the exit code. Never throws. */
export async function main(
  args: string[],
  paths: CliPaths = { sources: SOURCES, root: ROOT },
): Promise<number> {
  try {
    return await run(args, paths);
  } catch (e) {
    // Every expected problem is reported as `file: what — fix` before this; an exception here is
    // a bug, still reported in one line (DEBUG=1 adds the stack).
    console.error(
      `npm run data: unexpected error: ${(e as Error).message} — nothing was written; please report it (run with DEBUG=1 for the stack)`,
    );
    if (process.env.DEBUG) console.error((e as Error).stack);
    return 1;
  }
}

async function run(args: string[], { sources, root }: CliPaths): Promise<number> {
  if (args.includes('--acled')) return acled(args);
  const check = args.includes('--check');
  let outputs;
  try {
    outputs = buildAll(sources);
  } catch (e) {
    if (!(e instanceof DataErrors)) throw e;
    console.error(
      `npm run data: ${e.issues.length} problem(s); nothing was written.\n${e.message}`,
    );
    return 1;
  }
  if (check) {
    const stale = staleOutputs(outputs, root);
    if (stale.length > 0) {
      console.error(
        `Generated data is stale; run \`npm run data\` and commit:\n  ${stale.join('\n  ')}`,
      );
      return 1;
    }
    console.log(`Generated data is up to date (${outputs.size} files).`);
    return 0;
  }
  const failed = writeOutputs(outputs, root);
  if (failed) {
    console.error(`${failed.file}: cannot be written (${failed.code}) — ${failed.fix}`);
    return 1;
  }
  for (const [rel, text] of outputs) console.log(`${rel}  ${Buffer.byteLength(text)} bytes`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
