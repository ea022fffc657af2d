// Checks an incident record before it is placed: the fields an incident needs, overrides with a
// note, fatalities with their phrase; and looks its place names up, reporting what fails.
import {
  lookupPlace,
  PlaceError,
  type Gazetteer,
  type PlaceClaim,
  type PlaceMatch,
} from '../src/core/gazetteer.ts';
import { findAll } from '../src/core/quotes.ts';
import type { DataIssue } from '../src/core/validation.ts';
import { at, type Located } from './incident-records.ts';

/** True when the record has what an incident needs; each missing piece goes to `issues`. */
export function requireFields(l: Located, issues: DataIssue[]): boolean {
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

/**
 * Looks up the place `name` written under the record's `key`: it must occur in the article
 * (unless `mustBeInText` is false) and resolve in the gazetteer; else null, reported.
 */
export function lookupRecordPlace(
  l: Located,
  name: string,
  key: string,
  gazetteer: Gazetteer,
  issues: DataIssue[],
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
