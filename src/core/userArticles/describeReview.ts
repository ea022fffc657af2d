// Words for the review controls: the draft badge, a place candidate, a proposal's date and place, why a
// proposal is not on the map, and which of the extractor's reasons the user's choices settled. Pure.
import { countryName, dateText } from '../describe.ts';
import type { PlaceCandidate, Proposal, Review, ReviewCode } from '../extract/types.ts';
import type { Decision } from './model.ts';

/** The badge of an unreviewed proposal. */
export function draftBadge(status: Proposal['status']): string {
  return status === 'needs_review' ? 'Draft — needs your review' : 'Proposed — check and accept';
}

/** "Sarāvān, Sistan and Baluchestan, Iran — town, within 5 km, population 60,000". */
export function candidateText(c: PlaceCandidate): string {
  const where = [c.name, c.admin1, countryName(c.country)].filter(Boolean).join(', ');
  const pop = c.population ? `, population ${c.population.toLocaleString('en')}` : '';
  return `${where} — ${c.precision}, within ${c.uncertainty_km} km${pop}`;
}

/** The proposal's date in words ("2024-04-03", "no date"). */
export function proposalDateText(p: Pick<Proposal, 'date' | 'date_end'>): string {
  return p.date ? dateText({ date: p.date, date_end: p.date_end }) : 'no date';
}

/**
 * Where the (corrected) proposal is, in words: the text's phrase, else the place chosen in review
 * (a city offered when the text names none), else a point placed by hand, else "no place".
 */
export function placeLabel(p: Pick<Proposal, 'place' | 'resolved_place' | 'lat'>): string {
  return p.place ?? p.resolved_place ?? (p.lat !== null ? 'a point placed by hand' : 'no place');
}

/** Why a proposal is not on the map or the timeline yet, or null when it is. */
export function unmappedReason(p: Proposal): string | null {
  if (!p.date && (p.lat === null || p.lon === null)) return 'no date and no place yet';
  if (!p.date) return 'no date yet';
  if (p.lat === null || p.lon === null) return 'no place yet';
  return null;
}

/** Reasons about where it happened: a place the user chose (a candidate or a map point) settles them. */
const PLACE_CODES: ReadonlySet<ReviewCode> = new Set([
  'no_place',
  'ambiguous_place',
  'typo_match',
  'fallback_admin',
  'several_places',
  'coarse_place',
]);
/** Reasons about when it happened: a date the user set settles them. */
const DATE_CODES: ReadonlySet<ReviewCode> = new Set([
  'no_date',
  'no_date_anchor',
  'weekday_mismatch',
  'several_dates',
  'date_after_publication',
]);

/**
 * The extractor's reasons split by the user's decision: `resolved` are those about the place once
 * the user chose one, or about the date once they set one; `open` are the rest (reasons coded
 * `other` or `unclear_category` always stay open: nothing the user chose answers them for sure).
 */
export function reasonsByDecision(
  reasons: readonly Review[],
  d: Pick<Decision, 'place' | 'date'>,
): { open: Review[]; resolved: Review[] } {
  const open: Review[] = [];
  const resolved: Review[] = [];
  for (const r of reasons) {
    const settled = (d.place && PLACE_CODES.has(r.code)) || (d.date && DATE_CODES.has(r.code));
    (settled ? resolved : open).push(r);
  }
  return { open, resolved };
}
