// A lead that tells an incident and its place but no day, then a sentence right after it whose
// event noun points back with the day as its adjective ("At least two people have been killed in
// an explosion near a major Sufi shrine in the eastern Pakistani city of Lahore, reports say. |
// Details of the May 8 blast were not immediately available": a two-hundred-and-sixtieth-try
// page held the lead for no date and the pointer for no place). The two are one incident: the
// lead, dated by the pointer's phrase, its excerpt reaching over both. Pure.
import { POINTS_BACK_REVIEW } from './reviews.ts';
import type { Proposal } from './types.ts';

/** Place precisions fine enough for the lead to be settled once dated. */
const FINE = new Set(['point', 'town', 'county']);
/** "the May 8 blast", "Wednesday's attack": the date, then at most one word, then the noun. */
const NOUN_AFTER_DATE =
  /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:attacks?|assault|ambush|blast|bombing|explosion|strike|raid|clash(?:es)?|shelling)\b/i;
/** The article before "the May 8 blast" (a possessive date needs none). */
const THE_BEFORE = /\b(?:the|this|that)\s+$/i;

/**
 * The lead dated by `p`, the sentence right after it pointing back with its day ("the May 8
 * blast"), when the lead's only doubt is its missing day and its place is fine (see the file
 * comment); null otherwise.
 */
export function datedByPointer(text: string, lead: Proposal, p: Proposal): Proposal | null {
  if (lead.date !== null || lead.lat === null || !FINE.has(lead.place_precision ?? '')) return null;
  if (!lead.reasons.every((r) => r.code === 'no_date')) return null;
  if (p.date === null || p.date_precision !== 'day' || !p.date_span || p.lat !== null) return null;
  if (!p.reasons.every((r) => r.code === 'no_place' || POINTS_BACK_REVIEW.test(r.message)))
    return null;
  if (p.category !== lead.category || !/^\s*$/.test(text.slice(lead.excerpt_end, p.excerpt_start)))
    return null;
  const basis = text.slice(p.date_span.start, p.date_span.end);
  const possessive = /['’]s$/.test(basis) || /^['’]s/.test(text.slice(p.date_span.end));
  const before = text.slice(Math.max(0, p.date_span.start - 8), p.date_span.start);
  if (!NOUN_AFTER_DATE.test(text.slice(p.date_span.end, p.date_span.end + 40))) return null;
  if (!possessive && !THE_BEFORE.test(before)) return null;
  return {
    ...lead,
    status: 'proposed',
    reasons: [],
    date: p.date,
    ...(p.date_end ? { date_end: p.date_end } : {}),
    date_precision: p.date_precision,
    date_basis: p.date_basis,
    date_span: p.date_span,
    excerpt: text.slice(lead.excerpt_start, p.excerpt_end),
    excerpt_end: p.excerpt_end,
  };
}
