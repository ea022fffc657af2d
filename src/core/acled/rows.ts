// One ACLED record → one Borderlines incident feature. Pure. The mapping is documented in the
// README (section "Importing ACLED"):
// - time_precision 1 → `day`; 2 (the source gives a week) → `approximate`, `date`..`date_end` =
//   event_date ± 3 days; 3 (the source gives a month) → `month`, first..last day of that month.
// - geo_precision 1 → `town` (2 km), 2 (near the town / part of a district) → `county` (25 km),
//   3 (only the province is known) → `province` (150 km); `uncertainty_km` in brackets.
// - notes → excerpt, source → outlet, actor1/actor2 → actors, iso (numeric) → country alpha-2,
//   event_type / sub_event_type → category (see categories.ts).
import { dayToIso, isoToDay } from '../days.ts';
import type {
  DatePrecision,
  IncidentFeature,
  IncidentProperties,
  PlacePrecision,
} from '../types.ts';
import { acledCategory, ACLED_EVENT_TYPES } from './categories.ts';
import { isoNumericToAlpha2 } from './countries.ts';
import { applyOwnColumns, ownCategory, ownCountry, ownId } from './ownColumns.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DMY = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/;

/**
 * Day number of an ACLED date: "18 January 2024", "18-Jan-2024" or ISO "2024-01-18".
 * Returns null when the text is not a real calendar date.
 */
export function parseAcledDate(text: string): number | null {
  const t = text.trim();
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isoToDay(t);
    const m = DMY.exec(t);
    if (!m) return null;
    const name = m[2]!.toLowerCase();
    const month = MONTHS.findIndex(
      (full) => full === name || (name.length >= 3 && full.startsWith(name)),
    );
    if (month < 0) return null;
    const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return isoToDay(iso);
  } catch {
    return null;
  }
}

