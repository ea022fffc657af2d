// Draft records: the exact format of geodata/incidents/*.yaml, accepted by the pipeline.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleYaml,
  draftRecords,
  incidentsYaml,
  uniqueQuote,
} from '../../../src/core/extract/toYaml.ts';
import type { PlaceLookup } from '../../../src/core/extract/recordLookup.ts';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { ArticleMetaSchema, IncidentRecordSchema } from '../../../src/core/validation.ts';
import { buildAll } from '../../../pipeline/build-all.ts';
import { pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { SOURCES } from '../../../pipeline/paths.ts';
import { proposal } from './proposal.ts';

const ID = '004_764383eb893c6242';
const TEXT = readFileSync(`geodata/articles/${ID}.txt`, 'utf8');
const SARAVAN =
  'At least ten people, children and women, were killed in the air strikes by Pakistan in Saravan county in the Southeastern province of Sistan and Baluchestan on mid-January 18.';
const BALOCH = TEXT.slice(
  TEXT.indexOf('It comes a day after'),
  TEXT.indexOf('drone strikes.') + 'drone strikes.'.length,
);

function at(excerpt: string, over: Partial<Proposal>): Proposal {
  const start = TEXT.indexOf(excerpt);
  return proposal({ excerpt, excerpt_start: start, excerpt_end: start + excerpt.length, ...over });
}

const saravan = at(SARAVAN, {
  date_basis: 'on mid-January 18',
  date_precision: 'approximate',
  fatalities: 10,
  fatalities_basis: 'At least ten',
  origin: 'PK',
  target: 'IR',
  origin_place: 'Pakistan',
});
const baloch = at(BALOCH, {
  title: 'Strike from Iran in Balochistan',
  date: '2024-01-17',
  date_precision: 'approximate',
  date_basis: 'a day after',
  place: 'Balochistan',
  resolved_place: 'Balochistan',
  lat: 28.3,
  lon: 65.6,
  place_precision: 'province',
  admin1: 'Balochistan',
  country: 'PK',
  uncertainty_km: 333,
  origin: 'IR',
  target: 'PK',
  origin_place: 'Tehran',
});
const table: Record<
  string,
  { lat: number; lon: number; precision: 'town' | 'county' | 'province' }
> = {
  'Saravan county': { lat: 27.3709, lon: 62.3341, precision: 'county' },
  Balochistan: { lat: 28.3, lon: 65.6, precision: 'province' },
  'Sistan and Baluchestan': { lat: 28.6, lon: 60.6, precision: 'province' },
  Panjgur: { lat: 26.97, lon: 64.09, precision: 'town' },
};
const lookup: PlaceLookup = (name) => table[name] ?? null;
const opts = { text: TEXT, published: '2024-01-29', lookup };

describe('draftRecords', () => {
  it('writes a record the schema accepts, with verbatim quote, phrases and no overrides', () => {
    const [d] = draftRecords([saravan], opts);
    expect(v.safeParse(IncidentRecordSchema, d?.record).success).toBe(true);
    expect(d?.record).toMatchObject({
      id: '2024-saravan-attack',
      category: 'attack',
      quote: SARAVAN,
      place: 'Saravan county',
      country: 'IR',
      admin1: 'Sistan and Baluchestan',
      date_phrase: 'on mid-January 18',
      fatalities: 10,
      fatalities_phrase: 'At least ten',
      origin: 'PK',
      target: 'IR',
      origin_place: 'Pakistan',
    });
    expect(d?.record.overrides).toBeUndefined();
    expect(d?.comments).toEqual(['proposed']);
  });
  it('anchors a relative phrase to the previous record, the way the text reads it', () => {
    const [, d] = draftRecords([saravan, baloch], opts);
    expect(d?.record).toMatchObject({
      date_anchor: '2024-saravan-attack',
      date_phrase_describes: 'anchor',
    });
    expect(d?.record.overrides).toBeUndefined();
  });
  it('overrides the date, with a note, when the phrase alone does not give it', () => {
    const [d] = draftRecords([{ ...saravan, date: '2024-01-16' }], opts);
    expect(d?.record.overrides).toEqual({ date: '2024-01-16', date_precision: 'approximate' });
    expect(d?.record.note).toMatch(/read "on mid-January 18" as 2024-01-16/);
    expect(v.safeParse(IncidentRecordSchema, d?.record).success).toBe(true);
  });
  it('overrides the point, with a note, when the extractor chose another place than the lookup', () => {
    const [d] = draftRecords([{ ...saravan, lat: 27.0, lon: 62.0 }], opts);
    expect(d?.record.overrides).toMatchObject({
      coordinates: [62.0, 27.0],
      place_precision: 'county',
    });
    expect(d?.record.note).toMatch(/placed "Saravan county"/);
  });
  it('keeps only the name the gazetteer knows from a longer place phrase', () => {
    const [d] = draftRecords(
      [
        {
          ...saravan,
          place: 'the outskirts of Panjgur',
          lat: 26.97,
          lon: 64.09,
          place_precision: 'town',
          uncertainty_km: 5,
        },
      ],
      opts,
    );
    expect(d?.record.place).toBe('Panjgur');
  });
  it('says in a comment why a proposal needs review', () => {
    const [d] = draftRecords(
      [
        {
          ...saravan,
          status: 'needs_review',
          reasons: [{ code: 'coarse_place', message: 'Only a country.' }],
        },
      ],
      opts,
    );
    expect(d?.comments).toEqual([
      'needs_review: check before saving',
      '- coarse_place: Only a country.',
    ]);
  });
  it('never reuses an id, in the file or in geodata', () => {
    const ids = draftRecords([saravan, saravan], {
      ...opts,
      existingIds: new Set(['2024-saravan-attack']),
    }).map((d) => d.record.id);
    expect(ids).toEqual(['2024-saravan-attack-2', '2024-saravan-attack-3']);
  });
  it('lengthens a quote until it occurs once', () => {
    const text = 'Two died. Two died. Police came.';
    expect(uniqueQuote(text, 10, 19)).toBe('Two died. Police');
    expect(uniqueQuote('Two died. Two died.', 0, 9)).toBe('Two died. Two');
  });
});

describe('YAML text', () => {
  it('parses back to records the schema accepts, with status comments', () => {
    const yaml = incidentsYaml(
      draftRecords(
        [
          saravan,
          { ...baloch, status: 'needs_review', reasons: [{ code: 'other', message: 'Check.' }] },
        ],
        opts,
      ),
      ['Drafts for 004'],
    );
    const back = parse(yaml) as unknown[];
    expect(back.map((r) => v.safeParse(IncidentRecordSchema, r).success)).toEqual([true, true]);
    expect((back[0] as { quote: string }).quote).toBe(SARAVAN);
    expect(yaml).toMatch(/^# Drafts for 004\n/);
    expect(yaml).toContain('# needs_review: check before saving\n# - other: Check.\n');
    expect(yaml).toContain('quote: >-');
  });
  it('writes a sidecar the schema accepts', () => {
    const yaml = articleYaml({
      id: ID,
      outlet: 'unknown',
      title: null,
      language: 'en',
      published: '2024-01-29',
      published_basis: 'Given.',
      source_file: `${ID}.txt`,
    });
    expect(v.safeParse(ArticleMetaSchema, parse(yaml)).success).toBe(true);
  });
});

describe('the pipeline accepts the drafts (extract, review, save, npm run data)', () => {
  it('builds the drafted incidents from a fresh geodata folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drafts-'));
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'incidents'));
    writeFileSync(join(dir, 'articles', `${ID}.txt`), TEXT);
    writeFileSync(
      join(dir, 'articles', `${ID}.yaml`),
      articleYaml({
        id: ID,
        outlet: 'unknown',
        title: null,
        language: 'en',
        published: '2024-01-29',
        published_basis: 'Given.',
        source_file: `${ID}.txt`,
      }),
    );
    const drafts = draftRecords([saravan, { ...baloch, lat: 28.4914, lon: 65.0958 }], {
      ...opts,
      lookup: pipelineLookup(),
    });
    writeFileSync(join(dir, 'incidents', `${ID}.yaml`), incidentsYaml(drafts, []));
    const out = buildAll({
      articles: join(dir, 'articles'),
      incidents: join(dir, 'incidents'),
      aliases: SOURCES.aliases,
    });
    const features = (
      JSON.parse(out.get('public/data/incidents.geojson') ?? '') as {
        features: { properties: { date: string; place: string } }[];
      }
    ).features;
    expect(features.map((f) => [f.properties.date, f.properties.place])).toEqual([
      ['2024-01-17', 'Balochistan'],
      ['2024-01-18', 'Saravan county'],
    ]);
  }, 60_000);
});
