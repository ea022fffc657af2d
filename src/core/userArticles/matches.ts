// "Same incident as …?": whether a proposal of the user's article reports an incident already on
// the map (a seed incident or one the user accepted from another article), through
// src/core/extract/mergeSources.ts. A `same` or `possible` match is put to the user as a question;
// nothing is merged without their answer.
import type { Proposal } from '../extract/types.ts';
import { findSameIncident, type IncidentFacts } from '../extract/mergeSources.ts';
import type { IncidentFeature } from '../types.ts';

/** An incident the proposal may report too, and why. */
export interface SameMatch {
  verdict: 'same' | 'possible';
  reason: string;
  /** The incident on the map. */
  incident: IncidentFeature;
}

/** The comparison's view of an incident on the map. */
export function featureFacts(f: IncidentFeature): IncidentFacts & { id: string } {
  const p = f.properties;
  return {
    id: p.id,
    category: p.category,
    date: p.date,
    date_end: p.date_end ?? null,
    date_precision: p.date_precision,
    lat: f.geometry.coordinates[1],
    lon: f.geometry.coordinates[0],
    uncertainty_km: p.uncertainty_km ?? null,
    place_precision: p.place_precision,
    country: p.country,
  };
}

/**
 * The incident among `shown` that proposal `p` (as corrected) of article `articleId` may report,
 * or null. Drafts and the article's own incidents are never candidates; a proposal with neither
 * a date nor a point matches nothing.
 */
export function sameIncidentFor(
  p: Proposal,
  articleId: string,
  shown: readonly IncidentFeature[],
): SameMatch | null {
  // With neither a date nor a point, every incident of the category would "possibly" match.
  if (!p.date && (p.lat === null || p.lon === null)) return null;
  const existing = shown.filter((f) => !f.properties.draft && f.properties.article !== articleId);
  const m = findSameIncident(existing.map(featureFacts), p);
  if (m.verdict === 'different' || m.id === null) return null;
  const incident = existing.find((f) => f.properties.id === m.id);
  return incident ? { verdict: m.verdict, reason: m.reason, incident } : null;
}
