// Export then import: the CSV export read back by the app's ACLED importer (src/core/acled.ts)
// gives every incident back as it was exported — dates and their precision, places and their
// precision, categories, fatalities, actors, provenance — for the seed articles, an ACLED import
// and synthetic data; texts a spreadsheet would run as formulas come back verbatim.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAcledCsv } from '../../../src/core/acled';
import { buildCsv, CSV_COLUMNS } from '../../../src/core/export/acledCsv';
import { exportFeature } from '../../../src/core/export/geojson';
import type { IncidentFeature } from '../../../src/core/types';
import { incidents } from '../../component/fixtures';
import { listSource, syntheticSource } from './sources';

const ACLED_FIXTURE = resolve(
  import.meta.dirname,
  '../../fixtures/acled/valid/in/invented-border-rows.csv',
);

async function csvOf(features: readonly IncidentFeature[]): Promise<string> {
  return (await buildCsv(listSource(features))).parts.join('');
}

async function roundTrip(features: readonly IncidentFeature[]) {
  return parseAcledCsv(await csvOf(features), 'export.csv');
}

/** The exported form of each feature (rounded coordinates), by id. */
const expected = (features: readonly IncidentFeature[]) => features.map(exportFeature);

describe('CSV export → ACLED import', () => {
  it('reads back every seed incident without a problem', async () => {
    const back = await roundTrip(incidents);
    expect(back.problems).toEqual([]);
    expect(back.features).toHaveLength(incidents.length);
  });

  it('gives the seed incidents back exactly (dates, places, categories, provenance)', async () => {
    const back = await roundTrip(incidents);
    expect(back.features).toEqual(expected(incidents));
  });

  it('keeps a range date as its range, not as ACLED precision', async () => {
    const trip = incidents.find((f) => f.properties.date_precision === 'range')!;
    const [back] = (await roundTrip([trip])).features;
    expect(back!.properties).toMatchObject({
      date: trip.properties.date,
      date_end: trip.properties.date_end,
      date_precision: 'range',
      date_basis: trip.properties.date_basis,
    });
  });

  it('keeps fatalities and the phrase they came from', async () => {
    const strike = incidents.find((f) => f.properties.fatalities !== undefined)!;
    const [back] = (await roundTrip([strike])).features;
    expect(back!.properties.fatalities).toBe(strike.properties.fatalities);
    expect(back!.properties.fatalities_basis).toBe(strike.properties.fatalities_basis);
  });

  it('gives an ACLED import back exactly, with its ACLED ids and event types', async () => {
    const imported = parseAcledCsv(readFileSync(ACLED_FIXTURE, 'utf8'), 'acled.csv').features;
    expect(imported.length).toBeGreaterThan(2);
    const csv = await csvOf(imported);
    expect(parseAcledCsv(csv, 'export.csv').features).toEqual(expected(imported));
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(rows[0]).toMatchObject({
      event_id_cnty: 'TEST0001',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      iso: '586',
      country: 'Pakistan',
      actor1: 'Military Forces of Iran (1989-)',
      actor2: 'Jaish al-Adl',
    });
  });

  it('gives synthetic incidents back exactly', async () => {
    const source = syntheticSource(2000, 5);
    const features = Array.from({ length: source.count }, (_, i) => source.featureAt(i));
    const back = await roundTrip(features);
    expect(back.problems).toEqual([]);
    expect(back.features).toEqual(expected(features));
  });

  it('gives hostile texts back verbatim: formulas, quotes, commas, line breaks, many actors', async () => {
    const base = incidents[0]!;
    const hostile: IncidentFeature = {
      ...base,
      properties: {
        ...base.properties,
        id: 'hostile',
        title: '=HYPERLINK("http://x","click")',
        excerpt: '-1 said "stop", then\nleft; @all, +more',
        outlet: '@outlet',
        place: "'=already protected",
        actors: ['+a', '-b', 'c, d', 'e "f"'],
        note: 'a\ttabbed note',
      },
    };
    const [back] = (await roundTrip([hostile])).features;
    expect(back).toEqual(exportFeature(hostile));
  });

  it('never leaves a text cell that starts a formula', async () => {
    const hostile = {
      ...incidents[0]!,
      properties: { ...incidents[0]!.properties, title: '=1+1' },
    };
    const rows = Papa.parse<string[]>((await csvOf([hostile])).slice(1)).data.slice(1, 2);
    const numeric = new Set(['latitude', 'longitude', 'origin_longitude', 'origin_latitude']);
    for (const row of rows) {
      row.forEach((cell, i) => {
        if (!numeric.has(CSV_COLUMNS[i]!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
  });
});

describe('ACLED import of a Borderlines export with a bad own value', () => {
  async function withCell(column: string, value: string) {
    const csv = await csvOf([incidents[0]!]);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    row![header!.indexOf(column)] = value;
    return parseAcledCsv(Papa.unparse([header!, row!]), 'edited.csv');
  }

  it('names an unknown category', async () => {
    const out = await withCell('category', 'riot');
    expect(out.features).toEqual([]);
    expect(out.problems[0]).toMatchObject({ column: 'category', row: 2 });
  });

  it('names a date_end before the date', async () => {
    const out = await withCell('date_end', '2001-01-01');
    expect(out.problems[0]).toMatchObject({ column: 'date_end' });
  });

  it('names an unknown place precision', async () => {
    const out = await withCell('place_precision', 'street');
    expect(out.problems[0]).toMatchObject({ column: 'place_precision' });
  });

  it('names a malformed country code', async () => {
    const out = await withCell('country_code', 'Iran');
    expect(out.problems[0]).toMatchObject({ column: 'country_code' });
  });
});
