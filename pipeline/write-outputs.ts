// Writing and checking generated files. Writes go to a temporary sibling first and are renamed
// into place, and only after the whole build succeeded, so a failure leaves old output intact.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Outputs } from './build-all.ts';

/** Writes every output under `root`, each via a temporary file and an atomic rename. */
export function writeOutputs(outputs: Outputs, root: string): void {
  const staged: [string, string][] = [];
  for (const [rel, text] of outputs) {
    const target = join(root, rel);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    staged.push([tmp, target]);
  }
  for (const [tmp, target] of staged) renameSync(tmp, target);
}

/** Repository-relative paths whose committed contents differ from `outputs` (or are missing). */
export function staleOutputs(outputs: Outputs, root: string): string[] {
  const stale: string[] = [];
  for (const [rel, text] of outputs) {
    const path = join(root, rel);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(rel);
  }
  return stale.sort();
}
