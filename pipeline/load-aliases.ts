// Reads geodata/aliases.yaml: news spellings → gazetteer names, and organisations that are
// never places.
import * as v from 'valibot';
import type { Gazetteer, GazetteerEntry } from '../src/core/gazetteer.ts';
import type { DataIssue } from '../src/core/validation.ts';
import type { SourceFile } from './load-sources.ts';
import { readYamlAs } from './read-yaml.ts';

const AliasFileSchema = v.strictObject({
  aliases: v.array(
    v.strictObject({
      alias: v.string(),
      name: v.string(),
      country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    }),
  ),
  organisations: v.array(v.string()),
});

/** The gazetteer with the curated aliases and organisation deny-list; problems go to `issues`. */
export function loadGazetteer(
  entries: GazetteerEntry[],
  file: SourceFile,
  issues: DataIssue[],
): Gazetteer {
  const read = readYamlAs(
    file,
    {
      schema: AliasFileSchema,
      what: 'alias table',
      fix: 'each alias needs `alias` and `name` (optional `country`); `organisations` is a list',
    },
    issues,
  );
  return read ? { entries, ...read.value } : { entries, aliases: [], organisations: [] };
}
