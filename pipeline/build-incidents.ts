// Turns curated incident records into map features: finds each quote in its article, resolves
// the date phrase (relative to publication or to an anchor incident) and the place (through the
// gazetteer), checks the point against the boundaries, and measures the distance to the border.
import * as v from 'valibot';
import { DatePhraseError, resolveDatePhrase, type ResolvedDate } from '../src/core/dates.ts';
import {
  lookupPlace,
  PlaceError,
  type Gazetteer,
  type PlaceClaim,
  type PlaceMatch,
} from '../src/core/gazetteer.ts';
import { areaAt, borderKm, equalAreaRadiusKm, type AreaFeature } from '../src/core/geo-checks.ts';
import { findAll, isSpan, locateQuote, type QuoteSpan } from '../src/core/quotes.ts';
import type {
  Article,
  IncidentFeature,
  IncidentProperties,
  PlacePrecision,
} from '../src/core/types.ts';
import {
  describeSchemaIssue,
  IncidentFileSchema,
  IncidentRecordSchema,
  type DataIssue,
  type IncidentRecord,
} from '../src/core/validation.ts';
import type { Boundaries } from './build-boundaries.ts';
import { crossingPointToward, placeOnBorder } from './border-places.ts';
import type { SourceFile } from './load-sources.ts';
import { parseYaml, type YamlFile } from './read-yaml.ts';

/** Radius for `town` precision: GeoNames gives one point for a town of a few km across. */
export const TOWN_UNCERTAINTY_KM = 5;
/**
 * Radius for `county` precision. There are no county polygons offline; 50 km is the radius of
 * a ~7,850 km² circle, the order of size of a county (shahrestan) in Sistan and Baluchestan.
 */
export const COUNTY_UNCERTAINTY_KM = 50;

/** A judged non-incident as written to `excluded.json`. */
export interface ExcludedRecord {
  id: string;
  article: string;
  why: string;
  excerpt: string;
  excerpt_start: number;
  excerpt_end: number;
  date?: string;
  date_end?: string;
  date_precision?: string;
  date_basis?: string;
  note?: string;
}

/** Everything built from the incident records. */
export interface IncidentBuild {
  features: IncidentFeature[];
  excluded: ExcludedRecord[];
}

interface Located {
  rec: IncidentRecord;
  file: SourceFile;
  yaml: YamlFile;
  index: number;
  article: Article;
  span: QuoteSpan;
}

/** Records of one file, schema-checked; problems go to `issues`. */
function readRecords(
  file: SourceFile,
  articles: Map<string, Article>,
  issues: DataIssue[],
  knownArticles: Set<string>,
): {
  recs: { rec: IncidentRecord; index: number }[];
  /** Ids of the records that failed the schema (already reported), so no anchor to one is. */
  invalidIds: string[];
  yaml: YamlFile;
  article: Article;
} | null {
  const yaml = parseYaml(file);
  if (Array.isArray(yaml)) {
    issues.push(...yaml);
    return null;
  }
  const articleId = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
  const article = articles.get(articleId);
  if (!article) {
    if (knownArticles.has(articleId)) return null; // its metadata failed and was reported
    issues.push({
      file: file.path,
      line: null,
      message: `no article "${articleId}" for this incident file`,
      fix: 'name the file after its article: geodata/incidents/<article-id>.yaml',
    });
    return null;
  }
  const list = v.safeParse(IncidentFileSchema, yaml.value ?? []);
  if (!list.success) {
    issues.push({
      file: file.path,
      line: 1,
      message: 'an incident file must be a YAML list of records',
      fix: 'start each record with "- id: …"',
    });
    return null;
  }
  const recs: { rec: IncidentRecord; index: number }[] = [];
  const invalidIds: string[] = [];
  list.output.forEach((raw, index) => {
    const parsed = v.safeParse(IncidentRecordSchema, raw);
    if (parsed.success) recs.push({ rec: parsed.output, index });
    else {
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') invalidIds.push(rawId);
      for (const i of parsed.issues) {
        const { path, text } = describeSchemaIssue(i);
        issues.push({
          file: file.path,
          line: yaml.lineOf([index, ...path]),
          message: `record ${index + 1}: ${text}`,
          fix: 'see README "How to add an article and its incidents" for the fields',
        });
      }
    }
  });
  return { recs, invalidIds, yaml, article };
}

