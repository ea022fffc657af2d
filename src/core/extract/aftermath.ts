// A sentence about what followed an incident ("Funeral prayers were held on Wednesday for seven
// police staff martyred in Tuesday's attack at the DIG police compound in Loralai") may take the
// incident's day and place from the words pointing back at it. When the article tells that
// incident on its own, with the same day, place and kind, the aftermath's proposal is a copy of
// it, not a second incident (a hundred-and-fiftieth-try page had drawn it twice). Pure.
import type { Proposal } from './types.ts';

/** Words of a funeral or a burial (not "a mourning procession", which may be the scene). */
const AFTERMATH = /\b(?:funerals?|buried|burials?|laid\s+to\s+rest)\b/i;

/** True when `a` and `b` are dated, placed and of one kind alike. */
function alike(a: Proposal, b: Proposal): boolean {
  return (
    a.date !== null &&
    a.date === b.date &&
    a.date_end === b.date_end &&
    a.lat !== null &&
    a.resolved_place === b.resolved_place &&
    a.place_precision === b.place_precision &&
    a.category === b.category
  );
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
