// The incidents shown as CSV: ACLED's columns where ACLED has them (so the file opens in tools
// made for ACLED exports), then Borderlines' own columns (src/core/acled/ownColumns.ts), with
// which the app's importer (src/core/acled.ts) reads every incident back as it was. Pure.
//
// ACLED columns for incidents that did not come from ACLED: event_id_cnty, event_type and
// sub_event_type stay blank (Borderlines' categories are not ACLED's event types and no ACLED
// id exists); fatalities stays blank when the source gives none (never 0). An incident imported
// from ACLED gets its ACLED id and types back (kept in its note by the importer).
import { ACLED_REQUIRED_COLUMNS } from '../acled.ts';
import { isoAlpha2ToNumeric } from '../acled/countries.ts';
import { OWN_COLUMNS } from '../acled/ownColumns.ts';
import { isoToDay, dayToIso } from '../days.ts';
import { countryName } from '../describe.ts';
import type { IncidentProperties, PlacePrecision } from '../types.ts';
import { chunkedParts, type ChunkOptions, type ExportSource } from './chunks.ts';
import { csvRecord, type CsvCell } from './csvCells.ts';
import { exportFeature } from './geojson.ts';

/** Every column of an exported CSV, ACLED's first. */
export const CSV_COLUMNS = [...ACLED_REQUIRED_COLUMNS, ...OWN_COLUMNS] as const;

/** Longest span (days) ACLED's time_precision 2 ("the source gives a week") stands for. */
const WEEK = 7;

/**
 * ACLED's `event_date` and `time_precision` for an incident's dates: a day is precision 1; an
 * approximate day, or a span of up to a week, is 2 at the middle day; a month, a year or a longer
 * span is 3 (at the first day of a month or year, else the middle day). ACLED has no other way
 * to say "between these dates": the own columns keep them exactly.
 */
export function acledTime(p: Pick<IncidentProperties, 'date' | 'date_end' | 'date_precision'>): {
  event_date: string;
  time_precision: 1 | 2 | 3;
} {
  if (p.date_precision === 'day') return { event_date: p.date, time_precision: 1 };
  if (p.date_precision === 'month' || p.date_precision === 'year') {
    return { event_date: p.date, time_precision: 3 };
  }
  const start = isoToDay(p.date);
  const end = p.date_end ? isoToDay(p.date_end) : start;
  const middle = dayToIso(Math.floor((start + end) / 2));
  return { event_date: middle, time_precision: end - start + 1 <= WEEK ? 2 : 3 };
}

/** ACLED's geo_precision for a place precision: town or finer 1, county 2, coarser 3. */
export function acledGeoPrecision(precision: PlacePrecision): 1 | 2 | 3 {
  if (precision === 'point' || precision === 'town') return 1;
  return precision === 'county' ? 2 : 3;
}

const ACLED_NOTE = /^ACLED (.+?): (.*?) \/ (.*); geo_precision [123]$/;

/** The ACLED id and types of an incident imported from ACLED (from its id and note), else null. */
export function acledOrigin(
  p: Pick<IncidentProperties, 'id' | 'note'>,
): { eventId: string; eventType: string; subEventType: string } | null {
  const m = p.note ? ACLED_NOTE.exec(p.note) : null;
  if (!m || p.id !== `acled-${m[1]}`) return null;
  return { eventId: m[1]!, eventType: m[2]!, subEventType: m[3]! };
}

/**
 * ACLED's `country` column: the English name of the ISO code (ACLED's importer also reads
 * Kosovo, XK, by it), or blank for a code that names no country (ZZ, "unknown").
 */
function countryText(code: string): string | null {
  const name = countryName(code);
  return code === 'ZZ' || name === code ? null : name;
}

/** The cells of one incident, in `CSV_COLUMNS` order. */
export function csvCells(feature: Parameters<typeof exportFeature>[0]): CsvCell[] {
  const f = exportFeature(feature);
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const acled = acledOrigin(p);
  const time = acledTime(p);
  const actors = p.actors ?? [];
  const numeric = isoAlpha2ToNumeric(p.country);
  const row: Record<(typeof CSV_COLUMNS)[number], CsvCell> = {
    event_id_cnty: acled?.eventId ?? null,
    event_date: time.event_date,
    time_precision: time.time_precision,
    event_type: acled?.eventType ?? null,
    sub_event_type: acled?.subEventType ?? null,
    actor1: actors[0] ?? null,
    actor2: actors[1] ?? null,
    iso: numeric,
    country: countryText(p.country),
    admin1: p.admin1,
    location: p.place,
    latitude: lat,
    longitude: lon,
    geo_precision: acledGeoPrecision(p.place_precision),
    source: p.outlet ?? null,
    notes: p.excerpt,
    fatalities: p.fatalities ?? null,
    id: p.id,
    title: p.title,
    category: p.category,
    date: p.date,
    date_end: p.date_end ?? null,
    date_precision: p.date_precision,
    date_basis: p.date_basis,
    place_precision: p.place_precision,
    uncertainty_km: p.uncertainty_km ?? null,
    area: p.area ?? null,
    border_line: p.border_line ?? null,
    country_code: p.country,
    article: p.article,
    excerpt_start: p.excerpt_start,
    excerpt_end: p.excerpt_end,
    border_km: p.border_km,
    origin: p.origin ?? null,
    target: p.target ?? null,
    origin_place: p.origin_place ?? null,
    origin_longitude: p.origin_point?.[0] ?? null,
    origin_latitude: p.origin_point?.[1] ?? null,
    fatalities_basis: p.fatalities_basis ?? null,
    other_actors: actors.length > 2 ? JSON.stringify(actors.slice(2)) : null,
    note: p.note ?? null,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** The parts of an exported CSV file and how many incidents it holds. */
export interface CsvExport {
  /** Text parts; joined they are the file (UTF-8, CRLF line ends, header first). */
  parts: string[];
  /** Incidents (data rows) written. */
  count: number;
}

/** Byte order mark: spreadsheets then read the file as UTF-8 (the importer skips it). */
const BOM = '\uFEFF';

/** Writes the rows of `source` as CSV: a BOM and the header, then one record per incident. */
export async function buildCsv(
  source: ExportSource,
  options: ChunkOptions = {},
): Promise<CsvExport> {
  const body = await chunkedParts(source, (f) => csvRecord(csvCells(f)), options);
  return { parts: [BOM + csvRecord(CSV_COLUMNS), ...body], count: source.count };
}
