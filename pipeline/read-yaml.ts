// YAML with line numbers: every value can be traced back to the line it was written on, so
// errors say `file:line`.
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describeSchemaIssue, type DataIssue } from '../src/core/validation.ts';
import type { SourceFile } from './load-sources.ts';

/** A parsed YAML file and a way to find the line of any value in it. */
export interface YamlFile {
  value: unknown;
  /** 1-based line of the value (or key) at `path`, falling back to the nearest parent. */
  lineOf(path: (string | number)[]): number | null;
}

/** Parses a YAML source file; returns the issues instead when it is not UTF-8 or malformed. */
export function parseYaml(source: SourceFile): YamlFile | DataIssue[] {
  const { path: file, text } = source;
  if (source.invalidUtf8) {
    return [
      { file, line: source.invalidUtf8, message: 'not valid UTF-8', fix: 'save the file as UTF-8' },
    ];
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.slice(0, 1).map((e) => ({
      file,
      line: e.linePos?.[0]?.line ?? null,
      message: `malformed YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'fix the syntax (indentation, a missing colon, an unclosed quote); quote strings that contain ": "',
    }));
  }
  const lineAt = (offset: number | undefined): number | null =>
    offset === undefined ? null : lc.linePos(offset).line;
  return {
    value: doc.toJS(),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = lineAt((node as Node | null)?.range?.[0]);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => String((p.key as { value?: unknown })?.value) === String(key),
          );
          if (!pair) break;
          line = lineAt((pair.key as Node | null)?.range?.[0]) ?? line;
          node = pair.value;
        } else if (isSeq(node)) {
          const item = node.items[Number(key)] as Node | undefined;
          if (!item) break;
          line = lineAt(item.range?.[0]) ?? line;
          node = item;
        } else break;
      }
      return line;
    },
  };
}

/** What a YAML file holds (`what`, e.g. "alias table") and how to fix a file that breaks `schema`. */
export interface YamlContract<S extends v.GenericSchema> {
  schema: S;
  what: string;
  fix: string;
}

/**
 * Parses a YAML source file and checks it against `contract.schema`. Returns the checked value and
 * the parsed file (for more line look-ups), or null after pushing to `issues` the parse problems
 * or one issue per schema problem, each on the line it names.
 */
export function readYamlAs<S extends v.GenericSchema>(
  file: SourceFile,
  contract: YamlContract<S>,
  issues: DataIssue[],
): { value: v.InferOutput<S>; yaml: YamlFile } | null {
  const yaml = parseYaml(file);
  if (Array.isArray(yaml)) {
    issues.push(...yaml);
    return null;
  }
  const parsed = v.safeParse(contract.schema, yaml.value);
  if (!parsed.success) {
    for (const i of parsed.issues) {
      const { path, text } = describeSchemaIssue(i);
      issues.push({
        file: file.path,
        line: yaml.lineOf(path),
        message: `${contract.what}: ${text}`,
        fix: contract.fix,
      });
    }
    return null;
  }
  return { value: parsed.output, yaml };
}
