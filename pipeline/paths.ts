// Where the pipeline reads and writes, relative to the repository root.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file inside an installed npm package (some packages' `exports` hide it). */
export function packageFile(pkg: string, file: string): string {
  return join(ROOT, 'node_modules', pkg, file);
}

/** Source folders of the curated data. */
export const SOURCES = {
  articles: join(ROOT, 'geodata/articles'),
  incidents: join(ROOT, 'geodata/incidents'),
  aliases: join(ROOT, 'geodata/aliases.yaml'),
  crossings: join(ROOT, 'geodata/crossings.yaml'),
  districts: join(ROOT, 'geodata/districts.yaml'),
  organisations: join(ROOT, 'geodata/organisations.yaml'),
};

/** Seeds the articles were copied from (outside the repo; absent in some checkouts). */
export const SEEDS_DIR = join(ROOT, '../shared/seeds');
