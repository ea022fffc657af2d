// Decisions on the user's proposals, pure: the proposal with the user's edits applied, whether
// it can be accepted, and the updates (accept, reject, another place, another date, the answer to
// "Same incident as …?", removing an article). Nothing is accepted without a date and a point.
import { isIsoDate } from '../days.ts';
import type { Proposal } from '../extract/types.ts';
import { DATE_PRECISIONS } from '../types.ts';
import type { DateEdit, Decision, PlaceEdit, UserData } from './model.ts';

/** The decision on proposal `id` of article `article` (pending when none is stored). */
export function decisionOf(data: UserData, article: string, id: string): Decision {
  return data.decisions.get(id) ?? { id, article, status: 'pending' };
}

/** The proposal as the user corrected it: their place and date in place of the extractor's. */
export function effectiveProposal(p: Proposal, d: Decision | undefined): Proposal {
  let out: Proposal = p;
  const place: PlaceEdit | undefined = d?.place;
  if (place?.kind === 'candidate') {
    const c = place.candidate;
    const { border_line: _line, ...rest } = out;
    void _line;
    out = {
      ...rest,
      ...(c.border_line ? { border_line: c.border_line } : {}),
      resolved_place: c.name,
      lat: c.lat,
      lon: c.lon,
      place_precision: c.precision,
      admin1: c.admin1,
      country: c.country,
      uncertainty_km: c.uncertainty_km,
    };
  } else if (place?.kind === 'map') {
    const { border_line: _line, ...rest } = out;
    void _line;
    out = {
      ...rest,
      resolved_place: null,
      lat: place.lat,
      lon: place.lon,
      place_precision: 'point',
      admin1: place.admin1,
      country: place.country,
      uncertainty_km: 0,
    };
  }
  const date: DateEdit | undefined = d?.date;
  if (date) {
    const { date_end: _drop, ...rest } = out;
    void _drop;
    out = {
      ...rest,
      date: date.date,
      ...(date.date_end ? { date_end: date.date_end } : {}),
      date_precision: date.precision,
    };
  }
  return out;
}

/** Why a (corrected) proposal cannot be accepted yet, in words; null when it can. */
export function acceptProblem(p: Proposal): string | null {
  if (!p.date) return 'It has no date yet: set the date first.';
  if (p.lat === null || p.lon === null) {
    return 'It has no place on the map yet: pick a candidate or place it on the map first.';
  }
  return null;
}

/** Checks a date typed in review; a message when it cannot be used. */
export function checkDateEdit(edit: {
  date: string;
  date_end: string;
  precision: string;
}): { ok: true; value: DateEdit } | { ok: false; message: string } {
  const date = edit.date.trim();
  const end = edit.date_end.trim();
  if (!isIsoDate(date)) return { ok: false, message: 'The date must be written YYYY-MM-DD.' };
  if (end && !isIsoDate(end)) {
    return { ok: false, message: 'The last day must be written YYYY-MM-DD, or left empty.' };
  }
  if (end && end < date) return { ok: false, message: 'The last day comes before the first.' };
  if (!(DATE_PRECISIONS as readonly string[]).includes(edit.precision)) {
    return { ok: false, message: `Precision must be one of ${DATE_PRECISIONS.join(', ')}.` };
  }
  const precision = edit.precision as DateEdit['precision'];
  if (precision === 'range' && !end) {
    return { ok: false, message: 'A range needs its last day.' };
  }
  return {
    ok: true,
    value: { date, ...(end && end !== date ? { date_end: end } : {}), precision },
  };
}

/** `data` with decision `d` stored (replacing the previous one for that proposal). */
export function withDecision(data: UserData, d: Decision): UserData {
  const decisions = new Map(data.decisions);
  decisions.set(d.id, d);
  return { ...data, decisions };
}

/**
 * `data` without article `id`, its proposals' decisions, and with every other proposal that was
 * merged into one of its incidents back to pending (its merge target is gone; the user decides
 * again). Returns the new data and the decisions put back to pending.
 */
export function withoutArticle(
  data: UserData,
  id: string,
): { data: UserData; reopened: Decision[] } {
  const gone = data.articles.find((a) => a.id === id);
  if (!gone) return { data, reopened: [] };
  const goneIds = new Set(gone.proposals.map((p) => p.id));
  const decisions = new Map<string, Decision>();
  const reopened: Decision[] = [];
  for (const [key, d] of data.decisions) {
    if (d.article === id) continue;
    if (d.same?.answer === 'merge' && goneIds.has(d.same.incident)) {
      const { same: _same, ...rest } = d;
      void _same;
      const back: Decision = { ...rest, status: 'pending' };
      decisions.set(key, back);
      reopened.push(back);
    } else decisions.set(key, d);
  }
  return { data: { articles: data.articles.filter((a) => a.id !== id), decisions }, reopened };
}
