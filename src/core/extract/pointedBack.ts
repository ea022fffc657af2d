// A later sentence whose event noun points back ("The rebels fled after the attack on Sunday in
// the town of Saravan") is held for review, since its date and place may be a burial's or a
// statement's. When the noun itself carries the day and the place ("the attack on Sunday in X")
// and the incident it points back at has neither of its own (a lead dated only by its report,
// "said on Tuesday that 12 policemen have been killed … on the Pakistani border", placed at most
// at a country, border or province that holds X), the later sentence is where the text tells the
// incident's day and place: the two become one proposal, the later one, resting on both. A
// regression from a real Xinhua report. Pure.
import { REPORT_ONLY } from './dateEvent.ts';
import { datedByPointer } from './datedPointer.ts';
import { dropCount, inheritCount } from './mergeCount.ts';
import { POINTS_BACK_REVIEW } from './reviews.ts';
import type { Proposal } from './types.ts';

/** At most this many characters between the lead and the sentence pointing back at it. */
const NEAR_CHARS = 600;
/** A blank line: a headline, or another block of the page, lies beyond it. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** Reasons a lead may have and still be the one incident the later sentence places and dates. */
const LEAD_DOUBTS = new Set(['coarse_place', 'no_date', 'no_place']);
const COARSE = new Set(['country', 'border', 'province']);
const FINE = new Set(['point', 'town', 'county']);

/**
 * "the attack on Sunday", "the deadly ambush late on Friday", "the attack, which took place
 * Sunday" (a seventy-ninth-try page): the noun, right before its date.
 */
const NOUN_BEFORE_DATE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|assault|ambush|blast|bombing|explosion|strike|raid|clash(?:es)?|shelling)(?:,?\s+which\s+(?:occurred|took\s+place|happened))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** "in the town of", "at", "near the village of": the place after the date. */
const PLACE_AFTER_DATE =
  /^\s*,?\s*(?:in|at|near)\s+(?:the\s+(?:border\s+)?(?:town|city|village|district|area)\s+of\s+)?$/i;
/** Words that make the sentence another event's: a burial, a trial, a protest, a visit. */
const OTHER_EVENT =
  /\b(?:buried|burial|funerals?|mourn\w*|laid to rest|trial|court|sentenced|protest\w*|rall(?:y|ied)|visit\w*|condemn\w*|compensation|inquiry|investigation)\b/i;

/** The two letters of each country a border line runs between ("AF-NM/IR-SB", "IR-PK"). */
function lineCountries(id: string): string[] {
  return id.includes('/') ? id.split('/').map((s) => s.slice(0, 2)) : id.split('-');
}

/** True when the lead's coarse place (or none) holds the later proposal's place. */
function holds(lead: Proposal, p: Proposal): boolean {
  if (lead.lat === null) return true;
  if (!COARSE.has(lead.place_precision ?? '')) return false;
  if (lead.place_precision === 'border')
    return (
      lead.border_line !== undefined && lineCountries(lead.border_line).includes(p.country ?? '')
    );
  if (lead.country !== p.country) return false;
  return lead.place_precision === 'country' || lead.admin1 === p.admin1;
}

/** True when the proposal's event noun carries its own day and place ("the attack on Sunday in X"). */
function nounCarriesBoth(text: string, p: Proposal): boolean {
  if (!p.date_span || !p.place_span || p.date_span.end > p.place_span.start) return false;
  const before = text.slice(Math.max(p.excerpt_start, p.date_span.start - 60), p.date_span.start);
  const between = text.slice(p.date_span.end, p.place_span.start);
  if (!NOUN_BEFORE_DATE.test(before) || !PLACE_AFTER_DATE.test(between)) return false;
  return !OTHER_EVENT.test(text.slice(p.excerpt_start, p.excerpt_end));
}

/**
 * "the explosion at the Eidgah market in", "the blast in", "the attack at the shrine of Lal Shahbaz
 * Qalander situated in" (a two-hundred-and-twentieth-try page), "the attack in the provincial
 * capital, " (before "Khost city": a two-hundred-and-sixty-eighth-try page): the noun, then where
 * it happened.
 */
const NOUN_THEN_PLACE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|blast|bombing|explosion|strike|raid|clash(?:es)?|shelling)\s+(?:at|in|near|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?:in|at|near|of)\s+|(?:capital|city|town),\s+)?$/i;

/**
 * "the blast occurred around 10 a.m. in front of the governor's compound in the city of": the noun,
 * a verb saying it happened, then where (a real Ariana report's lead, placed at Khost province, had
 * been folded into this sentence, which stayed held for pointing back).
 */
const NOUN_HAPPENED_PLACE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|blast|bombing|explosion|strike|raid|clash(?:es)?|shelling)\s+(?:occurred|took\s+place|happened|went\s+off)\s+(?:[^;,]{0,40}?\s+)?(?:at|in|near|on|outside|in\s+front\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:in|at|near|of)\s+)?(?:the\s+(?:city|town|village)\s+of\s+)?$/i;

