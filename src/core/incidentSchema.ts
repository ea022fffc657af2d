// The one schema of an incident feature (`IncidentProperties` on a Point), used wherever incidents
// enter the app: the seed data it fetches (`data.ts`) and every imported GeoJSON (`importGeoJson.ts`).
// Pure valibot; messages say what the value must be, so an error reads "`category` must be one of …".
import * as v from 'valibot';
import { isIsoDate } from './days.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from './types.ts';

const isoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.check(isIsoDate, 'must be a real date written YYYY-MM-DD'),
);
const text = v.string('must be text');
const count = (what: string) =>
  v.pipe(
    v.number(`must be ${what}`),
    v.integer(`must be ${what}`),
    v.minValue(0, `must be ${what}`),
  );
const km = v.pipe(
  v.number('must be a number of km'),
  v.finite('must be a finite number of km'),
  v.minValue(0, 'must be ≥ 0 km'),
);
const lon = v.pipe(
  v.number('must be a longitude'),
  v.minValue(-180, 'must be a longitude in -180..180'),
  v.maxValue(180, 'must be a longitude in -180..180'),
);
const lat = v.pipe(
  v.number('must be a latitude'),
  v.minValue(-90, 'must be a latitude in -90..90'),
  v.maxValue(90, 'must be a latitude in -90..90'),
);
const alpha2 = v.pipe(
  v.string('must be an ISO 3166-1 alpha-2 code, e.g. IR'),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. IR'),
);
const oneOf = <T extends readonly string[]>(values: T) =>
  v.picklist(values, `must be one of ${values.join(', ')}`);

const offset = v.nullable(count('a UTF-16 offset (a whole number ≥ 0)'));

/** One of an incident's `sources` (`IncidentSource` in src/core/types.ts). */
const SourceSchema = v.looseObject({
  article: v.nullable(text),
  excerpt: text,
  excerpt_start: offset,
  excerpt_end: offset,
  outlet: v.optional(text),
  url: v.optional(v.pipe(text, v.regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL'))),
});

/** `IncidentProperties` (src/core/types.ts). Other properties are kept as they are. */
export const IncidentPropertiesSchema = v.pipe(
  v.looseObject({
    id: v.pipe(text, v.minLength(1, 'must not be empty')),
    title: text,
    category: oneOf(CATEGORIES),
    date: isoDate,
    date_end: v.optional(isoDate),
    date_precision: oneOf(DATE_PRECISIONS),
    date_basis: text,
    place: text,
    place_precision: oneOf(PLACE_PRECISIONS),
    admin1: v.nullable(text),
    country: alpha2,
    article: v.nullable(text),
    excerpt: text,
    excerpt_start: v.nullable(count('a UTF-16 offset (a whole number ≥ 0)')),
    excerpt_end: v.nullable(count('a UTF-16 offset (a whole number ≥ 0)')),
    uncertainty_km: v.optional(km),
    area: v.optional(text),
    border_line: v.optional(text),
    border_km: v.nullable(v.pipe(v.number('must be a number of km'), v.finite())),
    origin: v.optional(alpha2),
    target: v.optional(alpha2),
    origin_point: v.optional(v.tuple([lon, lat], 'must be [lon, lat]')),
    origin_place: v.optional(text),
    fatalities: v.optional(count('a whole number ≥ 0')),
    fatalities_basis: v.optional(text),
    outlet: v.optional(text),
    actors: v.optional(v.array(text, 'must be a list of names')),
    note: v.optional(text),
    sources: v.optional(
      v.pipe(
        v.array(SourceSchema, 'must be a list of sources'),
        v.minLength(1, 'must list at least one source'),
      ),
    ),
    // A draft exists only inside the app ("Add article"); a file never holds one.
    draft: v.optional(
      v.never('must be absent: it marks an unreviewed proposal inside the app, never a file'),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['date'], ['date_end']],
      (p) => p.date_end === undefined || p.date_end >= p.date,
      'must not be before `date`',
    ),
    ['date_end'],
  ),
  v.forward(
    v.partialCheck(
      [['place_precision'], ['border_line']],
      (p) => p.place_precision !== 'border' || typeof p.border_line === 'string',
      'must be the id of a line in border.geojson for a border-level place',
    ),
    ['border_line'],
  ),
);

/** A GeoJSON Point feature carrying one incident; other members are kept. */
export const IncidentFeatureSchema = v.looseObject({
  geometry: v.looseObject({
    type: v.literal('Point', 'must be a Point'),
    coordinates: v.tuple([lon, lat], 'must be [lon, lat]'),
  }),
  properties: IncidentPropertiesSchema,
});

/** One problem of a feature: the dotted field path (`properties.category`) and what it must be. */
export interface FieldProblem {
  field: string;
  text: string;
}

/** Readable problems of a failed parse: "`category` is missing", "`date` must be …". */
export function fieldProblems(issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] {
  return issues.map((issue) => {
    const field = (issue.path ?? []).map((p) => String(p.key)).join('.');
    const missing = issue.input === undefined && issue.kind === 'schema';
    return { field, text: missing ? 'is missing' : issue.message };
  });
}

/** `properties.category` → `category` (the way the data's own authors name fields). */
export function shortField(field: string): string {
  return field.replace(/^properties\./, '');
}

/**
 * Problems as one clause, wrong values before missing fields (a wrong value says more):
 * "`category` must be one of …; `title` is missing" (the first `max`).
 */
export function problemsText(problems: readonly FieldProblem[], max = 6): string {
  const missing = (p: FieldProblem) => (p.text === 'is missing' ? 1 : 0);
  const shown = [...problems]
    .sort((a, b) => missing(a) - missing(b))
    .slice(0, max)
    .map((p) => `\`${shortField(p.field)}\` ${p.text}`)
    .join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}
