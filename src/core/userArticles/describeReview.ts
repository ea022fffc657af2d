// Words for the review controls: the draft badge, a place candidate, a proposal's date and why a
// proposal is not on the map. Pure.
import { countryName, dateText } from '../describe.ts';
import type { PlaceCandidate, Proposal } from '../extract/types.ts';

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

/** Why a proposal is not on the map or the timeline yet, or null when it is. */
export function unmappedReason(p: Proposal): string | null {
  if (!p.date && (p.lat === null || p.lon === null)) return 'no date and no place yet';
  if (!p.date) return 'no date yet';
  if (p.lat === null || p.lon === null) return 'no place yet';
  return null;
}
