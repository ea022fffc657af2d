// Shared helpers for pipeline tests: fixture folders as source dirs, REGEN=1 golden files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceDirs } from '../../../pipeline/load-sources.ts';
import { ROOT } from '../../../pipeline/paths.ts';

/** Absolute path of a folder under tests/fixtures. */
export function fixture(...parts: string[]): string {
  return join(ROOT, 'tests/fixtures', ...parts);
}

/**
 * Source dirs of a fixture laid out like geodata/ (articles/, incidents/, aliases.yaml, and the
 * optional crossings.yaml, districts.yaml, organisations.yaml).
 */
export function fixtureDirs(dir: string): SourceDirs {
  return {
    articles: join(dir, 'articles'),
    incidents: join(dir, 'incidents'),
    aliases: join(dir, 'aliases.yaml'),
    crossings: join(dir, 'crossings.yaml'),
    districts: join(dir, 'districts.yaml'),
    organisations: join(dir, 'organisations.yaml'),
  };
}

/** With REGEN=1 writes `actual` to `path`; otherwise returns the stored golden text. */
export function golden(path: string, actual: string): string {
  if (process.env.REGEN === '1' || !existsSync(path)) {
    if (process.env.REGEN !== '1') throw new Error(`missing golden file ${path}; run with REGEN=1`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}
