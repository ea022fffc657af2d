// An accepted incident at a border crossing reaches geodata/ (the QA pass of stop 28: "Clash in
// Chaman border crossing" was left out, "its province is unknown"; stop 29: crossings whose side
// towns GeoNames lacks, Gabd, Rimdan, Mand, Dogharoun, Milak and Torkham, were still left out,
// "the gazetteer does not know"). The record names the crossing as the text does and claims the
// side's country and province; the pipeline builds it at the crossing's point with the
// crossing's radius (src/core/gazetteerCrossings.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_GAZETTEER_PATH } from '../../../pipeline/build-all.ts';
import { nodeReaders, pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { ROOT } from '../../../pipeline/paths.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { parseExtractGazetteer } from '../../../src/core/extract/gazetteerData.ts';
import { exportGeodata } from '../../../src/core/userArticles/exportGeodata.ts';
import { buildExported } from './buildExported.ts';
import { decision, userArticle, userData } from './helpers.ts';

/** A sentence, the crossing it names, and the side's country and province the record claims. */
const CASES: [string, string, string, string][] = [
  [
    'QUETTA, March 3 (Reuters) - Pakistani and Afghan forces clashed at the Chaman border crossing on Monday, killing two soldiers, officials said.',
    'Chaman–Spin Boldak crossing',
    'PK',
    'Balochistan',
  ],
  [
    'Gunmen attacked a post at the Gabd border crossing on Monday, killing two soldiers.',
    'Gabd–Rimdan crossing',
    'PK',
    'Balochistan',
  ],
  [
    'Gunmen attacked a post at the Rimdan border crossing on Monday, killing two guards.',
    'Gabd–Rimdan crossing',
    'IR',
    'Sistan and Baluchestan',
  ],
  [
    'Gunmen attacked a post at the Mand border crossing on Monday, killing two soldiers.',
    'Pishin–Mand crossing',
    'PK',
    'Balochistan',
  ],
  [
    'Iranian police clashed with smugglers at the Dogharoun border crossing on Monday, killing two.',
    'Islam Qala–Dogharoun crossing',
    'IR',
    'Razavi Khorasan',
  ],
  [
    'Afghan and Iranian forces clashed at the Islam Qala border crossing on Monday, killing two.',
    'Islam Qala–Dogharoun crossing',
    'AF',
    'Herat',
  ],
  [
    'Iranian and Afghan border guards clashed at the Milak crossing on Monday, killing two.',
    'Milak–Zaranj crossing',
    'IR',
    'Sistan and Baluchestan',
  ],
  [
    'Pakistani and Afghan forces clashed at the Torkham border crossing on Monday, killing two soldiers.',
    'Torkham crossing',
    'AF',
    'Nangarhar',
  ],
];

const crossings = parseExtractGazetteer(
  readFileSync(join(ROOT, EXTRACT_GAZETTEER_PATH), 'utf8'),
  EXTRACT_GAZETTEER_PATH,
).crossings;
const articleId = (i: number) => `user-cross-${String(i).padStart(4, '0')}`;
const proposals = CASES.map(
  ([text], i) =>
    extractIncidents(text, { published: '2025-03-04', articleId: articleId(i) }, nodeReaders())[0]!,
);
const r = exportGeodata(
  userData(
    CASES.map(([text], i) =>
      userArticle({ id: articleId(i), text, published: '2025-03-04', proposals: [proposals[i]!] }),
    ),
    proposals.map((p) => decision(p.id, 'accepted')),
  ),
  { lookup: pipelineLookup(), existingIds: new Set(), titleOf: () => null, today: '2025-03-05' },
);

describe('accepted incidents at border crossings', () => {
  it.each(CASES.map((c, i) => [c[1], c[2], i] as const))(
    'at the %s (%s side) are proposed there',
    (crossing, country, i) => {
      expect(proposals[i]).toMatchObject({ status: 'proposed', resolved_place: crossing, country });
    },
  );
  it('are all exported, with no warning', () => {
    expect(r.warnings).toEqual([]);
    const yaml = r.files.filter((f) => f.path.startsWith('incidents/')).map((f) => f.text);
    expect(yaml).toHaveLength(CASES.length);
    expect(yaml[0]).toMatch(
      /place: Chaman border crossing\n\s+country: PK\n\s+admin1: Balochistan/,
    );
  });
  it('are built by the pipeline at the crossing, in the side’s province, with its radius', () => {
    const features = buildExported(r.files);
    const got = CASES.map((_c, i) => {
      const f = features.find((x) => x.properties.article === articleId(i))!;
      return [
        f.geometry.coordinates,
        f.properties.country,
        f.properties.admin1,
        f.properties.uncertainty_km,
      ];
    });
    const want = CASES.map(([, crossing, country, admin1]) => {
      const c = crossings.find((x) => x.name === crossing)!;
      return [[c.lon, c.lat], country, admin1, c.radius_km];
    });
    expect(got).toEqual(want);
  }, 60_000); // runs the pipeline over the exported files: seconds on a busy machine
});
