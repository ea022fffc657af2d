// Writing and checking generated files. Writes go to a temporary sibling first and are renamed
// into place, and only after the whole build succeeded, so a failure leaves old output intact.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Outputs } from './build-all.ts';

/** An output that could not be written: its path, the system's error code and the fix. */
export interface WriteFailure {
  file: string;
  code: string;
  fix: string;
}

/**
 * Writes every output under `root`, each via a temporary file and an atomic rename. When a
 * temporary file cannot be written, the ones already staged are removed and no output changes;
 * the failure is returned (null on success).
 */
export function writeOutputs(outputs: Outputs, root: string): WriteFailure | null {
  const staged: [string, string][] = [];
  for (const [rel, text] of outputs) {
    const target = join(root, rel);
    const tmp = `${target}.tmp-${process.pid}`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tmp, text);
    } catch (e) {
      for (const t of [...staged.map(([t]) => t), tmp]) {
        try {
          rmSync(t, { force: true });
        } catch {
          // nothing was created there
        }
      }
      const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
      const fix =
        code === 'ENOSPC'
          ? 'free some disk space and run it again'
          : 'check that the folder exists and is writable, then run it again';
      return { file: rel, code, fix };
    }
    staged.push([tmp, target]);
  }
  for (const [tmp, target] of staged) renameSync(tmp, target);
  return null;
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
