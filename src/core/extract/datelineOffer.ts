// "QUETTA: Two people were killed on Sunday when a bomb exploded near a vegetable market": the
// sentence names no place. A dateline says where the report was filed, which is often but not
// always where it happened (a Peshawar bureau files news of the tribal districts, a capital's of
// the whole country), so its city is never proposed as the place: it is offered as a choice (a
// candidate) on each proposal left with no place that happened in the three days before the
// report was filed (not on an incident it recalls: "Last year, on August 22, dacoits attacked
// police in Machka"), and the review says so. Pure.
import { isoToDay } from '../days.ts';
import type { Dateline, PlaceCandidate, Proposal, SentencePlaces, Span } from './types.ts';

/** The dateline's cities the gazetteer knows, each once ("QUETTA/ISLAMABAD:" gives two). */
function datelineCities(
  dateline: Dateline | null,
  places: (s: Span) => SentencePlaces,
): PlaceCandidate[] {
  if (!dateline?.place) return [];
  const found = places(dateline.span)
    .mentions.filter((m) => m.role === 'dateline' && m.resolved)
    .map((m) => m.resolved as PlaceCandidate);
  return found.filter((c, i) => found.findIndex((o) => o.name === c.name) === i);
}

/** At most this many days between an incident and the filing for the dateline to be offered. */
const FRESH_DAYS = 3;

/**
 * Offers the cities of `dateline` (read with `places`) as choices on every proposal with no place,
 * no other choice and a date at most three days before `filed` (ISO: the dateline's date, else
 * the publication date), its no-place review saying where the report was filed (see the file
 * comment). Other proposals are returned as they are.
 */
export function offerDateline(
  proposals: Proposal[],
  dateline: Dateline | null,
  filed: string | null,
  places: (s: Span) => SentencePlaces,
): Proposal[] {
  const day = filed ? isoToDay(filed) : null;
  const fresh = (p: Proposal) => {
    if (day === null || !p.date) return false;
    const ago = day - isoToDay(p.date_end ?? p.date);
    return ago >= 0 && ago <= FRESH_DAYS && day - isoToDay(p.date) <= FRESH_DAYS;
  };
  const bare = (p: Proposal) =>
    p.lat === null &&
    p.candidates.length === 0 &&
    p.reasons.some((r) => r.code === 'no_place') &&
    fresh(p);
  if (!proposals.some(bare)) return proposals;
  const cities = datelineCities(dateline, places);
  if (cities.length === 0) return proposals;
  const names = cities.map((c) => c.name).join(' and ');
  const note = `; the report was filed from ${names} (its dateline), offered as a choice: where a report is filed is often, not always, where it happened`;
  return proposals.map((p) => {
    if (!bare(p)) return p;
    const at = p.reasons.findIndex((r) => r.code === 'no_place');
    const reasons = p.reasons.map((r, i) => (i === at ? { ...r, message: r.message + note } : r));
    return { ...p, candidates: cities, reasons };
  });
}
