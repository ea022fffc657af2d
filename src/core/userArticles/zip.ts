// The geodata export as one zip (fflate: small, synchronous, runs in Node and the browser alike).
// Entries get a fixed time stamp, so the same files always give the same bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './exportGeodata.ts';

/** Time stamp written for every entry (zip cannot store dates before 1980). */
const MTIME = new Date(Date.UTC(2000, 0, 1));

/** The files as a zip (UTF-8 texts, deflated). */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.path] = [strToU8(f.text), { mtime: MTIME, level: 6 }];
  return zipSync(entries);
}
