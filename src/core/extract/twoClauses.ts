// One sentence, two incidents in two clauses: "Ten civilians were killed when rebels fired rockets
// at a base in eastern Afghanistan on Friday, and an Afghan soldier died in a suicide bombing
// outside the Kabul airport". The finest place, Kabul, is the second clause's; the first
// clause's incident lies elsewhere in the country (a seventy-third-try page: one proposal, at
// Kabul, 164 km from the Kunar base). When the event's place lies after ", and" (or ";") that
// opens a clause with an event word of its own, while the clause before has its own event word and
// a place of its own, the proposal goes to review naming both. Pure.
import { findTriggers } from './events.ts';
import type { Segment } from './segments.ts';
import type { Review } from './types.ts';

/** Where a second clause opens: ", and", ", while", "; ". */
const CLAUSE_BREAK = /,\s+(?:and|while|whereas|as)\s+|;\s+/g;

/**
 * Sends to review a segment whose event place lies in a second clause that tells an event of its
 * own, while the first clause tells one with a place of its own (see the file comment).
 */
export function twoClauses(text: string, segments: Segment[]): Segment[] {
  return segments.map((seg) => {
    const ev = seg.places.event;
    if (!ev?.resolved || ev.carried) return seg;
    const start = seg.span.start;
    const breaks = [...text.slice(start, ev.span.start).matchAll(CLAUSE_BREAK)];
    const cut = breaks.at(-1);
    if (!cut) return seg;
    const at = start + cut.index;
    const after = at + cut[0].length;
    const first = seg.places.mentions.find(
      (m) => m.role === 'place' && m.resolved && m.span.end <= at && m !== ev,
    );
    if (!first) return seg;
    const told = (from: number, to: number) =>
      findTriggers(text, { start: from, end: to }).some((t) => t.category !== 'statement');
    if (!told(start, at) || !told(after, ev.span.start)) return seg;
    const review: Review = {
      code: 'several_places',
      message: `the sentence tells two events: '${ev.text}' is the place of the one after "${cut[0].trim()}", '${first.text}' of the one before; check which this is`,
    };
    return { ...seg, places: { ...seg.places, reviews: [...seg.places.reviews, review] } };
  });
}