function excerptOf(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Builds features and excluded records; every problem goes to `issues`. */
export function buildIncidents(
  files: SourceFile[],
  articleList: Article[],
  gazetteer: Gazetteer,
  boundaries: Boundaries,
  issues: DataIssue[],
  textPaths: Map<string, string> = new Map(),
): IncidentBuild {
  const articles = new Map(articleList.map((a) => [a.id, a]));
  const located = new Map<string, Located>();
  const allIds = new Set<string>();
  const at = (l: { file: SourceFile; yaml: YamlFile; index: number }, key: string[] = []) => ({
    file: l.file.path,
    line: l.yaml.lineOf([l.index, ...key]),
  });

  for (const file of files) {
    const read = readRecords(file, articles, issues, new Set(textPaths.keys()));
    for (const r of read?.recs ?? []) allIds.add(r.rec.id);
    for (const id of read?.invalidIds ?? []) allIds.add(id);
    if (!read) continue;
    for (const { rec, index } of read.recs) {
      const where = { file, yaml: read.yaml, index };
      const prev = located.get(rec.id);
      if (prev) {
        issues.push({
          ...at(where, ['id']),
          message: `duplicate id "${rec.id}" (first used at ${prev.file.path}:${prev.yaml.lineOf([prev.index, 'id'])})`,
          fix: 'give every record a unique id',
        });
        continue;
      }
      const span = locateQuote(read.article.text, rec.quote);
      if (!isSpan(span)) {
        const article = textPaths.get(read.article.id) ?? `geodata/articles/${read.article.id}.txt`;
        issues.push({
          ...at(where, ['quote']),
          message:
            span.kind === 'ambiguous'
              ? `quote occurs ${span.offsets.length} times in the article "${excerptOf(rec.quote)}"`
              : `quote not found in article "${excerptOf(rec.quote)}"`,
          fix:
            span.kind === 'ambiguous'
              ? 'lengthen the quote until it is unique'
              : `copy the sentence exactly from ${article}`,
        });
        continue;
      }
      located.set(rec.id, { rec, ...where, article: read.article, span });
    }
  }

  const dates = resolveDates(located, allIds, issues, at);
  const features: IncidentFeature[] = [];
  const excluded: ExcludedRecord[] = [];
  for (const l of located.values()) {
    const date = dates.get(l.rec.id) ?? null;
    if (!l.rec.incident) {
      const ex = excluded1(l, date, issues, at);
      if (ex) excluded.push(ex);
      continue;
    }
    const f = feature(l, date, gazetteer, boundaries, issues, at);
    if (f) features.push(f);
  }
  features.sort(
    (a, b) =>
      a.properties.date.localeCompare(b.properties.date) ||
      a.properties.id.localeCompare(b.properties.id),
  );
  excluded.sort((a, b) => a.article.localeCompare(b.article) || a.id.localeCompare(b.id));
  return { features, excluded };
}

type At = (l: Located, key?: string[]) => { file: string; line: number | null };

/** Resolves every record's date, anchors first; cycles and bad phrases become issues. */
function resolveDates(
  located: Map<string, Located>,
  allIds: Set<string>,
  issues: DataIssue[],
  at: At,
): Map<string, ResolvedDate | null> {
  const done = new Map<string, ResolvedDate | null>();
  const visiting = new Set<string>();
  const resolve = (id: string): ResolvedDate | null => {
    if (done.has(id)) return done.get(id) ?? null;
    const l = located.get(id);
    if (!l) return null;
    if (visiting.has(id)) {
      issues.push({
        ...at(l, ['date_anchor']),
        message: `date anchors form a cycle through "${id}"`,
        fix: 'anchor to an incident dated without this one',
      });
      done.set(id, null);
      return null;
    }
    visiting.add(id);
    const r = resolveOne(l, resolve, located, allIds, issues, at);
    visiting.delete(id);
    done.set(id, r);
    return r;
  };
  for (const id of located.keys()) resolve(id);
  return done;
}

function resolveOne(
  l: Located,
  resolve: (id: string) => ResolvedDate | null,
  located: Map<string, Located>,
  allIds: Set<string>,
  issues: DataIssue[],
  at: At,
): ResolvedDate | null {
  const { rec, article } = l;
  const o = rec.overrides;
  if (o?.date) {
    const out: ResolvedDate = { date: o.date, precision: o.date_precision ?? 'day' };
    if (o.date_end) out.date_end = o.date_end;
    return out;
  }
  const phrase = rec.date_phrase;
  if (!phrase) {
    if (rec.incident) {
      issues.push({
        ...at(l, ['date_phrase']),
        message: 'incident has no date_phrase',
        fix: 'copy the phrase that dates it from the quote, or record it with `incident: false` and a `why`',
      });
    }
    return null;
  }
  if (!rec.quote.includes(phrase) && findAll(article.text, phrase).length === 0) {
    issues.push({
      ...at(l, ['date_phrase']),
      message: `date_phrase "${phrase}" occurs neither in the quote nor in the article`,
      fix: 'copy the phrase exactly as the text writes it',
    });
    return null;
  }
  const ref = (key: 'date_anchor' | 'date_before'): ResolvedDate | undefined | null => {
    const id = rec[key];
    if (!id) return undefined;
    if (!located.has(id)) {
      if (allIds.has(id)) return null; // the anchor's own error is already reported
      issues.push({
        ...at(l, [key]),
        message: `${key} "${id}" is not the id of any record`,
        fix: 'use the id of the incident the phrase refers to',
      });
      return null;
    }
    return resolve(id);
  };
  const anchor = ref('date_anchor');
  const before = ref('date_before');
  if (anchor === null || before === null) return null;
  try {
    const r = resolveDatePhrase(phrase, {
      published: article.published,
      ...(anchor ? { anchor } : {}),
      ...(before ? { before } : {}),
      phraseDescribesAnchor: rec.date_phrase_describes === 'anchor',
    });
    if (o?.date_precision) r.precision = o.date_precision;
    return r;
  } catch (e) {
    if (!(e instanceof DatePhraseError)) throw e;
    issues.push({ ...at(l, ['date_phrase']), message: e.message, fix: e.fix });
    return null;
  }
}

function excluded1(
  l: Located,
  date: ResolvedDate | null,
  issues: DataIssue[],
  at: At,
): ExcludedRecord | null {
  const { rec } = l;
  if (!rec.why) {
    issues.push({
      ...at(l),
      message: `non-incident "${rec.id}" has no \`why\``,
      fix: 'say why this is not mapped as an incident',
    });
    return null;
  }
  const out: ExcludedRecord = {
    id: rec.id,
    article: l.article.id,
    why: rec.why,
    excerpt: rec.quote,
    excerpt_start: l.span.start,
    excerpt_end: l.span.end,
  };
  if (date) {
    out.date = date.date;
    if (date.date_end) out.date_end = date.date_end;
    out.date_precision = date.precision;
    out.date_basis = rec.date_phrase as string;
  }
  if (rec.note) out.note = rec.note;
  return out;
}

function requireFields(l: Located, issues: DataIssue[], at: At): boolean {
  let ok = true;
  for (const key of ['title', 'category', 'place', 'country'] as const) {
    if (l.rec[key] === undefined) {
      issues.push({
        ...at(l),
        message: `incident "${l.rec.id}" has no \`${key}\``,
        fix: `add \`${key}\` (or mark the record \`incident: false\` with a \`why\`)`,
      });
      ok = false;
    }
  }
  const o = l.rec.overrides;
  if (o && Object.keys(o).length > 0 && !l.rec.note) {
    issues.push({
      ...at(l, ['overrides']),
      message: `incident "${l.rec.id}" overrides ${Object.keys(o).join(', ')} without a \`note\``,
      fix: 'add a `note` saying why the text alone does not give this value',
    });
    ok = false;
  }
  if ((l.rec.fatalities === undefined) !== (l.rec.fatalities_phrase === undefined)) {
    issues.push({
      ...at(l, ['fatalities']),
      message: 'fatalities and fatalities_phrase go together',
      fix: 'give the number and the phrase it comes from ("At least ten")',
    });
    ok = false;
  } else if (l.rec.fatalities_phrase && !l.rec.quote.includes(l.rec.fatalities_phrase)) {
    issues.push({
      ...at(l, ['fatalities_phrase']),
      message: `fatalities_phrase "${l.rec.fatalities_phrase}" is not in the quote`,
      fix: 'copy the phrase from the quote',
    });
    ok = false;
  }
  if (l.rec.origin_place && !l.rec.origin) {
    issues.push({
      ...at(l, ['origin_place']),
      message: 'origin_place without origin',
      fix: 'add `origin` (ISO2 of the acting country)',
    });
    ok = false;
  }
  return ok;
}

function place(
  l: Located,
  name: string,
  key: string,
  gazetteer: Gazetteer,
  issues: DataIssue[],
  at: At,
  claim?: PlaceClaim,
  mustBeInText = true,
): PlaceMatch | null {
  if (mustBeInText && findAll(l.article.text, name).length === 0) {
    issues.push({
      ...at(l, [key]),
      message: `${key} "${name}" does not occur in the article`,
      fix: 'write the place as the text writes it',
    });
    return null;
  }
  try {
    return lookupPlace(name, gazetteer, claim);
  } catch (e) {
    if (!(e instanceof PlaceError)) throw e;
    const list = e.candidates.length ? ` (candidates: ${e.candidates.join('; ')})` : '';
    issues.push({ ...at(l, [key]), message: `${e.message}${list}`, fix: e.fix });
    return null;
  }
}

function uncertainty(precision: PlacePrecision, area: AreaFeature | undefined): number {
  if (precision === 'point') return 0;
  if (precision === 'town') return TOWN_UNCERTAINTY_KM;
  if (precision === 'county') return COUNTY_UNCERTAINTY_KM;
  return area ? equalAreaRadiusKm(area) : COUNTY_UNCERTAINTY_KM;
}

function feature(
  l: Located,
  date: ResolvedDate | null,
  gazetteer: Gazetteer,
  b: Boundaries,
  issues: DataIssue[],
  at: At,
): IncidentFeature | null {
  if (!requireFields(l, issues, at) || !date) return null;
  const { rec, article } = l;
  const match = place(l, rec.place as string, 'place', gazetteer, issues, at, {
    country: rec.country,
    admin1: rec.admin1,
  });
  if (!match) return null;
  const o = rec.overrides ?? {};
  const onBorder = rec.border_with
    ? placeOnBorder(rec.country as string, rec.border_with, match, b.borderLines)
    : null;
  if (onBorder && 'message' in onBorder) {
    issues.push({ ...at(l, ['border_with']), ...onBorder });
    return null;
  }
  const lonLat: [number, number] = o.coordinates ??
    onBorder?.lonLat ?? [match.entry.lon, match.entry.lat];
  const precision = onBorder ? 'border' : (o.place_precision ?? match.precision);
  const country = onBorder ? null : areaAt(lonLat, b.countries);
  if (!onBorder && country?.properties.id !== rec.country) {
    issues.push({
      ...at(l, o.coordinates ? ['overrides', 'coordinates'] : ['place']),
      message: `point ${lonLat.join(',')} for "${rec.place}" lies ${country ? `in ${country.properties.name}` : 'outside Iran, Pakistan and Afghanistan'}, not in the claimed country ${rec.country}`,
      fix: 'fix the coordinates or the claimed `country`',
    });
    return null;
  }
  const province = onBorder ? null : areaAt(lonLat, b.provinces);
  if (!rec.admin1 && precision !== 'country' && !onBorder) {
    issues.push({
      ...at(l, ['place']),
      message: `incident "${rec.id}" claims no province (\`admin1\`)`,
      fix: `add \`admin1: ${province?.properties.name ?? '<province>'}\` if that is where the text puts it`,
    });
    return null;
  }
  if (rec.admin1) {
    const claimed = place(
      l,
      rec.admin1,
      'admin1',
      gazetteer,
      issues,
      at,
      { country: rec.country },
      false,
    );
    if (!claimed) return null;
    if (claimed.entry.area !== province?.properties.id) {
      issues.push({
        ...at(l, ['admin1']),
        message: `point for "${rec.place}" lies in ${province?.properties.name ?? 'no province'}, not in the claimed province ${rec.admin1}`,
        fix: 'fix the coordinates or the claimed `admin1`',
      });
      return null;
    }
  }
  const areaId = precision === 'province' || precision === 'country' ? match.entry.area : undefined;
  const area = areaId
    ? [...b.countries, ...b.provinces].find((a) => a.properties.id === areaId)
    : undefined;
  let origin_point: [number, number] | undefined;
  // No launch site named (no origin_place, or only the acting country): the arc starts where the
  // action crossed the shared border, never at a capital or a country's centroid.
  const crossing =
    rec.origin && rec.target
      ? crossingPointToward(b.borderLines, rec.origin, rec.target, lonLat)
      : null;
  if (rec.origin_place) {
    const om = place(l, rec.origin_place, 'origin_place', gazetteer, issues, at, {
      country: rec.origin,
    });
    if (!om) return null;
    if (om.entry.country !== rec.origin) {
      issues.push({
        ...at(l, ['origin_place']),
        message: `origin_place "${rec.origin_place}" is in ${om.entry.country}, not in origin ${rec.origin}`,
        fix: 'fix `origin` or `origin_place`',
      });
      return null;
    }
    origin_point =
      om.entry.kind === 'country' && crossing ? crossing : [om.entry.lon, om.entry.lat];
  } else if (crossing) {
    origin_point = crossing;
  }
  const p: IncidentProperties = {
    id: rec.id,
    title: rec.title as string,
    category: rec.category as IncidentProperties['category'],
    date: date.date,
    ...(date.date_end ? { date_end: date.date_end } : {}),
    date_precision: date.precision,
    date_basis: rec.date_phrase ?? '',
    place: rec.place as string,
    place_precision: precision,
    admin1:
      precision === 'country' || onBorder
        ? null
        : (province?.properties.name ?? match.entry.admin1),
    country: rec.country as string,
    article: article.id,
    excerpt: rec.quote,
    excerpt_start: l.span.start,
    excerpt_end: l.span.end,
    uncertainty_km: o.uncertainty_km ?? onBorder?.uncertainty_km ?? uncertainty(precision, area),
    ...(areaId ? { area: areaId } : {}),
    ...(onBorder ? { border_line: onBorder.line.id } : {}),
    border_km: borderKm(lonLat, b.border),
    ...(rec.origin ? { origin: rec.origin } : {}),
    ...(rec.target ? { target: rec.target } : {}),
    ...(origin_point ? { origin_point } : {}),
    ...(rec.origin_place ? { origin_place: rec.origin_place } : {}),
    ...(rec.fatalities !== undefined ? { fatalities: rec.fatalities } : {}),
    ...(rec.fatalities_phrase ? { fatalities_basis: rec.fatalities_phrase } : {}),
    outlet: article.outlet,
    ...(rec.note ? { note: rec.note } : {}),
  };
  return {
    type: 'Feature',
    id: rec.id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties: p,
  };
}
