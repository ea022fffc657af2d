// A date that belongs to a relative clause describing a place: "The drone strike occurred in the
// area where the funeral of a commander was held in December last year" dates the funeral, not
// the strike (a regression from a real Dawn page, proposed as a December attack three months
// before the strike). Pure.
import type { Span } from './types.ts';

/** The words opening a clause about a place or a time ("where", "in which", "at which"). */
const PLACE_CLAUSE = /\b(?:where|in\s+which|at\s+which)\b/gi;
/** A clause break the relative clause does not reach across. */
const BREAK = /[;:]|\s[—–]\s|\s--\s/;

/** The "where …" clause the date at `date` stands in: where it opens, and its words up to the date. */
function clauseBefore(
  text: string,
  sentence: Span,
  date: Span,
): { start: number; clause: string } | null {
  const before = text.slice(sentence.start, date.start);
  const opening = [...before.matchAll(PLACE_CLAUSE)].at(-1);
  if (!opening) return null;
  const start = sentence.start + opening.index;
  const clause = text.slice(start, date.start);
  return BREAK.test(clause) ? null : { start, clause };
}

/**
 * The clause (from its opening word to the date) when the date at `date` stands in a "where …"
 * clause that tells no incident of its own, while an incident word (`incidents`, spans of
 * `text`) stands before the clause in the sentence; else null. "Security was tightened in
 * Quetta, where a bomb killed ten on Monday" is left alone: the clause tells the incident.
 */
export function dateOfPlaceClause(
  text: string,
  sentence: Span,
  date: Span,
  incidents: Span[],
): string | null {
  const found = clauseBefore(text, sentence, date);
  if (!found) return null;
  const { start, clause } = found;
  const main = incidents.some((t) => t.start >= sentence.start && t.end <= start);
  const own = incidents.some((t) => t.start >= start && t.end <= date.start);
  return main && !own ? clause.trim() : null;
}

/**
 * The clause opening before the date at `date` ("where the drone struck yesterday") when another
 * date stands before that clause in the sentence (`others`: spans of the sentence's other dates):
 * "airstrikes on Tuesday killed 30 at six locations, including Datta Khel, the area where the
 * drone struck yesterday" tells two events, and the clause's date is not the main one's (a
 * regression from a real NYT report, proposed on the clause's day). Else null.
 */
export function dateBesideClause(
  text: string,
  sentence: Span,
  date: Span,
  others: Span[],
): string | null {
  const found = clauseBefore(text, sentence, date);
  if (!found) return null;
  const { start, clause } = found;
  return others.some((o) => o.start >= sentence.start && o.end <= start) ? clause.trim() : null;
}

/**
 * "The attack came after calls by groups to stage riots for three days, starting on Tuesday": a
 * sentence whose subject points back at the incident told before and "came after" something with
 * no count of days; its dates after "after" are the earlier thing's, not the incident's (a
 * hundred-and-fifth-try page proposed the Izeh shooting on the Tuesday the calls began, a day
 * early). "came a day after" counts, and is read elsewhere.
 */
const CAME_AFTER_WHAT =
  /^\W*(?:The|This|That|Today['’]s|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|blast|bombing|explosion|ambush|raid|strike|shooting|violence|incident)\s+(?:came|comes|followed|follows)\s+(?:(?:just|only|shortly|soon)\s+)?after\b/i;

/** Where the "after" clause of such a sentence of `text` starts, or null (see above). */
export function cameAfterClause(text: string, sentence: Span): number | null {
  const m = CAME_AFTER_WHAT.exec(text.slice(sentence.start, sentence.end));
  return m ? sentence.start + m[0].length : null;
}

/**
 * "in Mingora, the main town in the one-time tourist haven that was largely overrun by Taliban
 * militants in 2007": a relative clause on a place noun tells the place's past; its dates are
 * not the incident's (a hundred-and-fourth-try page dated the bombing 2007 so). "The attack,
 * which was carried out on Monday" is on the incident noun and is not read so.
 */
const PLACE_PAST =
  /\b(?:town|city|valley|haven|region|area|province|district|village|belt|country)\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\b[^,;]*$/i;

/** True when the date at `at` in `sentence` of `text` lies in such a clause (see above). */
export function inPlacePast(text: string, sentence: Span, at: number): boolean {
  return PLACE_PAST.test(text.slice(sentence.start, at));
}
