// A record judged not to be an incident (`incident: false`) becomes an entry of `excluded.json`,
// keeping its quote, its span and the date it would have had.
import type { ResolvedDate } from '../src/core/dates.ts';
import type { DataIssue } from '../src/core/validation.ts';
import { at, type Located } from './incident-records.ts';

/** A judged non-incident as written to `excluded.json`. */
export interface ExcludedRecord {
  /** The record's id. */
  id: string;
  /** The id of the article it comes from. */
  article: string;
  /** Why it is not mapped as an incident. */
  why: string;
  /** The quote, verbatim. */
  excerpt: string;
  /** Start of the quote in the article (UTF-16 offset). */
  excerpt_start: number;
  /** End of the quote in the article (UTF-16 offset, exclusive). */
  excerpt_end: number;
  /** The resolved date, when its phrase resolved. */
  date?: string;
  /** The end of a date range. */
  date_end?: string;
  /** The resolved date's precision. */
  date_precision?: string;
  /** The date phrase it was resolved from. */
  date_basis?: string;
  /** The curator's note. */
  note?: string;
}

/** The `excluded.json` entry of a non-incident, or null (reported) when it gives no `why`. */
export function excludedRecord(
  l: Located,
  date: ResolvedDate | null,
  issues: DataIssue[],
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
