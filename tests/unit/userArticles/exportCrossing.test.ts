// An accepted incident at a border crossing reaches geodata/ (the QA pass of stop 28: "Clash in
// Chaman border crossing" was left out, "its province is unknown"). A crossing lies on the border
// line, where no province can be claimed, so the export writes it at the town the text names on
// the claimed country's side, with the radius widened to hold the crossing, and the pipeline's
// build accepts it.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { nodeReaders, pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { ROOT } from '../../../pipeline/paths.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { exportGeodata } from '../../../src/core/userArticles/exportGeodata.ts';
import { decision, userArticle, userData } from './helpers.ts';

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TEXT =
  'QUETTA, March 3 (Reuters) - Pakistani and Afghan forces clashed at the Chaman border crossing on Monday, killing two soldiers, officials said.';
const [clash] = extractIncidents(
  TEXT,
  { published: '2025-03-04', articleId: 'user-rask-0001' },
  nodeReaders(),
);
const r = exportGeodata(
  userData(
    [userArticle({ text: TEXT, published: '2025-03-04', proposals: [clash!] })],
    [decision(clash!.id, 'accepted')],
  ),
  { lookup: pipelineLookup(), existingIds: new Set(), titleOf: () => null, today: '2025-03-05' },
);

describe('an accepted incident at a border crossing', () => {
  it('is proposed at the Chaman–Spin Boldak crossing', () => {
    expect(clash).toMatchObject({
      status: 'proposed',
      resolved_place: 'Chaman–Spin Boldak crossing',
      admin1: null,
    });
  });
  it('is exported, with no warning', () => {
    expect(r.warnings).toEqual([]);
    const yaml = r.files.find((f) => f.path.startsWith('incidents/'))?.text ?? '';
    expect(yaml).toMatch(/place: Chaman\n\s+country: PK\n\s+admin1: Balochistan/);
  });
  it('is built by the pipeline within reach of the crossing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borderlines-crossing-'));
    tmp.push(dir);
    cpSync(join(ROOT, 'geodata'), dir, { recursive: true });
    for (const f of r.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const out = buildAll(
      {
        articles: join(dir, 'articles'),
        incidents: join(dir, 'incidents'),
        aliases: join(dir, 'aliases.yaml'),
      },
      loadReference(),
    );
    const built = JSON.parse(out.get('public/data/incidents.geojson')!) as {
      features: IncidentFeature[];
    };
    const f = built.features.find((x) => x.properties.article === 'user-rask-0001')!;
    const [lon, lat] = f.geometry.coordinates;
    // the crossing point is 66.429, 30.952; the radius holds it
    const km = Math.hypot((lon! - 66.429) * 95.6, (lat! - 30.952) * 111.2);
    expect(f.properties.uncertainty_km).toBeGreaterThanOrEqual(km + 8);
  });
});
