// The ACLED side of the CSV export: event_date and time_precision for every date precision, what
// an ACLED-only reader makes of them, geo_precision, ACLED ids and types kept for ACLED imports.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACLED_REQUIRED_COLUMNS, acledDateRange } from '../../../src/core/acled';
import {
  acledGeoPrecision,
  acledOrigin,
  acledTime,
  buildCsv,
  csvCells,
  CSV_COLUMNS,
} from '../../../src/core/export/acledCsv';
import { isoToDay } from '../../../src/core/days';
import { incidents } from '../../component/fixtures';
import { listSource } from './sources';

/** What a reader of ACLED's columns only (no own columns) makes of an exported date. */
function acledOnly(p: Parameters<typeof acledTime>[0]) {
  const t = acledTime(p);
  return acledDateRange(isoToDay(t.event_date), t.time_precision);
}

describe('acledTime', () => {
  it('writes a day as precision 1', () => {
    expect(acledTime({ date: '2024-01-19', date_precision: 'day' })).toEqual({
      event_date: '2024-01-19',
      time_precision: 1,
    });
  });

  it('writes an approximate day as precision 2 (ACLED then reads the week around it)', () => {
    const p = { date: '2024-01-18', date_precision: 'approximate' as const };
    expect(acledTime(p)).toEqual({ event_date: '2024-01-18', time_precision: 2 });
    expect(acledOnly(p)).toEqual({
      date: '2024-01-15',
      date_end: '2024-01-21',
      date_precision: 'approximate',
    });
  });

  it('writes a range of up to a week as precision 2 at its middle day', () => {
    expect(
      acledTime({ date: '2024-01-10', date_end: '2024-01-16', date_precision: 'range' }),
    ).toEqual({ event_date: '2024-01-13', time_precision: 2 });
  });

  it('writes a longer range as precision 3: ACLED alone reads the month of its middle day', () => {
    const trip = { date: '2018-10-16', date_end: '2018-11-15', date_precision: 'range' as const };
    expect(acledTime(trip)).toEqual({ event_date: '2018-10-31', time_precision: 3 });
    expect(acledOnly(trip)).toEqual({
      date: '2018-10-01',
      date_end: '2018-10-31',
      date_precision: 'month',
    });
  });

  it('writes a month as precision 3 at its first day', () => {
    expect(
      acledTime({ date: '2018-11-01', date_end: '2018-11-30', date_precision: 'month' }),
    ).toEqual({ event_date: '2018-11-01', time_precision: 3 });
  });

  it('writes a year as precision 3: ACLED alone reads its January', () => {
    const year = { date: '2019-01-01', date_end: '2019-12-31', date_precision: 'year' as const };
    expect(acledOnly(year)).toMatchObject({ date: '2019-01-01', date_end: '2019-01-31' });
  });
});

describe('acledGeoPrecision', () => {
  it('maps point and town to 1, county to 2, province and country to 3', () => {
    expect(
      (['point', 'town', 'county', 'province', 'country'] as const).map(acledGeoPrecision),
    ).toEqual([1, 1, 2, 3, 3]);
  });
});

describe('acledOrigin', () => {
  it('reads the ACLED id and types the importer kept in the note', () => {
    expect(
      acledOrigin({
        id: 'acled-PAK1',
        note: 'ACLED PAK1: Violence against civilians / Abduction/forced disappearance; geo_precision 2',
      }),
    ).toEqual({
      eventId: 'PAK1',
      eventType: 'Violence against civilians',
      subEventType: 'Abduction/forced disappearance',
    });
  });

  it('is null for an incident that did not come from ACLED', () => {
    expect(acledOrigin(incidents[0]!.properties)).toBeNull();
  });

  it('is null when the note names another ACLED id', () => {
    expect(
      acledOrigin({ id: 'acled-A', note: 'ACLED B: Riots / Mob violence; geo_precision 1' }),
    ).toBeNull();
  });
});

describe('buildCsv', () => {
  it('starts with a BOM and the header: every ACLED column the importer needs, then own ones', async () => {
    const text = (await buildCsv(listSource(incidents))).parts.join('');
    expect(text.startsWith('\uFEFFevent_id_cnty,event_date,time_precision,')).toBe(true);
    const header = text.slice(1, text.indexOf('\r\n')).split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.slice(0, ACLED_REQUIRED_COLUMNS.length)).toEqual([...ACLED_REQUIRED_COLUMNS]);
  });

  it('leaves ACLED ids, event types and unknown fatalities blank for non-ACLED incidents', async () => {
    const text = (await buildCsv(listSource(incidents))).parts.join('');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(incidents.length);
    for (const row of rows) {
      expect([row.event_id_cnty, row.event_type, row.sub_event_type]).toEqual(['', '', '']);
    }
    const mirjaveh = rows.find((r) => r.id === '2018-mirjaveh-abduction')!;
    expect(mirjaveh).toMatchObject({
      fatalities: '',
      iso: '364',
      country: 'Iran',
      location: 'Mirjaveh',
    });
  });
});

describe('csvCells', () => {
  const cells = (country: string) => {
    const f = incidents[0]!;
    const row = csvCells({ ...f, properties: { ...f.properties, country } });
    return { iso: row[CSV_COLUMNS.indexOf('iso')], country: row[CSV_COLUMNS.indexOf('country')] };
  };

  it('writes the numeric code and the English name of a country', () => {
    expect(cells('PK')).toEqual({ iso: 586, country: 'Pakistan' });
  });

  it('names Kosovo, which the ACLED importer reads by its name', () => {
    expect(cells('XK').country).toBe('Kosovo');
  });

  it('leaves both blank for the unknown code ZZ of synthetic data', () => {
    expect(cells('ZZ')).toEqual({ iso: null, country: null });
  });
});
