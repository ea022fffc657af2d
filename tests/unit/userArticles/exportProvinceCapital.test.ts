// An accepted incident in a town that shares its province's name (Kandahar, Herat, Kabul, Ghazni)
// reaches geodata/ (stop 29: it was left out, "its province is unknown to the gazetteer", because
// the record's `admin1: Kandahar` was looked up as the town, not the province). A name given as a
// province resolves to the province first (src/core/gazetteer.ts PlaceClaim.province), in the
// export and in the pipeline's check alike.
import { describe, expect, it } from 'vitest';
import { nodeReaders, pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { exportGeodata } from '../../../src/core/userArticles/exportGeodata.ts';
import { buildExported } from './buildExported.ts';
import { decision, userArticle, userData } from './helpers.ts';

/** Where the text puts the incident and the province its record claims. */
const CASES: [string, string][] = [
  ['Kandahar', 'Kandahar'],
  ['Herat city', 'Herat'],
  ['Kabul', 'Kabul'],
  ['Ghazni city', 'Ghazni'],
  ['Zaranj', 'Nimruz'],
];
const articleId = (i: number) => `user-capital-${String(i).padStart(4, '0')}`;
const texts = CASES.map(([place]) => `Gunmen killed two policemen in ${place} on Monday.`);
const proposals = texts.map(
  (text, i) =>
    extractIncidents(text, { published: '2025-03-04', articleId: articleId(i) }, nodeReaders())[0]!,
);
const r = exportGeodata(
  userData(
    texts.map((text, i) =>
      userArticle({ id: articleId(i), text, published: '2025-03-04', proposals: [proposals[i]!] }),
    ),
    proposals.map((p) => decision(p.id, 'accepted')),
  ),
  { lookup: pipelineLookup(), existingIds: new Set(), titleOf: () => null, today: '2025-03-05' },
);

describe('accepted incidents in a town named like its province', () => {
  it('are all exported, with no warning', () => {
    expect(r.warnings).toEqual([]);
    expect(r.files.filter((f) => f.path.startsWith('incidents/'))).toHaveLength(CASES.length);
  });
  it('claim the province', () => {
    const claimed = r.files
      .filter((f) => f.path.startsWith('incidents/'))
      .map((f) => /admin1: (.*)/.exec(f.text)?.[1]);
    expect(claimed).toEqual(CASES.map(([, admin1]) => admin1));
  });
  it('are built by the pipeline in that province', () => {
    const features = buildExported(r.files);
    const got = CASES.map((_c, i) => {
      const f = features.find((x) => x.properties.article === articleId(i));
      return [f?.properties.admin1, f?.properties.country];
    });
    expect(got).toEqual(CASES.map(([, admin1]) => [admin1, 'AF']));
  }, 60_000); // runs the pipeline over the exported files: seconds on a busy machine
});
