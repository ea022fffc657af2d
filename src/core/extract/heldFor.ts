// A settled or held proposal sent to review for one more reason, keeping its others. Pure.
import type { Proposal, Review } from './types.ts';

/** `p` held for review for `review`, besides the reasons it already has. */
export function heldFor(p: Proposal, review: Review): Proposal {
  return { ...p, status: 'needs_review', reasons: [...p.reasons, review] };
}
