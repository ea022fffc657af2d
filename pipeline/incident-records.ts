// Reads the incident files: each record schema-checked, its id unique, its quote found once in its
// article. What passes is a `Located` record, ready for its date and place.
import * as v from 'valibot';
import { isSpan, locateQuote, type QuoteSpan } from '../src/core/quotes.ts';
import type { Article } from '../src/core/types.ts';
import {
  describeSchemaIssue,
  IncidentFileSchema,
  IncidentRecordSchema,
  type DataIssue,
  type IncidentRecord,
} from '../src/core/validation.ts';
import type { SourceFile } from './load-sources.ts';
import { parseYaml, type YamlFile } from './read-yaml.ts';

/** A schema-valid record whose quote was found once in its article. */
export interface Located {
  /** The record as written. */
  rec: IncidentRecord;
  /** The incident file it comes from. */
  file: SourceFile;
  /** The parsed file, for line numbers. */
  yaml: YamlFile;
  /** Its position in the file's list. */
  index: number;
  /** The article the file is named after. */
  article: Article;
  /** Where the quote lies in the article's text. */
  span: QuoteSpan;
}

/** Where a record (or one of its keys) is written, for an issue. */
export type At = (
  l: { file: SourceFile; yaml: YamlFile; index: number },
  key?: string[],
) => { file: string; line: number | null };

/** The records located in every file, and every id written (valid or not). */
export interface LocatedRecords {
  /** Located records by id, in file order. */
  located: Map<string, Located>;
  /** Ids of every record, including those that failed, so no anchor to one is reported twice. */
  allIds: Set<string>;
}

/** Where a record (or one of its keys) is written. */
export const at: At = (l, key = []) => ({
  file: l.file.path,
  line: l.yaml.lineOf([l.index, ...key]),
});

/** Records of one file, schema-checked; problems go to `issues`. */
function readRecords(
  file: SourceFile,
  articles: Map<string, Article>,
  issues: DataIssue[],
  knownArticles: Set<string>,
): {
  recs: { rec: IncidentRecord; index: number }[];
  /** Ids of the records that failed the schema (already reported), so no anchor to one is. */
  invalidIds: string[];
  yaml: YamlFile;
  article: Article;
} | null {
  const yaml = parseYaml(file);
  if (Array.isArray(yaml)) {
    issues.push(...yaml);
    return null;
  }
  const articleId = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
  const article = articles.get(articleId);
  if (!article) {
    if (knownArticles.has(articleId)) return null; // its metadata failed and was reported
    issues.push({
      file: file.path,
      line: null,
      message: `no article "${articleId}" for this incident file`,
      fix: 'name the file after its article: geodata/incidents/<article-id>.yaml',
    });
    return null;
  }
  const list = v.safeParse(IncidentFileSchema, yaml.value ?? []);
  if (!list.success) {
    issues.push({
      file: file.path,
      line: 1,
      message: 'an incident file must be a YAML list of records',
      fix: 'start each record with "- id: …"',
    });
    return null;
  }
  const recs: { rec: IncidentRecord; index: number }[] = [];
  const invalidIds: string[] = [];
  list.output.forEach((raw, index) => {
    const parsed = v.safeParse(IncidentRecordSchema, raw);
    if (parsed.success) recs.push({ rec: parsed.output, index });
    else {
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') invalidIds.push(rawId);
      for (const i of parsed.issues) {
        const { path, text } = describeSchemaIssue(i);
        issues.push({
          file: file.path,
          line: yaml.lineOf([index, ...path]),
          message: `record ${index + 1}: ${text}`,
          fix: 'see README "How to add an article and its incidents" for the fields',
        });
      }
    }
  });
  return { recs, invalidIds, yaml, article };
}

function excerptOf(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Reads every incident file and locates each record's quote in its article; duplicate ids,
 * missing and ambiguous quotes go to `issues`. `textPaths` maps article ids to their text files.
 */
export function locateRecords(
  files: SourceFile[],
  articles: Map<string, Article>,
  issues: DataIssue[],
  textPaths: Map<string, string>,
): LocatedRecords {
  const located = new Map<string, Located>();
  const allIds = new Set<string>();
  for (const file of files) {
    const read = readRecords(file, articles, issues, new Set(textPaths.keys()));
    for (const r of read?.recs ?? []) allIds.add(r.rec.id);
    for (const id of read?.invalidIds ?? []) allIds.add(id);
    if (!read) continue;
    for (const { rec, index } of read.recs) {
      const where = { file, yaml: read.yaml, index };
      const prev = located.get(rec.id);
      if (prev) {
        issues.push({
          ...at(where, ['id']),
          message: `duplicate id "${rec.id}" (first used at ${prev.file.path}:${prev.yaml.lineOf([prev.index, 'id'])})`,
          fix: 'give every record a unique id',
        });
        continue;
      }
      const span = locateQuote(read.article.text, rec.quote);
      if (!isSpan(span)) {
        const article = textPaths.get(read.article.id) ?? `geodata/articles/${read.article.id}.txt`;
        issues.push({
          ...at(where, ['quote']),
          message:
            span.kind === 'ambiguous'
              ? `quote occurs ${span.offsets.length} times in the article "${excerptOf(rec.quote)}"`
              : `quote not found in article "${excerptOf(rec.quote)}"`,
          fix:
            span.kind === 'ambiguous'
              ? 'lengthen the quote until it is unique'
              : `copy the sentence exactly from ${article}`,
        });
        continue;
      }
      located.set(rec.id, { rec, ...where, article: read.article, span });
    }
  }
  return { located, allIds };
}
