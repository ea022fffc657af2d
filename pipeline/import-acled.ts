// `npm run data -- --acled FILE [--out DIR]`: imports an ACLED CSV export. Writes
// DIR/incidents.geojson (the app's data contract) and DIR/incidents.bin (the columnar binary layout
// the large-dataset layer loads in a worker); default DIR is public/datasets/acled, served by the
// app at datasets/acled/. Bad rows are listed on stderr with file, line, column and fix; good rows
// are still written. Exit code 1 when the file is unusable or no row could be imported.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatAcledProblem, parseAcledCsv } from '../src/core/acled.ts';
import { columnsFromFeatures, encodeColumns } from '../src/core/binaryLayout.ts';
import type { IncidentCollection } from '../src/core/types.ts';

/** Default output folder of an ACLED import. */
export const ACLED_DEFAULT_OUT = 'public/datasets/acled';

/** Runs the import for CLI arguments (`--acled FILE [--out DIR]`); resolves to the exit code. */
export async function importAcledCli(args: string[]): Promise<number> {
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = value('--acled');
  const out = value('--out') ?? ACLED_DEFAULT_OUT;
  if (!file) {
    console.error('Usage: npm run data -- --acled FILE.csv [--out DIR]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read (${(e as Error).message}) — fix: check the path`);
    return 1;
  }
  const result = parseAcledCsv(text, basename(file));
  for (const p of result.problems) console.error(formatAcledProblem(p));
  if (result.fileError || result.features.length === 0) {
    console.error(`${file}: nothing imported`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const collection: IncidentCollection = { type: 'FeatureCollection', features: result.features };
  writeFileSync(join(out, 'incidents.geojson'), JSON.stringify(collection) + '\n');
  writeFileSync(
    join(out, 'incidents.bin'),
    new Uint8Array(encodeColumns(columnsFromFeatures(result.features))),
  );
  const skipped = result.rows - result.features.length;
  console.log(
    `ACLED: imported ${result.features.length} of ${result.rows} rows from ${file}` +
      `${skipped ? ` (${skipped} skipped, see above)` : ''} → ${out}/incidents.{geojson,bin}`,
  );
  return 0;
}
