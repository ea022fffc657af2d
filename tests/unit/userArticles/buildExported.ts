// Builds an export's files as `npm run data` builds geodata/: a copy of the repository's geodata/
// (with its curated tables) plus the exported files, through the pipeline's whole build.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { ROOT } from '../../../pipeline/paths.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import type { ExportFile } from '../../../src/core/userArticles/exportGeodata.ts';
import { fixtureDirs } from '../pipeline/fixture-helpers.ts';

/** The incident features the pipeline builds with `files` added to geodata/; throws its errors. */
export function buildExported(files: readonly ExportFile[]): IncidentFeature[] {
  const dir = mkdtempSync(join(tmpdir(), 'borderlines-export-'));
  try {
    cpSync(join(ROOT, 'geodata'), dir, { recursive: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const out = buildAll(fixtureDirs(dir), loadReference());
    return (
      JSON.parse(out.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
