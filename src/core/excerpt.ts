// Locating an incident's excerpt in its article, by the UTF-16 offsets the pipeline recorded.
// The offsets are checked against the excerpt text: a mismatch is reported, never papered over.
import type { Article, IncidentProperties } from './types.ts';

/** The article text cut around the excerpt. */
export interface ArticleSplit {
  before: string;
  excerpt: string;
  after: string;
}

/** Result of locating an excerpt: the split, or a message saying why it cannot be shown. */
export type LocateResult = { ok: true; split: ArticleSplit } | { ok: false; error: string };

/** Splits `article.text` at the incident's `excerpt_start`/`excerpt_end` (UTF-16 offsets). */
export function locateExcerpt(
  article: Article,
  incident: Pick<IncidentProperties, 'id' | 'excerpt' | 'excerpt_start' | 'excerpt_end'>,
): LocateResult {
  const { excerpt_start: start, excerpt_end: end } = incident;
  const text = article.text;
  if (start === null || end === null) {
    return { ok: false, error: `Incident ${incident.id} records no excerpt offsets.` };
  }
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    return {
      ok: false,
      error: `Incident ${incident.id}: excerpt offsets ${start}–${end} lie outside article ${article.id} (${text.length} characters). Regenerate the data with \`npm run data\`.`,
    };
  }
  const found = text.slice(start, end);
  if (found !== incident.excerpt) {
    return {
      ok: false,
      error: `Incident ${incident.id}: the text at offsets ${start}–${end} of article ${article.id} differs from the excerpt. Regenerate the data with \`npm run data\`.`,
    };
  }
  return {
    ok: true,
    split: { before: text.slice(0, start), excerpt: found, after: text.slice(end) },
  };
}
