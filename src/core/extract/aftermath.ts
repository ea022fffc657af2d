// A sentence about what followed an incident ("Funeral prayers were held on Wednesday for seven
// police staff martyred in Tuesday's attack at the DIG police compound in Loralai") may take the
// incident's day and place from the words pointing back at it. When the article tells that
// incident on its own, with the same day and kind, at the same place or a finer one inside the
// aftermath's radius, the aftermath's proposal is a copy of it, not a second incident (a
// hundred-and-fiftieth-try page had drawn it twice). Pure.
import { haversineKm } from './distance.ts';
import type { Proposal } from './types.ts';

/** Words of a funeral or a burial (not "a mourning procession", which may be the scene). */
export const AFTERMATH = /\b(?:funerals?|buried|burials?|laid\s+to\s+rest)\b/i;

/**
 * True when the incident `own` tells is dated and of one kind with the aftermath `a`, and placed
 * within `a`'s place: the same place, or a finer one inside its radius ("at Clifton Block 4" for
 * a funeral of those killed "at the consulate in Karachi").
 */
function alike(own: Proposal, a: Proposal): boolean {
  if (own.date === null || own.date !== a.date || own.date_end !== a.date_end) return false;
  if (own.category !== a.category || own.lat === null || own.lon === null) return false;
  if (a.lat === null || a.lon === null) return false;
  const km = haversineKm(own.lat, own.lon, a.lat, a.lon);
  return own.resolved_place === a.resolved_place || km <= (a.uncertainty_km ?? 0);
}

/**
 * Drops each proposal whose excerpt tells an aftermath (`AFTERMATH`) when another proposal of the
 * article, telling none, is alike (`alike`) and as sure (proposed, unless both are held): the
 * incident is kept once, from its own sentence.
 */
export function dropAftermath(list: Proposal[]): Proposal[] {
  const own = list.filter((p) => !AFTERMATH.test(p.excerpt));
  const surer = (o: Proposal, p: Proposal) => o.status === 'proposed' || p.status !== 'proposed';
  return list.filter(
    (p) => !AFTERMATH.test(p.excerpt) || !own.some((o) => alike(o, p) && surer(o, p)),
  );
}