/** Date range and precision for an ACLED event date and time_precision (1, 2 or 3). */
export function acledDateRange(
  day: number,
  timePrecision: 1 | 2 | 3,
): { date: string; date_end?: string; date_precision: DatePrecision } {
  if (timePrecision === 1) return { date: dayToIso(day), date_precision: 'day' };
  if (timePrecision === 2) {
    return { date: dayToIso(day - 3), date_end: dayToIso(day + 3), date_precision: 'approximate' };
  }
  const iso = dayToIso(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { date: `${iso.slice(0, 7)}-01`, date_end: last, date_precision: 'month' };
}

/** Place precision and uncertainty radius (km) for ACLED geo_precision 1, 2 or 3. */
export const ACLED_GEO_PRECISION: Readonly<
  Record<1 | 2 | 3, { place_precision: PlacePrecision; uncertainty_km: number }>
> = {
  1: { place_precision: 'town', uncertainty_km: 2 },
  2: { place_precision: 'county', uncertainty_km: 25 },
  3: { place_precision: 'province', uncertainty_km: 150 },
};

/** One CSV record by column name. */
export type Row = Record<string, string>;

/** A row-level failure: column, message and fix. */
export class RowProblem extends Error {
  constructor(
    readonly column: string,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** The trimmed text of a column ('' when the row lacks it). */
export function field(row: Row, column: string): string {
  return (row[column] ?? '').trim();
}

/** A number within `min..max`; throws a RowProblem naming the column otherwise. */
export function numberIn(row: Row, column: string, min: number, max: number, fix: string): number {
  const raw = field(row, column);
  if (raw === '') throw new RowProblem(column, `${column} is empty`, fix);
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new RowProblem(column, `${column} "${raw}" is not a number`, fix);
  }
  if (value < min || value > max) {
    throw new RowProblem(column, `${column} ${raw} is outside ${min}..${max}`, fix);
  }
  return value;
}

function precision(row: Row, column: string): 1 | 2 | 3 {
  const raw = field(row, column);
  if (raw !== '1' && raw !== '2' && raw !== '3') {
    throw new RowProblem(
      column,
      `${column} "${raw}" is not 1, 2 or 3`,
      `set ${column} to 1, 2 or 3`,
    );
  }
  return Number(raw) as 1 | 2 | 3;
}

/**
 * Converts one ACLED record to a feature; throws RowProblem on the first bad field. `own` is true
 * for a Borderlines export (ownColumns.ts), whose own columns then win.
 */
export function rowToFeature(row: Row, seen: Set<string>, own = false): IncidentFeature {
  const eventId = field(row, 'event_id_cnty');
  const givenId = own ? ownId(row) : null;
  if (!eventId && !givenId) {
    throw new RowProblem(
      'event_id_cnty',
      'event_id_cnty is empty',
      'give every row its ACLED event id',
    );
  }
  const id = givenId ?? `acled-${eventId}`;
  if (seen.has(id)) {
    throw new RowProblem(
      givenId ? 'id' : 'event_id_cnty',
      givenId ? `id "${givenId}" appears twice` : `event_id_cnty "${eventId}" appears twice`,
      'remove the duplicate row',
    );
  }
  const rawDate = field(row, 'event_date');
  const day = parseAcledDate(rawDate);
  if (day === null) {
    throw new RowProblem(
      'event_date',
      `event_date "${rawDate}" is not a date`,
      'write it as "18 January 2024" or 2024-01-18',
    );
  }
  const timePrecision = precision(row, 'time_precision');
  const lat = numberIn(row, 'latitude', -90, 90, 'latitude must be a decimal number in -90..90');
  const lon = numberIn(
    row,
    'longitude',
    -180,
    180,
    'longitude must be a decimal number in -180..180',
  );
  const geoPrecision = precision(row, 'geo_precision');
  const eventType = field(row, 'event_type');
  const subEventType = field(row, 'sub_event_type');
  const category = (own ? ownCategory(row) : null) ?? acledCategory(eventType, subEventType);
  if (!category) {
    throw new RowProblem(
      'event_type',
      `event_type "${eventType}" is not an ACLED event type`,
      `use one of: ${ACLED_EVENT_TYPES.join(', ')}`,
    );
  }
  const isoRaw = field(row, 'iso');
  const country =
    (own ? ownCountry(row) : null) ??
    (/^\d+$/.test(isoRaw) ? isoNumericToAlpha2(Number(isoRaw), field(row, 'country')) : null);
  if (!country) {
    throw new RowProblem(
      'iso',
      `iso "${isoRaw}" (country "${field(row, 'country')}") is not an ISO 3166-1 numeric country code`,
      'use the numeric code ACLED gives the country (364 Iran, 586 Pakistan, 4 Afghanistan)',
    );
  }
  const fatalitiesRaw = field(row, 'fatalities');
  const fatalities =
    fatalitiesRaw === ''
      ? undefined
      : numberIn(row, 'fatalities', 0, 1e6, 'fatalities must be a whole number ≥ 0');
  if (fatalities !== undefined && !Number.isInteger(fatalities)) {
    throw new RowProblem(
      'fatalities',
      `fatalities "${fatalitiesRaw}" is not a whole number`,
      'write the count the source gives, as a whole number',
    );
  }
  const location = field(row, 'location');
  const admin1 = field(row, 'admin1');
  const actors = [field(row, 'actor1'), field(row, 'actor2')].filter((a) => a !== '');
  const geo = ACLED_GEO_PRECISION[geoPrecision];
  const properties: IncidentProperties = {
    id,
    title: `${subEventType || eventType || 'Incident'} in ${location || admin1 || country}`,
    category,
    ...acledDateRange(day, timePrecision),
    date_basis: `ACLED event_date "${rawDate}", time_precision ${timePrecision}`,
    place: location || admin1 || country,
    place_precision: geo.place_precision,
    uncertainty_km: geo.uncertainty_km,
    admin1: admin1 || null,
    country,
    article: null,
    excerpt: field(row, 'notes'),
    excerpt_start: null,
    excerpt_end: null,
    border_km: null,
    ...(fatalities === undefined
      ? {}
      : { fatalities, fatalities_basis: `ACLED fatalities column: ${fatalitiesRaw}` }),
    ...(field(row, 'source') ? { outlet: field(row, 'source') } : {}),
    ...(actors.length ? { actors } : {}),
    note: `ACLED ${eventId}: ${eventType} / ${subEventType}; geo_precision ${geoPrecision}`,
  };
  const props = own ? applyOwnColumns(properties, row) : properties;
  seen.add(id);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: props,
  };
}
