// Borderlines' own columns in a CSV next to ACLED's: what ACLED's columns cannot carry (the
// category, exact dates and their precision, the verbatim date phrase, place precision and
// uncertainty, excerpt offsets, cross-border origin, notes). The CSV export (src/core/export/
// acledCsv.ts) writes them; the importer reads them when a file has them, so an export read back
// keeps every incident as it was. In such a file an own column wins over the ACLED value it
// refines, and a blank own column means the incident has no such value. Pure.
import { isIsoDate } from '../days.ts';
import {
  CATEGORIES,
  DATE_PRECISIONS,
  PLACE_PRECISIONS,
  type Category,
  type IncidentProperties,
} from '../types.ts';
import { field, numberIn, RowProblem, type Row } from './rows.ts';

/** The own columns, in the order the export writes them after ACLED's. */
export const OWN_COLUMNS = [
  'id',
  'title',
  'category',
  'date',
  'date_end',
  'date_precision',
  'date_basis',
  'place_precision',
  'uncertainty_km',
  'area',
  'border_line',
  'country_code',
  'article',
  'excerpt_start',
  'excerpt_end',
  'border_km',
  'origin',
  'target',
  'origin_place',
  'origin_longitude',
  'origin_latitude',
  'fatalities_basis',
  'other_actors',
  'note',
] as const;

/** A file is a Borderlines export when its header has the `id` and `date_precision` columns. */
export function hasOwnColumns(header: readonly string[]): boolean {
  return header.includes('id') && header.includes('date_precision');
}

const ISO2 = /^[A-Z]{2}$/;

/** The `id` column, or null when blank. */
export function ownId(row: Row): string | null {
  return field(row, 'id') || null;
}

/** The `category` column, or null when blank; throws when it is not a category. */
export function ownCategory(row: Row): Category | null {
  const raw = field(row, 'category');
  if (!raw) return null;
  if (!(CATEGORIES as readonly string[]).includes(raw)) {
    throw new RowProblem(
      'category',
      `category "${raw}" is not a Borderlines category`,
      `use one of: ${CATEGORIES.join(', ')}`,
    );
  }
  return raw as Category;
}

/** The `country_code` column (ISO 3166-1 alpha-2), or null when blank; throws when malformed. */
export function ownCountry(row: Row): string | null {
  return code(row, 'country_code');
}

function code(row: Row, column: string): string | null {
  const raw = field(row, column);
  if (!raw) return null;
  if (!ISO2.test(raw)) {
    throw new RowProblem(
      column,
      `${column} "${raw}" is not an ISO 3166-1 alpha-2 code`,
      'write two capital letters, e.g. IR or PK',
    );
  }
  return raw;
}

function isoDate(row: Row, column: string): string {
  const raw = field(row, column);
  if (!isIsoDate(raw)) {
    throw new RowProblem(column, `${column} "${raw}" is not a date`, 'write it as YYYY-MM-DD');
  }
  return raw;
}

function oneOf<T extends string>(row: Row, column: string, values: readonly T[]): T | null {
  const raw = field(row, column);
  if (!raw) return null;
  if (!(values as readonly string[]).includes(raw)) {
    throw new RowProblem(
      column,
      `${column} "${raw}" is not known`,
      `use one of: ${values.join(', ')}`,
    );
  }
  return raw as T;
}

function optionalNumber(row: Row, column: string, min: number, max: number): number | null {
  if (!field(row, column)) return null;
  return numberIn(row, column, min, max, `${column} must be a number in ${min}..${max}, or blank`);
}

function offset(row: Row, column: string): number | null {
  const value = optionalNumber(row, column, 0, Number.MAX_SAFE_INTEGER);
  if (value !== null && !Number.isInteger(value)) {
    throw new RowProblem(
      column,
      `${column} ${value} is not a whole number`,
      'write a whole number',
    );
  }
  return value;
}

/** Sets `key` to `value`, or removes it when `value` is null. */
function setOptional<K extends keyof IncidentProperties>(
  p: IncidentProperties,
  key: K,
  value: IncidentProperties[K] | null,
): void {
  if (value === null) delete p[key];
  else p[key] = value;
}

