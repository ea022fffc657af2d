// YAML with line numbers: every value can be traced back to the line it was written on, so
// errors say `file:line`.
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { describeSchemaIssue, type DataIssue } from '../src/core/validation.ts';
import type { SourceFile } from './load-sources.ts';

/** A parsed YAML file and a way to find the line of any value in it. */
export interface YamlFile {
  value: unknown;
  /** 1-based line of the value (or key) at `path`, falling back to the nearest parent. */
  lineOf(path: (string | number)[]): number | null;
}

/** Aliases one YAML file may expand (none of the curated files needs any). */
const MAX_ALIASES = 50;

/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Parses a YAML source file; returns the issues instead when it is not UTF-8 or malformed. */
export function parseYaml(source: SourceFile): YamlFile | DataIssue[] {
  const { path: file, text } = source;
  if (source.unreadable) return [{ file, line: null, ...source.unreadable }];
  if (source.invalidUtf8) {
    return [
      { file, line: source.invalidUtf8, message: 'not valid UTF-8', fix: 'save the file as UTF-8' },
    ];
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    return [
      {
        file,
        line: problem.linePos?.[0]?.line ?? null,
        message: `malformed YAML: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        fix: doc.errors[0]
          ? 'fix the syntax (indentation, a missing colon, an unclosed quote); quote strings that contain ": "'
          : 'write plain values: the sources use no YAML tags (!!) or other extensions',
      },
    ];
  }
  const lineAt = (offset: number | undefined): number | null =>
    offset === undefined ? null : lc.linePos(offset).line;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    let line: number | null = null;
    visit(doc, {
      Alias(_key, node) {
        line = lineAt(node.range?.[0]);
        return visit.BREAK;
      },
    });
    return [
      {
        file,
        line,
        message: `YAML aliases expand too far (${(e as Error).message}): a "billion laughs" pattern`,
        fix: 'write the values out; the sources need no anchors (&) or aliases (*)',
      },
    ];
  }
  const yaml: YamlFile = {
    value,
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
  const control = findControl(value, []);
  if (control) {
    const code = control.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return [
      {
        file,
        line: yaml.lineOf(control.path),
        message: `${describePath(control.path)} contains the control character U+${code}`,
        fix: 'delete it (it is invisible; retype the value around it)',
      },
    ];
  }
  return yaml;
}

/** `record 2: \`title\`` for a path into a list of records, `\`title\`` into a mapping. */
function describePath(path: (string | number)[]): string {
  const [first, ...rest] = path;
  if (typeof first === 'number') {
    return `record ${first + 1}: ${rest.length ? `\`${rest.join('.')}\`` : 'a value'}`;
  }
  return path.length ? `\`${path.join('.')}\`` : 'the value';
}

/** The first string (key or value) holding a control character, with its path. */
function findControl(
  value: unknown,
  path: (string | number)[],
): { path: (string | number)[]; char: string } | null {
  if (typeof value === 'string') {
    const m = CONTROL.exec(value);
    return m ? { path, char: m[0] } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findControl(value[i], [...path, i]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findControl(k, [...path, k]) ?? findControl(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
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