/**
 * True when `p`, the sentence right after `lead` (a paragraph break at most between), took its day
 * from the lead and places the lead's incident with its noun ("A bomb ripped through a crowded
 * bazaar in the tribal region on Sunday, killing 23. | The toll rose after the explosion at the
 * Eidgah market in Parachinar"): the lead dates itself, names no place finer than one holding
 * `p`'s, and nothing else lies between (a regression from a real AFP report, where the lead was
 * dropped and its place held for review).
 */
export function placesTheLead(text: string, lead: Proposal, p: Proposal): boolean {
  if (!p.place_span || !lead.date_span || !p.date_span) return false;
  if (p.date_span.start !== lead.date_span.start || p.date !== lead.date) return false;
  if (lead.date_span.start < lead.excerpt_start || lead.date_span.end > lead.excerpt_end)
    return false;
  if (!/^\s*$/.test(text.slice(lead.excerpt_end, p.excerpt_start))) return false;
  if (!lead.reasons.every((r) => r.code === 'no_place' || r.code === 'coarse_place')) return false;
  const upToPlace = text.slice(p.excerpt_start, p.place_span.start);
  const placed = NOUN_THEN_PLACE.test(upToPlace) || NOUN_HAPPENED_PLACE.test(upToPlace);
  if (!placed || OTHER_EVENT.test(upToPlace)) return false;
  return holds(lead, p);
}

/** True when `lead` has no day and no place of its own that `p` would contradict. */
function emptyLead(lead: Proposal, p: Proposal): boolean {
  if (!lead.reasons.every((r) => LEAD_DOUBTS.has(r.code) || REPORT_ONLY.test(r.message)))
    return false;
  const reportOnly = lead.reasons.some((r) => REPORT_ONLY.test(r.message));
  if (lead.date !== null && !(reportOnly && (p.date as string) <= lead.date)) return false;
  return holds(lead, p);
}

/**
 * The proposals just before `p` that tell its incident: those of its kind right before it, each
 * within `NEAR_CHARS` of the next and no other block between ("… have been killed in an ambush …, he said. "… 12 of them
 * were killed," he said. The rebels fled after the attack on Sunday in …"), or none when `p` is
 * not held only for pointing back, its noun does not carry its day and place, or one of them has
 * a day or a finer place of its own.
 */
function leadsOf(text: string, p: Proposal, before: Proposal[]): Proposal[] {
  if (p.date_precision !== 'day' || p.date === null || !FINE.has(p.place_precision ?? ''))
    return [];
  if (p.reasons.length !== 1 || !POINTS_BACK_REVIEW.test(p.reasons[0]?.message ?? '')) return [];
  const lead = before.at(-1);
  if (lead && lead.category === p.category && placesTheLead(text, lead, p)) return [lead];
  if (!nounCarriesBoth(text, p)) return [];
  const leads: Proposal[] = [];
  let next = p;
  for (let k = before.length - 1; k >= 0; k--) {
    const lead = before[k] as Proposal;
    const gap = text.slice(lead.excerpt_end, next.excerpt_start);
    // a paragraph break alone is no other block: wire copy sets each sentence as a paragraph
    const otherBlock = BLANK_LINE.test(gap) && /\S/.test(gap);
    if (lead.category !== p.category || gap.length > NEAR_CHARS || otherBlock) break;
    leads.unshift(lead);
    next = lead;
  }
  return leads.length > 0 && leads.every((l) => emptyLead(l, p)) ? leads : [];
}

/**
 * Merges each proposal held only because its event noun points back into the leads it points
 * back at, when they have no day and no finer place of their own (see the file comment): the
 * later proposal is kept, settled, its excerpt reaching back to the first lead's, and the leads
 * are dropped.
 */
export function answerPointedBack(text: string, list: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const p of list) {
    // "… in the city of Lahore, reports say. | Details of the May 8 blast …" (datedPointer.ts)
    const prev = out.at(-1);
    const dated = prev ? datedByPointer(text, prev, p) : null;
    if (dated) {
      out.splice(-1, 1, dated);
      continue;
    }
    const leads = leadsOf(text, p, out);
    const first = leads[0];
    if (!first) {
      out.push(p);
      continue;
    }
    const counted = leads.find((l) => l.fatalities !== undefined);
    const merged: Proposal = {
      ...p,
      status: 'proposed',
      reasons: [],
      excerpt: text.slice(first.excerpt_start, p.excerpt_end),
      excerpt_start: first.excerpt_start,
      actors: [...new Set([...leads.flatMap((l) => l.actors), ...p.actors])],
    };
    if (counted) {
      if (p.fatalities === undefined) inheritCount(merged, counted);
      // "killing 16 people", then "Nine police officers and seven civilians died in the bombing":
      // two counts of dead, left for the reviewer to add up as within one sentence (a
      // two-hundred-and-fifth-try page had shown 9)
      else if (counted.fatalities !== p.fatalities) dropCount(merged);
    }
    out.splice(out.length - leads.length, leads.length, merged);
  }
  return out;
}