/** The date columns, when `date_precision` is given: date, date_end and precision. */
function applyDates(p: IncidentProperties, row: Row): void {
  const precision = oneOf(row, 'date_precision', DATE_PRECISIONS);
  if (!precision) return;
  const date = isoDate(row, 'date');
  const end = field(row, 'date_end') ? isoDate(row, 'date_end') : null;
  if (end !== null && end < date) {
    throw new RowProblem('date_end', `date_end ${end} is before date ${date}`, 'swap the dates');
  }
  p.date = date;
  setOptional(p, 'date_end', end);
  p.date_precision = precision;
}

/** The excerpt's offsets in its article: both or neither, start ≤ end. */
function applyOffsets(p: IncidentProperties, row: Row): void {
  const start = offset(row, 'excerpt_start');
  const end = offset(row, 'excerpt_end');
  if ((start === null) !== (end === null) || (start !== null && end !== null && end < start)) {
    throw new RowProblem(
      'excerpt_start',
      `excerpt_start "${field(row, 'excerpt_start')}" and excerpt_end "${field(row, 'excerpt_end')}" do not make a span`,
      'give both offsets with start ≤ end, or leave both blank',
    );
  }
  p.excerpt_start = start;
  p.excerpt_end = end;
}

/** Where a cross-border action started: both coordinates or neither. */
function applyOrigin(p: IncidentProperties, row: Row): void {
  setOptional(p, 'origin', code(row, 'origin'));
  setOptional(p, 'target', code(row, 'target'));
  setOptional(p, 'origin_place', field(row, 'origin_place') || null);
  const lon = optionalNumber(row, 'origin_longitude', -180, 180);
  const lat = optionalNumber(row, 'origin_latitude', -90, 90);
  if ((lon === null) !== (lat === null)) {
    throw new RowProblem(
      lon === null ? 'origin_longitude' : 'origin_latitude',
      'origin_longitude and origin_latitude must be given together',
      'give both, or leave both blank',
    );
  }
  setOptional(p, 'origin_point', lon !== null && lat !== null ? [lon, lat] : null);
}

/** Actors beyond ACLED's two, as a JSON array of strings. */
function applyOtherActors(p: IncidentProperties, row: Row): void {
  const raw = field(row, 'other_actors');
  if (!raw) return;
  let more: unknown;
  try {
    more = JSON.parse(raw);
  } catch {
    more = null;
  }
  if (!Array.isArray(more) || !more.every((a) => typeof a === 'string')) {
    throw new RowProblem(
      'other_actors',
      `other_actors "${raw}" is not a JSON list of names`,
      'write it as ["first", "second"], or leave it blank',
    );
  }
  p.actors = [...(p.actors ?? []), ...(more as string[])];
}

/**
 * The incident's properties with the own columns of `row` applied over those read from ACLED's
 * columns (id, category and country are read before, by `ownId`, `ownCategory`, `ownCountry`).
 * Throws a RowProblem naming the column for a value that is not valid.
 */
export function applyOwnColumns(base: IncidentProperties, row: Row): IncidentProperties {
  const p: IncidentProperties = { ...base };
  const has = (column: string) => column in row;
  p.title = field(row, 'title') || p.title;
  applyDates(p, row);
  p.date_basis = field(row, 'date_basis') || p.date_basis;
  p.place_precision = oneOf(row, 'place_precision', PLACE_PRECISIONS) ?? p.place_precision;
  if (has('uncertainty_km'))
    setOptional(p, 'uncertainty_km', optionalNumber(row, 'uncertainty_km', 0, 20_040));
  if (has('area')) setOptional(p, 'area', field(row, 'area') || null);
  if (has('border_line')) setOptional(p, 'border_line', field(row, 'border_line') || null);
  if (has('article')) p.article = field(row, 'article') || null;
  if (has('excerpt_start') || has('excerpt_end')) applyOffsets(p, row);
  if (has('border_km')) p.border_km = optionalNumber(row, 'border_km', 0, 20_040);
  applyOrigin(p, row);
  if (has('fatalities_basis'))
    setOptional(p, 'fatalities_basis', field(row, 'fatalities_basis') || null);
  applyOtherActors(p, row);
  if (has('note')) setOptional(p, 'note', field(row, 'note') || null);
  return p;
}
