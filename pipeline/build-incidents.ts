// Turns curated incident records into map features: finds each quote in its article
// (incident-records.ts), resolves the date phrase relative to publication or to an anchor incident
// (incident-dates.ts), places the incident through the gazetteer and checks the point against the
// boundaries (incident-feature.ts); non-incidents become `excluded.json` entries
// (excluded-record.ts).
import type { Gazetteer } from '../src/core/gazetteer.ts';
import type { Article, IncidentFeature } from '../src/core/types.ts';
import type { DataIssue } from '../src/core/validation.ts';
import type { Boundaries } from './build-boundaries.ts';
import { excludedRecord, type ExcludedRecord } from './excluded-record.ts';
import { resolveDates } from './incident-dates.ts';
import { incidentFeature } from './incident-feature.ts';
import { locateRecords } from './incident-records.ts';
import type { SourceFile } from './load-sources.ts';

export type { ExcludedRecord } from './excluded-record.ts';
export { COUNTY_UNCERTAINTY_KM, TOWN_UNCERTAINTY_KM } from './uncertainty-radius.ts';

/** Everything built from the incident records. */
export interface IncidentBuild {
  /** The incidents, sorted by date then id. */
  features: IncidentFeature[];
  /** The judged non-incidents, sorted by article then id. */
  excluded: ExcludedRecord[];
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
  const { located, allIds } = locateRecords(files, articles, issues, textPaths);
  const dates = resolveDates(located, allIds, issues);
  const features: IncidentFeature[] = [];
  const excluded: ExcludedRecord[] = [];
  for (const l of located.values()) {
    const date = dates.get(l.rec.id) ?? null;
    if (!l.rec.incident) {
      const ex = excludedRecord(l, date, issues);
      if (ex) excluded.push(ex);
      continue;
    }
    const f = incidentFeature(l, date, gazetteer, boundaries, issues);
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
