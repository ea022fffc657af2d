// The geodata export end to end in Node: the Rask passage read by the extractor, decided on as
// a user would (accept two, reject one, move one by a map click), exported, zipped, unzipped into
// a temporary copy of geodata/, and built by the pipeline (`npm run data`'s buildAll), which must
// accept it. Plus what the export leaves out, with a warning, rather than break the build.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAll, loadReference } from '../../../pipeline/build-all.ts';
import { nodeReaders, pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { ROOT } from '../../../pipeline/paths.ts';
import { exportGeodata, type ExportFile } from '../../../src/core/userArticles/exportGeodata.ts';
import { zipFiles } from '../../../src/core/userArticles/zip.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { decision, raskProposals, RASK_TEXT, userArticle, userData } from './helpers.ts';

const ref = loadReference();
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const OPTS = {
  lookup: pipelineLookup(),
  existingIds: new Set<string>(),
  titleOf: (id: string) => (id === '2018-mirjaveh-abduction' ? 'Border guards abducted' : null),
  today: '2024-04-05',
};

/** Unzips `files` into a temporary copy of geodata/ and runs the pipeline's build on it. */
function buildWith(files: ExportFile[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'borderlines-export-'));
  tmp.push(dir);
  cpSync(join(ROOT, 'geodata'), dir, { recursive: true });
  for (const [path, bytes] of Object.entries(unzipSync(zipFiles(files)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return buildAll(
    {
      articles: join(dir, 'articles'),
      incidents: join(dir, 'incidents'),
      aliases: join(dir, 'aliases.yaml'),
    },
    ref,
  );
}

const [rask, chabahar, sarbaz, claim] = raskProposals();
const SARBAZ_POINT = {
  kind: 'map' as const,
  lat: 26.64,
  lon: 61.27,
  country: 'IR',
  admin1: 'Sistan and Baluchestan',
};

describe('the Rask passage as a user decides on it', () => {
  it('the extractor proposes the four incidents the decisions are about', () => {
    expect(raskProposals().map((p) => p.place)).toEqual(['Rask', 'Chabahar', 'Sarbaz', null]);
  });

  const article = userArticle({ proposals: raskProposals() });
  const data = userData(
    [article],
    [
      decision(rask!.id, 'accepted'),
      decision(chabahar!.id, 'accepted'),
      decision(claim!.id, 'rejected'),
      decision(sarbaz!.id, 'accepted', { place: SARBAZ_POINT }),
    ],
  );
  const out = exportGeodata(data, OPTS);
  const file = (p: string) => out.files.find((f) => f.path === p)?.text ?? '';

  it('writes the text byte for byte, the sidecar and the incidents file', () => {
    expect(out.files.map((f) => f.path)).toEqual([
      `articles/${article.id}.txt`,
      `articles/${article.id}.yaml`,
      `incidents/${article.id}.yaml`,
    ]);
    const bytes = unzipSync(zipFiles(out.files))[`articles/${article.id}.txt`]!;
    expect(
      Buffer.from(bytes).equals(
        readFileSync(join(import.meta.dirname, '../../fixtures/userArticles/rask.txt')),
      ),
    ).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('the pipeline accepts the export: three incidents mapped, the rejected one recorded', () => {
    const built = buildWith(out.files);
    const features = (
      JSON.parse(built.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const mine = features.filter((f) => f.properties.article === article.id);
    expect(mine.map((f) => f.properties.title).sort()).toEqual([
      'Attack in Chabahar',
      'Clash in Rask',
      'Statement in Sarbaz',
    ]);
    const excluded = JSON.parse(built.get('public/data/excluded.json')!) as {
      article: string;
      why: string;
    }[];
    expect(excluded.filter((e) => e.article === article.id).map((e) => e.why)).toEqual([
      expect.stringMatching(/^Rejected in review in Borderlines/),
    ]);
  });

  it('the point placed by hand is the mapped point, exact, with a note saying so', () => {
    const built = buildWith(out.files);
    const features = (
      JSON.parse(built.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const s = features.find((f) => f.properties.title === 'Statement in Sarbaz')!;
    expect(s.geometry.coordinates).toEqual([61.27, 26.64]);
    expect(s.properties.place_precision).toBe('point');
    expect(s.properties.note).toMatch(/Placed by hand on the map in review/);
    expect(s.properties.note).not.toMatch(/The extractor placed/);
  });

  it('dates come from the phrases, resolved by the pipeline as the extractor did', () => {
    const built = buildWith(out.files);
    const features = (
      JSON.parse(built.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const r = features.find((f) => f.properties.title === 'Clash in Rask')!.properties;
    expect([r.date, r.date_precision, r.date_basis]).toEqual([
      '2024-04-03',
      'day',
      'late on Wednesday',
    ]);
    expect(file(`incidents/${article.id}.yaml`)).toContain('date_phrase: late on Wednesday');
  });

  it('a date set by hand is an override with a note in the reviewer’s words', () => {
    const edited = userData(
      [article],
      [decision(rask!.id, 'accepted', { date: { date: '2024-04-02', precision: 'approximate' } })],
    );
    const r = exportGeodata(edited, OPTS);
    const built = buildWith(r.files);
    const features = (
      JSON.parse(built.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const p = features.find((f) => f.properties.article === article.id)!.properties;
    expect([p.date, p.date_precision]).toEqual(['2024-04-02', 'approximate']);
    expect(p.note).toMatch(
      /Date set by hand in review \(the extractor read "late on Wednesday" as 2024-04-03\)/,
    );
    expect(p.note).not.toMatch(/The extractor read "late on Wednesday" as 2024-04-02/);
  });

  it('a merged proposal is recorded as a non-incident naming the incident it joined', () => {
    const merged = userData(
      [article],
      [
        decision(rask!.id, 'accepted', {
          same: { answer: 'merge', incident: '2018-mirjaveh-abduction' },
        }),
      ],
    );
    const r = exportGeodata(merged, OPTS);
    const yaml = r.files.find((f) => f.path.startsWith('incidents/'))!.text;
    expect(yaml).toContain('incident: false');
    expect(yaml).toMatch(/Same incident as "Border guards abducted" \(2018-mirjaveh-abduction\)/);
    expect(() => buildWith(r.files)).not.toThrow();
  });
});

describe('an incident along a border', () => {
  const border = { ...rask!, place_precision: 'border' as const, border_line: 'IR-PK' };
  const r = exportGeodata(
    userData([userArticle({ proposals: [border] })], [decision(border.id, 'accepted')]),
    OPTS,
  );
  const yaml = r.files.find((f) => f.path.startsWith('incidents/'))?.text ?? '';

  it('is written with its country as the place and `border_with` the other side', () => {
    expect(r.warnings).toEqual([]);
    expect(yaml).toMatch(/place: Iran\n\s+country: IR\n\s+border_with: PK/);
  });

  it('is placed on the Iran–Pakistan border by the pipeline build', () => {
    const built = JSON.parse(buildWith(r.files).get('public/data/incidents.geojson')!) as {
      features: IncidentFeature[];
    };
    const f = built.features.find((x) => x.properties.article === 'user-rask-0001')!;
    expect(f.properties).toMatchObject({ place_precision: 'border', border_line: 'IR-PK' });
  });
});

describe('an incident along a stretch two provinces share', () => {
  it('is written as the whole border of their two countries (the curated format has no stretch)', () => {
    const stretch = { ...rask!, place_precision: 'border' as const, border_line: 'IR-SB/PK-BA' };
    const r = exportGeodata(
      userData([userArticle({ proposals: [stretch] })], [decision(stretch.id, 'accepted')]),
      OPTS,
    );
    expect(r.warnings).toEqual([]);
    const yaml = r.files.find((f) => f.path.startsWith('incidents/'))?.text ?? '';
    expect(yaml).toMatch(/place: Iran\n\s+country: IR\n\s+border_with: PK/);
  });
});

describe('what the export leaves out, with a warning', () => {
  it('an article without a publication date (geodata/ needs one)', () => {
    const r = exportGeodata(
      userData([userArticle({ published: null, proposals: raskProposals() })]),
      OPTS,
    );
    expect(r.files).toEqual([]);
    expect(r.warnings[0]).toMatch(/no publication date/);
  });

  it('an accepted incident whose text names no place, while the rest still builds', () => {
    const article = userArticle({ proposals: raskProposals() });
    const data = userData(
      [article],
      [decision(rask!.id, 'accepted'), decision(claim!.id, 'accepted', { place: SARBAZ_POINT })],
    );
    const r = exportGeodata(data, OPTS);
    expect(r.warnings).toEqual([expect.stringMatching(/^"Attack" .* the text names no place/)]);
    expect(() => buildWith(r.files)).not.toThrow();
  });

  it('undecided drafts (counted in the header)', () => {
    const article = userArticle({ proposals: raskProposals() });
    const r = exportGeodata(userData([article], [decision(rask!.id, 'accepted')]), OPTS);
    const yaml = r.files.find((f) => f.path.startsWith('incidents/'))!.text;
    expect(yaml).toContain('3 undecided proposal(s) left out.');
    expect(yaml.match(/^- id:/gm)).toHaveLength(1);
  });

  it('keeps the text as given, BOM and curly quotes included', () => {
    const text = `\uFEFF${RASK_TEXT.replace('Jaish al-Adl,', 'Jaish al-Adl’s fighters,')}`;
    const r = exportGeodata(userData([userArticle({ text, proposals: [] })]), OPTS);
    const bytes = unzipSync(zipFiles(r.files))['articles/user-rask-0001.txt']!;
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
  });
});

describe('the dateline city chosen for a proposal whose text names no place', () => {
  const text =
    'QUETTA: Two people were killed and five injured on Sunday when a bomb exploded near a vegetable market, police said.';
  const proposals = extractIncidents(
    text,
    { published: '2019-08-19', articleId: 'user-quetta-0001' },
    nodeReaders(),
  );
  const [p] = proposals;
  const article = userArticle({
    id: 'user-quetta-0001',
    text,
    title: 'Blast near a vegetable market',
    published: '2019-08-19',
    proposals,
  });
  const chosen = { kind: 'candidate' as const, candidate: p!.candidates[0]! };
  const data = userData([article], [decision(p!.id, 'accepted', { place: chosen }, article.id)]);

  it('the extractor offers Quetta and proposes no place', () => {
    expect([p?.place, p?.candidates.map((c) => c.name)]).toEqual([null, ['Quetta']]);
  });
  it('is exported at Quetta as the text writes it, and built, with a note saying the reviewer chose it', () => {
    const r = exportGeodata(data, OPTS);
    expect(r.warnings).toEqual([]);
    const built = buildWith(r.files);
    const features = (
      JSON.parse(built.get('public/data/incidents.geojson')!) as { features: IncidentFeature[] }
    ).features;
    const f = features.find((x) => x.properties.article === article.id)!.properties;
    expect([f.place, f.admin1]).toEqual(['QUETTA', 'Balochistan']);
    expect(f.note).toMatch(/Place chosen in review: Quetta, .* the text names no place/);
  });
});
