// One incident dated twice a day apart: "Iran's young scientist who was shot dead in Tehran last
// evening" in a page stamped Monday, then "was gunned down Saturday afternoon in … Tehran" (a
// two-hundred-and-twenty-seventh-try page, proposed twice, the lead a day late). A word counted
// from the report ("last evening", "yesterday") counts from when the text was written, which may
// be a day before its stamp; so two proposals of one kind at one place, told one right after the
// other and a day apart, one of them dated by such a word, both go to review naming the other's
// day. Pure.
import { isoToDay } from '../days.ts';
import { heldFor } from './heldFor.ts';
import type { Proposal } from './types.ts';

/** Date words counted from the report's day. */
const FROM_REPORT =
  /\b(?:yesterday|today|tonight|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b/i;
/** At most this many characters between the two excerpts: the next sentence or paragraph. */
const NEXT_CHARS = 40;

/** True when `a` and `b` may be one incident dated a day apart (see the file comment). */
function dayApart(text: string, a: Proposal, b: Proposal): boolean {
  if (a.category !== b.category || !a.date || !b.date || a.date_end || b.date_end) return false;
  if (a.date_precision !== 'day' || b.date_precision !== 'day') return false;
  if (a.resolved_place === null || a.resolved_place !== b.resolved_place) return false;
  if (Math.abs(isoToDay(a.date) - isoToDay(b.date)) !== 1) return false;
  if (text.slice(a.excerpt_end, b.excerpt_start).length > NEXT_CHARS) return false;
  return FROM_REPORT.test(a.date_basis ?? '') !== FROM_REPORT.test(b.date_basis ?? '');
}

/** `p` held for review: the proposal `other`, told next to it, may be its incident on another day. */
function held(p: Proposal, other: Proposal): Proposal {
  return heldFor(p, {
    code: 'several_dates',
    message: `the sentence next to it may tell the same incident, dated ${other.date} ("${other.date_basis}"), a day apart: a word counted from the report ("last evening", "yesterday") may count from the day before the page's date`,
  });
}

/** `list` with each pair of neighbours dated a day apart held for review (see the file comment). */
export function flagDayApart(text: string, list: Proposal[]): Proposal[] {
  const out = [...list];
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i] as Proposal;
    const b = list[i + 1] as Proposal;
    if (!dayApart(text, a, b)) continue;
    out[i] = held(out[i] as Proposal, b);
    out[i + 1] = held(out[i + 1] as Proposal, a);
  }
  return out;
}
