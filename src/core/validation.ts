// Schemas of the curated sources (article sidecars and incident records) and the error type
// every stage reports with: file, line, what is wrong and how to fix it.
import * as v from 'valibot';
import { CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS } from './types.ts';
import { isIsoDate } from './days.ts';

/** One problem in the sources, located precisely enough to fix without searching. */
export interface DataIssue {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line, or null when the whole file is at fault. */
  line: number | null;
  message: string;
  fix: string;
}

/** `file:line: message — fix`, the one format every pipeline error is printed in. */
export function formatIssue(i: DataIssue): string {
  const where = i.line === null ? i.file : `${i.file}:${i.line}`;
  return `${where}: ${i.message} — ${i.fix}`;
}

/** Thrown when a build finds problems; carries all of them so one run shows every fix. */
export class DataErrors extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DataErrors';
    this.issues = issues;
  }
}

const isoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be a real date written YYYY-MM-DD (quote it in YAML)'),
);
const iso2 = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. IR'),
);
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** Longest record id: well under the URL hash's limit, so every incident can be linked. */
export const MAX_RECORD_ID_LENGTH = 120;
/** Longest curated headline. */
export const MAX_TITLE_LENGTH = 300;
/** Half the Earth's circumference in km: no uncertainty radius can be larger. */
const MAX_RADIUS_KM = 20_038;
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
  v.maxLength(MAX_RECORD_ID_LENGTH, `must be at most ${MAX_RECORD_ID_LENGTH} characters`),
);

/** `geodata/articles/<id>.yaml`: metadata of one article whose text is `<id>.txt`. */
export const ArticleMetaSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'must be the file name without extension')),
  outlet: nonEmpty,
  title: v.nullable(nonEmpty),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be BCP 47, e.g. en')),
  published: isoDate,
  published_basis: nonEmpty,
  source_file: nonEmpty,
});
/** Parsed article metadata. */
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

/**
 * Coordinate / date / precision overrides; a record with overrides must carry a `note`. A
 * `date_end` needs a `date` and may not precede it.
 */
export const OverridesSchema = v.pipe(
  v.strictObject({
    coordinates: v.optional(
      v.tuple([
        v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
        v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      ]),
    ),
    date: v.optional(isoDate),
    date_end: v.optional(isoDate),
    date_precision: v.optional(v.picklist(DATE_PRECISIONS)),
    place_precision: v.optional(v.picklist(PLACE_PRECISIONS)),
    uncertainty_km: v.optional(
      v.pipe(
        v.number(),
        v.minValue(0),
        v.maxValue(MAX_RADIUS_KM, `must be at most ${MAX_RADIUS_KM} km (half the Earth)`),
      ),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['date'], ['date_end']],
      (o) => o.date_end === undefined || o.date !== undefined,
      'needs `overrides.date` too (the range start); without it the end would be ignored',
    ),
    ['date_end'],
  ),
  v.forward(
    v.partialCheck(
      [['date'], ['date_end']],
      (o) => o.date === undefined || o.date_end === undefined || o.date_end >= o.date,
      (issue) => {
        const o = issue.input as { date?: string; date_end?: string };
        return `${o.date_end} is before \`overrides.date\` ${o.date}: a range ends on or after its start (swap them, or fix the year)`;
      },
    ),
    ['date_end'],
  ),
);

/** One record in `geodata/incidents/<article-id>.yaml` (an incident or a recorded non-incident). */
export const IncidentRecordSchema = v.strictObject({
  id,
  /** false: a judged non-incident, validated and written to excluded.json, never mapped. */
  incident: v.optional(v.boolean(), true),
  title: v.optional(
    v.pipe(
      nonEmpty,
      v.maxLength(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters (a headline)`),
    ),
  ),
  category: v.optional(v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`)),
  quote: nonEmpty,
  place: v.optional(nonEmpty),
  /** Country the curator claims the place is in; checked against the boundaries. */
  country: v.optional(iso2),
  /** Province the curator claims; checked against the boundaries. */
  admin1: v.optional(nonEmpty),
  date_phrase: v.optional(v.nullable(nonEmpty)),
  date_anchor: v.optional(id),
  /** `anchor` when the phrase places the anchor relative to this incident. */
  date_phrase_describes: v.optional(v.picklist(['self', 'anchor']), 'self'),
  /** Id of an incident this one preceded: the date becomes a range ending there. */
  date_before: v.optional(id),
  /**
   * The incident lies somewhere on the border between `country` and this neighbour (ISO2): it is
   * drawn as that stretch of border (`border` precision), e.g. a handover between two countries.
   */
  border_with: v.optional(iso2),
  origin: v.optional(iso2),
  target: v.optional(iso2),
  origin_place: v.optional(nonEmpty),
  fatalities: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.maxValue(10_000_000, 'must be at most 10,000,000 (check for a typo)'),
    ),
  ),
  fatalities_phrase: v.optional(nonEmpty),
  overrides: v.optional(OverridesSchema),
  note: v.optional(nonEmpty),
  why: v.optional(nonEmpty),
});
/** Parsed incident record. */
export type IncidentRecord = v.InferOutput<typeof IncidentRecordSchema>;

/** A file of incident records: a YAML list. */
export const IncidentFileSchema = v.array(v.unknown());

/** Valibot issue → the dotted key path it concerns (`overrides.date`) and a readable message. */
export function describeSchemaIssue(issue: v.BaseIssue<unknown>): { path: string[]; text: string } {
  const path = (issue.path ?? []).map((p) => String(p.key));
  const field = path.length ? `\`${path.join('.')}\` ` : '';
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
    return { path, text: `unknown field ${field}`.trim() };
  }
  if (issue.input === undefined) return { path, text: `missing field ${field}`.trim() };
  return { path, text: `${field}${issue.message}` };
}
