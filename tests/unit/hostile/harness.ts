// The hostile-input suite's measures. Every case records what happened; each file asserts the
// four figures are zero and writes its tally to tests/artifacts/hostile/<family>.json (the README
// quotes the sums). The four figures, as measured here:
// - crash: the code under test threw something other than its documented error type (DataErrors,
//   DatasetInputError, a `false`/problem result), or a CLI printed a stack frame ("    at ").
// - script execution: a payload ran (it sets `globalThis.__pwned`), or rendering created an
//   element or attribute from data (<script>, <img>, <iframe>, <svg onload>, any on* attribute).
// - data lost: a case states how many good rows (features, records) its input holds and which
//   text must survive; fewer rows loaded, or text changed (e.g. a character cut at a chunk
//   boundary), is data lost; so is a failed build that changed the previous output.
// - unclear error: a message that does not name the file (or the link key), lacks "what — fix"
//   (an em dash followed by a fix), is longer than 2,000 characters, or shows internals
//   ("undefined", "[object Object]", "Cannot read properties", "is not a function", "at line").
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** What one case measured. */
export interface CaseResult {
  name: string;
  crash: boolean;
  script: boolean;
  lost: boolean;
  unclear: boolean;
  /** Why a figure is not zero (shown when a test fails). */
  detail?: string;
}

/** Internals a user should never read in a message. */
const INTERNALS = /undefined|\[object Object\]|Cannot read propert|is not a function|\n\s+at /;

/**
 * True when `message` is clear: names `subject` (a file name or a link key), says what and how
 * to fix it (an em dash before the fix, or the word "fix"), is at most 2,000 characters, and
 * shows no internals.
 */
export function isClearError(message: string, subject: string): boolean {
  return (
    message.includes(subject) &&
    /—|fix/.test(message) &&
    message.length <= 2000 &&
    !INTERNALS.test(message)
  );
}

/**
 * True when a link banner sentence is clear: names `key` (or the limit), says the part was
 * ignored, gives the form or the fix ("written", "form", "must be", "copy", "add", "e.g."), is at
 * most 2,000 characters, and shows no internals.
 */
export function isClearLinkMessage(message: string, key: string): boolean {
  return (
    message.includes(key) &&
    /ignored/.test(message) &&
    /written|form|must be|copy|add |e\.g\./.test(message) &&
    message.length <= 2000 &&
    !INTERNALS.test(message)
  );
}

/** A tally of cases for one family, written out after the file's tests. */
export function family(name: string): { record(r: CaseResult): CaseResult; results: CaseResult[] } {
  const results: CaseResult[] = [];
  afterAll(() => {
    const dir = join('tests/artifacts/hostile');
    mkdirSync(dir, { recursive: true });
    const sum = (k: 'crash' | 'script' | 'lost' | 'unclear') => results.filter((r) => r[k]).length;
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify(
        {
          family: name,
          cases: results.length,
          crashes: sum('crash'),
          scriptExecutions: sum('script'),
          dataLost: sum('lost'),
          unclearErrors: sum('unclear'),
        },
        null,
        2,
      ) + '\n',
    );
  });
  return {
    results,
    record(r) {
      results.push(r);
      return r;
    },
  };
}

/** The case's figures, for `expect(figures(r)).toEqual(CLEAN)`. */
export function figures(r: CaseResult): Omit<CaseResult, 'name' | 'detail'> & { detail?: string } {
  const { crash, script, lost, unclear } = r;
  return crash || script || lost || unclear
    ? { crash, script, lost, unclear, detail: r.detail }
    : { crash, script, lost, unclear };
}

/** All four figures zero. */
export const CLEAN = { crash: false, script: false, lost: false, unclear: false };
