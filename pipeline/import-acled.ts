// `npm run data -- --acled FILE [--out DIR]`: imports an ACLED CSV export. Writes
// DIR/incidents.geojson (the app's data contract) and DIR/incidents.bin (the columnar binary layout
// the large-dataset layer loads in a worker); default DIR is public/datasets/acled, served by the
// app at datasets/acled/. The file is streamed (the same decoder and reader as the app's worker),
// so an export of any size is read without becoming one string; the GeoJSON is written feature by
// feature. Bad rows are listed on stderr with file, line, column and fix; good rows are still
// written. A file that is not ACLED's, has no rows, or yields no incident writes nothing (exit 1).
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { AcledReader, formatAcledProblem } from '../src/core/acled.ts';
import { encodeColumns } from '../src/core/binaryLayout.ts';
import { ColumnBuilder } from '../src/core/columnBuilder.ts';
import { encodingLabel, TextDecodingError, TextStreamDecoder } from '../src/core/textStream.ts';

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
  const existed = existsSync(out);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    console.error(
      `${out}: cannot create the output folder (${(e as NodeJS.ErrnoException).code}) — fix: choose another --out`,
    );
    return 1;
  }
  const geoTmp = join(out, `incidents.geojson.tmp-${process.pid}`);
  const binTmp = join(out, `incidents.bin.tmp-${process.pid}`);
  const geo = createWriteStream(geoTmp);
  // A write error (disk full, say) is kept and reported below, never left unhandled.
  let writeError: NodeJS.ErrnoException | null = null;
  geo.on('error', (e) => (writeError ??= e));
  const builder = new ColumnBuilder();
  let first = true;
  const acled = new AcledReader(basename(file), (f) => {
    geo.write(`${first ? '' : ',\n'}${JSON.stringify(f)}`);
    first = false;
    builder.add(f);
  });
  const decoder = new TextStreamDecoder();
  // Ends the stream and waits for it to close before removing its file: destroying it while its
  // open is still pending made Node write to a destroyed stream (an uncaught ERR_STREAM_DESTROYED).
  const cleanUp = async (): Promise<void> => {
    if (!geo.writableEnded) geo.end();
    await finished(geo).catch(() => {});
    rmSync(geoTmp, { force: true });
    rmSync(binTmp, { force: true });
    if (!existed) rmdirSync(out); // made for this import: leave no trace
  };
  geo.write('{"type":"FeatureCollection","features":[\n');
  try {
    for await (const chunk of createReadStream(file)) {
      acled.push(decoder.push(chunk as Buffer));
      if (acled.stopped) break;
    }
    if (!acled.stopped) {
      acled.push(decoder.end());
      acled.end();
    }
  } catch (e) {
    await cleanUp();
    if (e instanceof TextDecodingError) {
      console.error(`${file}: ${e.message} — fix: save it as "CSV UTF-8" and import it again`);
    } else {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      console.error(`${file}: cannot be read (${code}) — fix: check the path`);
    }
    return 1;
  }
  for (const p of acled.problems) console.error(formatAcledProblem(p));
  if (acled.fileError || acled.imported === 0) {
    await cleanUp();
    console.error(
      `${file}: nothing imported${acled.fileError ? '' : ` (all ${acled.rows} rows skipped, see above)`}; nothing was written`,
    );
    return 1;
  }
  geo.end('\n]}\n');
  await finished(geo).catch(() => {});
  if (writeError) {
    await cleanUp();
    console.error(
      `${out}: cannot be written (${(writeError as NodeJS.ErrnoException).code}) — fix: free some space or choose another --out; nothing was written`,
    );
    return 1;
  }
  await writeFile(binTmp, new Uint8Array(encodeColumns(builder.finish())));
  renameSync(geoTmp, join(out, 'incidents.geojson'));
  renameSync(binTmp, join(out, 'incidents.bin'));
  const skipped = acled.rows - acled.imported;
  const enc = decoder.sniffed?.encoding;
  console.log(
    `ACLED: imported ${acled.imported} of ${acled.rows} rows from ${file}` +
      `${enc && enc !== 'utf-8' ? ` (read as ${encodingLabel(enc)})` : ''}` +
      `${skipped ? ` (${skipped} skipped, see above)` : ''} → ${out}/incidents.{geojson,bin}`,
  );
  return 0;
}
