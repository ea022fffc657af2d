// Reads the curated sources from disk: article texts with their YAML sidecars, incident record
// files and the alias table. Everything else in the pipeline works on what this returns. Nothing
// here throws on bad input: folders that cannot be listed become issues, files that cannot be
// read come back marked (`readSourceFile`) and are reported by the stage that needs them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataIssue } from '../src/core/validation.ts';
import { displayPath, readSourceFile, type SourceFile } from './read-source-file.ts';

export type { SourceFile } from './read-source-file.ts';

/** Everything the build reads from `geodata/`. */
export interface Sources {
  /** `<id>.yaml` sidecars. */
  articleMeta: SourceFile[];
  /** `<id>.txt` texts, keyed by id. */
  articleText: Map<string, SourceFile>;
  /** `geodata/incidents/*.yaml`. */
  incidents: SourceFile[];
  aliases: SourceFile;
  /** Curated tables (`geodata/crossings.yaml`, `districts.yaml`, `organisations.yaml`); absent in some fixtures. */
  crossings?: SourceFile;
  districts?: SourceFile;
  organisations?: SourceFile;
}

/** Folders to read from (the real `geodata/` or a test fixture). */
export interface SourceDirs {
  articles: string;
  incidents: string;
  aliases: string;
  /**
   * The folder every source must really live in (symbolic links may not lead out of it);
   * defaults to the folder holding `articles`.
   */
  root?: string;
  /** Curated tables; a path whose file does not exist is skipped. */
  crossings?: string;
  districts?: string;
  organisations?: string;
}

/**
 * Files in `dir`, sorted, without hidden ones (editor lock files such as `.#x.yaml`); a folder
 * that cannot be listed becomes an issue.
 */
function list(dir: string, issues: DataIssue[]): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) {
      issues.push({
        file: displayPath(dir),
        line: null,
        message: 'is not a folder',
        fix: 'replace it with a folder of source files',
      });
      return [];
    }
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    issues.push({
      file: displayPath(dir),
      line: null,
      message: code === 'ENOENT' ? 'folder not found' : `folder cannot be listed (${code})`,
      fix:
        code === 'ENOENT'
          ? 'create it (see README, "How to add an article and its incidents")'
          : 'check the folder permissions',
    });
    return [];
  }
  return names
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

function optional<K extends string>(
  key: K,
  path: string | undefined,
  read: (path: string) => SourceFile,
): Partial<Record<K, SourceFile>> {
  return path && existsSync(path) ? ({ [key]: read(path) } as Record<K, SourceFile>) : {};
}

/** Loads all sources from `dirs`; folder problems go to `issues`. */
export function loadSources(dirs: SourceDirs, issues: DataIssue[] = []): Sources {
  const root = dirs.root ?? dirname(dirs.articles);
  const read = (path: string): SourceFile =>
    readSourceFile(path, root, 'restore the file (it was listed a moment ago)');
  const articles = list(dirs.articles, issues);
  return {
    articleMeta: articles.filter((p) => p.endsWith('.yaml')).map(read),
    articleText: new Map(
      articles
        .filter((p) => p.endsWith('.txt'))
        .map((p) => [p.slice(p.lastIndexOf('/') + 1, -4), read(p)]),
    ),
    incidents: list(dirs.incidents, issues)
      .filter((p) => p.endsWith('.yaml'))
      .map(read),
    aliases: readSourceFile(
      dirs.aliases,
      root,
      `create ${displayPath(dirs.aliases)} with \`aliases: []\` and \`organisations: []\` (see README, step 8 of "How to add an article")`,
    ),
    ...optional('crossings', dirs.crossings, read),
    ...optional('districts', dirs.districts, read),
    ...optional('organisations', dirs.organisations, read),
  };
}
