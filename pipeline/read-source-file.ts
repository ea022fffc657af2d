// Reads one curated source file and turns everything that can go wrong on disk into a problem
// with a fix, never an exception: a missing file, a folder where a file should be, a dangling
// symbolic link, a link leading out of the source folder, a file too large to be a source, bytes
// that are not UTF-8.
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { ROOT } from './paths.ts';

/** A source file: repository-relative path and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /** Set when the bytes are not valid UTF-8: the line of the first bad byte (`text` is empty). */
  invalidUtf8?: number;
  /** Set when the file could not be used at all (`text` is empty): what is wrong and the fix. */
  unreadable?: { message: string; fix: string };
}

/** Largest source file read (8 MiB): an article is tens of kB, a YAML file a few kB. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/** `path` relative to the repository when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** Why `path` cannot be read as a source file inside `root`, or null when it can. */
function diskProblem(
  path: string,
  root: string,
  missingFix: string,
): { message: string; fix: string } | null {
  let link: string | null = null;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return { message: 'file not found', fix: missingFix };
    return { message: `cannot be read (${errorCode(e)})`, fix: 'check the file permissions' };
  }
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      return {
        message: 'is a folder, not a file',
        fix: 'rename or move the folder: only files may carry a source extension here',
      };
    }
    if (!st.isFile()) {
      return { message: 'is not a regular file', fix: 'replace it with a plain file' };
    }
    size = st.size;
  } catch (e) {
    const code = errorCode(e);
    if (link !== null && (code === 'ENOENT' || code === 'ENOTDIR')) {
      return {
        message: `is a symbolic link to "${link}", which does not exist`,
        fix: 'point the link at an existing file, or replace the link with the file itself',
      };
    }
    if (code === 'ELOOP') {
      return { message: 'is a symbolic link that loops', fix: 'replace it with the file itself' };
    }
    return { message: `cannot be read (${code})`, fix: 'check the file permissions' };
  }
  if (link !== null) {
    const real = realpathSync(path);
    let realRoot = root;
    try {
      realRoot = realpathSync(root);
    } catch {
      // keep the given root
    }
    if (!inside(real, realRoot)) {
      return {
        message: `is a symbolic link to "${link}", outside ${displayPath(root)}/`,
        fix: `copy the file into ${displayPath(root)}/ (the build reads only files kept with the sources)`,
      };
    }
  }
  if (size > MAX_SOURCE_BYTES) {
    return {
      message: `is ${(size / 1048576).toFixed(1)} MiB; a source file may be at most ${MAX_SOURCE_BYTES / 1048576} MiB`,
      fix: 'check that this is the right file; split a longer text into several articles',
    };
  }
  return null;
}

/**
 * Reads a file as strict UTF-8 (a BOM is kept, so article text stays byte-identical). Never
 * throws: a file that cannot be used comes back with `unreadable` set (`missingFix` is the fix for
 * a file that does not exist), one that is not UTF-8 with `invalidUtf8`.
 */
export function readSourceFile(path: string, root: string, missingFix: string): SourceFile {
  const rel = displayPath(path);
  const problem = diskProblem(path, root, missingFix);
  if (problem) return { path: rel, text: '', unreadable: problem };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const fix = 'check the file permissions';
    return {
      path: rel,
      text: '',
      unreadable: { message: `cannot be read (${errorCode(e)})`, fix },
    };
  }
  try {
    return { path: rel, text: utf8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return { path: rel, text: '', invalidUtf8: line };
  }
}
