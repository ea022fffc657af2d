// Reads the curated sources from disk: article texts with their YAML sidecars, incident record
// files and the alias table. Everything else in the pipeline works on what this returns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths.ts';

/** A source file: repository-relative path and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /** Set when the bytes are not valid UTF-8: the line of the first bad byte (`text` is empty). */
  invalidUtf8?: number;
}

/** Everything the build reads from `geodata/`. */
export interface Sources {
  /** `<id>.yaml` sidecars. */
  articleMeta: SourceFile[];
  /** `<id>.txt` texts, keyed by id. */
  articleText: Map<string, SourceFile>;
  /** `geodata/incidents/*.yaml`. */
  incidents: SourceFile[];
  aliases: SourceFile;
}

/** Folders to read from (the real `geodata/` or a test fixture). */
export interface SourceDirs {
  articles: string;
  incidents: string;
  aliases: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file as strict UTF-8 (a BOM is kept, so article text stays byte-identical). */
function read(path: string): SourceFile {
  const rel = relative(ROOT, path);
  const bytes = readFileSync(path);
  try {
    return { path: rel, text: utf8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return { path: rel, text: '', invalidUtf8: line };
  }
}

function list(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Loads all sources from `dirs`. */
export function loadSources(dirs: SourceDirs): Sources {
  return {
    articleMeta: list(dirs.articles, '.yaml').map(read),
    articleText: new Map(
      list(dirs.articles, '.txt').map((p) => [p.slice(p.lastIndexOf('/') + 1, -4), read(p)]),
    ),
    incidents: list(dirs.incidents, '.yaml').map(read),
    aliases: read(dirs.aliases),
  };
}
