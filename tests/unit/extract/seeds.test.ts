// The two seed articles through the extractor, compared with their curated records
// (geodata/incidents/*.yaml as the pipeline builds them). Skipped while the CLI's readers are the
// temporary adapters: it runs once pipeline/extract-readers.ts points at the real readers.
// Every disagreement is printed with its reason; a curated incident with no proposal, or a
// confident proposal with another date or place, fails the test.
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../../pipeline/build-all.ts';
import { READERS_ARE_TEMPORARY } from '../../../pipeline/extract-readers.ts';
import { SOURCES } from '../../../pipeline/paths.ts';
import {
  compareWithCurated,
  type CuratedExclusion,
} from '../../../src/core/extract/compareCurated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import type { Article, IncidentFeature } from '../../../src/core/types.ts';
import { readers } from './extractHelpers.ts';

describe.skipIf(READERS_ARE_TEMPORARY)('seed articles against the curated records', () => {
  it('proposes every curated incident, and no confident wrong date or place', () => {
    const out = buildAll(SOURCES);
    const articles = JSON.parse(out.get('public/data/articles.json') ?? '[]') as Article[];
    const features = (
      JSON.parse(out.get('public/data/incidents.geojson') ?? '{}') as {
        features: IncidentFeature[];
      }
    ).features;
    const excluded = JSON.parse(
      out.get('public/data/excluded.json') ?? '[]',
    ) as (CuratedExclusion & { article: string })[];
    const report: string[] = [];
    let serious = 0;
    for (const a of articles) {
      const proposals = extractIncidents(
        a.text,
        { published: a.published, articleId: a.id },
        readers,
      );
      const byId = new Map(proposals.map((p) => [p.id, p]));
      const found = compareWithCurated(
        proposals,
        features.filter((f) => f.properties.article === a.id),
        excluded.filter((e) => e.article === a.id),
      );
      for (const d of found) {
        const confident = d.proposal && byId.get(d.proposal)?.status === 'proposed';
        if (d.kind === 'missing' || (confident && (d.kind === 'date' || d.kind === 'place')))
          serious++;
        report.push(`${a.id} ${d.kind} ${d.record ?? '-'} ${d.proposal ?? '-'}: ${d.reason}`);
      }
    }
    console.log(report.join('\n') || 'no disagreement');
    expect(serious, report.join('\n')).toBe(0);
  }, 60_000);
});
