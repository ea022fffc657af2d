// Import of an incidents GeoJSON from elsewhere (another tool, a hand-edited file): every feature
// is checked against the app's own incident schema (`incidentSchema.ts`). Fields whose absence
// can be stated honestly are defaulted, and the report says which, per feature (the feature's
// `note` says so too, so the panel shows it); a feature missing what cannot be invented (id,
// date, point, category, place precision) or holding a wrong value is skipped and reported.
// Pure: text in, features and problems out.
import * as v from 'valibot';
import type { AcledProblem } from './acled.ts';
import {
  fieldProblems,
  IncidentFeatureSchema,
  problemsText,
  shortField,
} from './incidentSchema.ts';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS, type IncidentFeature } from './types.ts';

/** Largest GeoJSON read as one document (bytes); larger files are refused with a fix. */
export const MAX_GEOJSON_BYTES = 256 * 1024 * 1024;

/** Country code of an incident whose country is not given: CLDR's "Unknown Region". */
export const UNKNOWN_COUNTRY = 'ZZ';

type Props = Record<string, unknown>;

/** Fields a file may leave out, each with its default and the reason shown to the user. */
const DEFAULTS: readonly {
  field: string;
  value: (p: Props, file: string, at: [number, number]) => unknown;
  says: (value: unknown) => string;
}[] = [
  {
    field: 'title',
    value: (p) => `Untitled incident ${String(p.id)}`,
    says: (x) => `title "${String(x)}"`,
  },
  {
    field: 'date_precision',
    value: (p) => (typeof p.date_end === 'string' && p.date_end !== p.date ? 'range' : 'day'),
    says: (x) =>
      x === 'range'
        ? 'date_precision range (a date and a date_end were given)'
        : 'date_precision day (one date was given)',
  },
  {
    field: 'date_basis',
    value: (p, file) => `${file}: properties.date "${String(p.date)}" (no basis given)`,
    says: () => 'date_basis naming the file',
  },
  {
    field: 'place',
    value: (_p, _f, [lon, lat]) => `Unnamed place at ${lat}, ${lon}`,
    says: (x) => `place "${String(x)}"`,
  },
  {
    field: 'country',
    value: () => UNKNOWN_COUNTRY,
    says: () => `country ${UNKNOWN_COUNTRY} (unknown)`,
  },
  { field: 'excerpt', value: () => '', says: () => 'excerpt empty (no source text)' },
  ...['admin1', 'article', 'excerpt_start', 'excerpt_end', 'border_km'].map((field) => ({
    field,
    value: () => null,
    says: () => `${field} none`,
  })),
];

/** How to fix a feature whose field is wrong or missing. */
function fixFor(field: string): string {
  switch (shortField(field)) {
    case 'category':
      return `set properties.category to one of ${CATEGORIES.join(', ')}`;
    case 'place_precision':
      return `set properties.place_precision to how exactly the point is known: ${PLACE_PRECISIONS.join(', ')}`;
    case 'date_precision':
      return `set properties.date_precision to one of ${DATE_PRECISIONS.join(', ')}`;
    case 'date':
    case 'date_end':
      return 'write dates as YYYY-MM-DD, date_end on or after date';
    case 'id':
      return 'give every feature a unique, non-empty properties.id';
    default:
      return `fix properties.${shortField(field)} (see the README, "Vocabularies")`;
  }
}

const isObj = (x: unknown): x is Props => typeof x === 'object' && x !== null && !Array.isArray(x);

function fileProblem(file: string, message: string, fix: string): AcledProblem {
  return { file, row: 0, line: 0, column: null, message, fix };
}

/** Checks one feature; returns it (with defaults applied) or the problem that skips it. */
function checkFeature(
  raw: unknown,
  row: number,
  file: string,
  seen: Set<string>,
): { feature: IncidentFeature; defaulted: string[] } | AcledProblem {
  const where = { file, row, line: 0 };
  const f = isObj(raw) ? raw : {};
  const geometry = isObj(f.geometry) ? f.geometry : {};
  const c = geometry.coordinates;
  const props: Props = isObj(f.properties) ? { ...f.properties } : {};
  const label =
    typeof props.id === 'string' ? `feature ${row} (id "${props.id}")` : `feature ${row}`;
  if (
    geometry.type !== 'Point' ||
    !Array.isArray(c) ||
    typeof c[0] !== 'number' ||
    typeof c[1] !== 'number' ||
    !(Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90)
  ) {
    return {
      ...where,
      column: 'geometry',
      message: `${label} has no Point with [lon, lat] in range`,
      fix: 'give it a Point geometry, [longitude, latitude] in degrees',
    };
  }
  const defaulted: string[] = [];
  if (typeof props.id === 'string' && props.id !== '' && typeof props.date === 'string') {
    for (const d of DEFAULTS) {
      if (props[d.field] !== undefined && props[d.field] !== null) continue;
      if (props[d.field] === null && d.value(props, file, [c[0], c[1]]) === null) continue;
      props[d.field] = d.value(props, file, [c[0], c[1]]);
      defaulted.push(d.says(props[d.field]));
    }
  }
  const parsed = v.safeParse(IncidentFeatureSchema, { ...f, properties: props });
  if (!parsed.success) {
    const problems = fieldProblems(parsed.issues);
    const main = problems.find((p) => p.text !== 'is missing') ?? problems[0]!;
    return {
      ...where,
      column: `properties.${shortField(main.field)}`,
      message: `${label}: ${problemsText(problems)}`,
      fix: fixFor(main.field),
    };
  }
  const id = props.id as string;
  if (seen.has(id)) {
    return {
      ...where,
      column: 'properties.id',
      message: `${label}: the id is used by an earlier feature`,
      fix: 'give every feature a unique properties.id',
    };
  }
  seen.add(id);
  const feature = parsed.output as unknown as IncidentFeature;
  if (defaulted.length) {
    const said = `Not in ${file}, set on import: ${defaulted.join('; ')}.`;
    feature.properties.note = feature.properties.note ? `${feature.properties.note} ${said}` : said;
  }
  return { feature, defaulted };
}

/**
 * Features of an incidents GeoJSON text. Good features (defaults applied) are returned in file
 * order; each skipped feature is one problem, and each defaulted one a problem with `defaulted`
 * set (it was loaded). A text that is not a FeatureCollection is one file-level problem.
 */
export function parseIncidentGeoJson(
  text: string,
  file: string,
): { features: IncidentFeature[]; problems: AcledProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      features: [],
      problems: [
        fileProblem(file, `not valid JSON (${(e as Error).message})`, 'export valid GeoJSON'),
      ],
    };
  }
  const list = isObj(data) ? data.features : undefined;
  if (!Array.isArray(list)) {
    return {
      features: [],
      problems: [
        fileProblem(
          file,
          'no "features" array: not a GeoJSON FeatureCollection',
          'export a FeatureCollection of Point features',
        ),
      ],
    };
  }
  const features: IncidentFeature[] = [];
  const problems: AcledProblem[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const r = checkFeature(raw, i + 1, file, seen);
    if ('feature' in r) {
      features.push(r.feature);
      if (r.defaulted.length) {
        problems.push({
          file,
          row: i + 1,
          line: 0,
          column: null,
          message: `feature ${i + 1} (id "${r.feature.properties.id}") loaded with defaults: ${r.defaulted.join('; ')}`,
          fix: 'add these properties to the file to state them yourself',
          defaulted: r.defaulted,
        });
      }
    } else problems.push(r);
  });
  return { features, problems };
}
