// Resolves each record's date: an override as written, else its date phrase relative to the
// article's publication or to the incidents it is anchored to (resolved first, cycles reported).
import { DatePhraseError, resolveDatePhrase, type ResolvedDate } from '../src/core/dates.ts';
import { findAll } from '../src/core/quotes.ts';
import type { DataIssue } from '../src/core/validation.ts';
import { at, type Located } from './incident-records.ts';

/** Resolves every record's date, anchors first; cycles and bad phrases become issues. */
export function resolveDates(
  located: Map<string, Located>,
  allIds: Set<string>,
  issues: DataIssue[],
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
    const r = resolveOne(l, resolve, located, allIds, issues);
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
