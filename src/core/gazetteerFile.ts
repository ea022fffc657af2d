// The gazetteer the browser loads for "Add article" (`public/data/gazetteer.json`, written by
// `npm run data`): the generated GeoNames entries with the curated aliases and organisations, as
// the pipeline's place lookup uses them. TEMPORARY: once the place reader's own artifact
// (`public/data/extract-gazetteer.json`, src/core/extract/gazetteerData.ts) is on main, the app
// loads that instead and this file and its output go (see src/extract/browserReaders.ts).
import type { Gazetteer } from './gazetteer.ts';

/** Version of the file; bump when its shape changes. */
export const GAZETTEER_FILE_VERSION = 1;

/** The file's text: one entry per line, so a diff shows which places changed. */
export function formatGazetteerFile(g: Gazetteer): string {
  const entries = g.entries.map((e) => JSON.stringify(e)).join(',\n');
  return `{"version":${GAZETTEER_FILE_VERSION},\n"aliases":${JSON.stringify(g.aliases)},\n"organisations":${JSON.stringify(g.organisations)},\n"entries":[\n${entries}\n]}\n`;
}

/** Parses the file; throws an Error naming `file` and the fix when it is not one. */
export function parseGazetteerFile(text: string, file: string): Gazetteer {
  const fix = 'Regenerate it with `npm run data` and rebuild.';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}). ${fix}`, { cause: e });
  }
  const o = json as Partial<Gazetteer> & { version?: unknown };
  if (
    typeof o !== 'object' ||
    o === null ||
    o.version !== GAZETTEER_FILE_VERSION ||
    !Array.isArray(o.entries) ||
    !Array.isArray(o.aliases) ||
    !Array.isArray(o.organisations)
  ) {
    throw new Error(`${file}: not a gazetteer file of version ${GAZETTEER_FILE_VERSION}. ${fix}`);
  }
  return { entries: o.entries, aliases: o.aliases, organisations: o.organisations };
}
