// Compares the extractor's proposals for an article with the curated records of the same article
// (geodata/incidents/*.yaml as built by the pipeline), naming every disagreement and its reason:
// a curated incident no proposal covers, a different category, date, place or toll, a proposal
// that needs review, and proposals the curator judged not to be incidents or did not record.
import type { IncidentFeature } from '../types.ts';
import { daysApart, haversineKm } from './distance.ts';
import type { Proposal } from './types.ts';

/** A curated non-incident as in excluded.json (the fields compared). */
export interface CuratedExclusion {
  id: string;
  why: string;
  excerpt_start: number;
  excerpt_end: number;
}

/** One disagreement between a proposal and the curated records. */
export interface Disagreement {
  kind: 'missing' | 'category' | 'date' | 'place' | 'fatalities' | 'review' | 'extra';
  /** Curated record id, null for an extra proposal. */
  record: string | null;
  /** Proposal id, null for a missing incident. */
  proposal: string | null;
  reason: string;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const span = (p: Proposal) => ({ start: p.excerpt_start, end: p.excerpt_end });

/** Every disagreement between `proposals` and the curated `incidents` and `excluded` of one article. */
export function compareWithCurated(
  proposals: readonly Proposal[],
  incidents: readonly IncidentFeature[],
  excluded: readonly CuratedExclusion[],
): Disagreement[] {
  const out: Disagreement[] = [];
  const used = new Set<string>();
  for (const f of incidents) {
    const c = f.properties;
    const cs = { start: c.excerpt_start ?? 0, end: c.excerpt_end ?? 0 };
    const p = [...proposals].sort((a, b) => overlap(span(b), cs) - overlap(span(a), cs))[0];
    if (!p || overlap(span(p), cs) === 0) {
      out.push({
        kind: 'missing',
        record: c.id,
        proposal: null,
        reason: `no proposal covers "${c.excerpt.slice(0, 60)}…"`,
      });
      continue;
    }
    used.add(p.id);
    const d = (kind: Disagreement['kind'], reason: string) =>
      out.push({ kind, record: c.id, proposal: p.id, reason });
    if (p.category !== c.category) d('category', `proposed ${p.category}, curated ${c.category}`);
    const curatedDate = `${c.date}${c.date_end ? `..${c.date_end}` : ''} (${c.date_precision})`;
    if (!p.date) d('date', `no date ("${p.date_basis ?? 'no phrase'}"); curated ${curatedDate}`);
    else if (p.date !== c.date || (p.date_end ?? null) !== (c.date_end ?? null)) {
      const off = daysApart(
        { date: p.date, date_end: p.date_end ?? null },
        { date: c.date, date_end: c.date_end ?? null },
      );
      d(
        'date',
        `proposed ${p.date}${p.date_end ? `..${p.date_end}` : ''} from "${p.date_basis}", curated ${curatedDate} (${off} d apart)`,
      );
    }
    const [lon, lat] = f.geometry.coordinates;
    if (p.lat === null || p.lon === null)
      d('place', `no place ("${p.place ?? 'none'}"); curated ${c.place}`);
    else {
      const km = haversineKm(p.lat, p.lon, lat, lon);
      if (km > Math.max(c.uncertainty_km ?? 0, 5))
        d(
          'place',
          `proposed ${p.resolved_place ?? p.place} is ${Math.round(km)} km from curated ${c.place}`,
        );
    }
    if ((p.fatalities ?? null) !== (c.fatalities ?? null))
      d('fatalities', `proposed ${p.fatalities ?? 'none'}, curated ${c.fatalities ?? 'none'}`);
    if (p.status === 'needs_review')
      d('review', `needs review: ${p.reasons.map((r) => r.code).join(', ')}`);
  }
  for (const p of proposals) {
    if (used.has(p.id)) continue;
    const ex = excluded.find(
      (e) => overlap(span(p), { start: e.excerpt_start, end: e.excerpt_end }) > 0,
    );
    out.push({
      kind: 'extra',
      record: ex?.id ?? null,
      proposal: p.id,
      reason: ex
        ? `curated as not an incident: ${ex.why}`
        : `no curated record for "${p.excerpt.slice(0, 60)}…"`,
    });
  }
  return out;
}
