// "Seven police personnel were killed in a Taliban attack in Farah province on Sunday evening. /
// The governor said militants on Sunday night attacked check posts in the outskirts of Farah
// City.": the lead, placed only at a province or country, is folded into the detail that says
// where (repeats.ts). The incident rests on both sentences: the detail's excerpt starts at the
// lead's, and the lead's count of dead is kept when the detail gives none. Pure.
import { inheritCount } from './mergeCount.ts';
import { coarse } from './repeats.ts';
import { SEVERAL_TARGETS } from './storyTime.ts';
import type { Proposal } from './types.ts';

/** At most this many characters between a folded lead and its detail. */
const NEAR_CHARS = 300;

/**
 * For each proposal of `before` that folding dropped from `after` and that is a dated lead at a
 * coarse place (`coarse`, repeats.ts) telling one incident (see the file comment), the next
 * proposal of `before`, kept, finer, of the same kind and day and within `NEAR_CHARS`, takes the
 * lead's sentence into its excerpt; so does a later one dated by the lead's own date phrase. `text`
 * is the article.
 */
export function leadIntoDetail(text: string, before: Proposal[], after: Proposal[]): Proposal[] {
  const kept = new Set(after);
  const grown = new Map<Proposal, Proposal>();
  before.forEach((lead, i) => {
    if (kept.has(lead)) return;
    // the next proposal, or a later one dated by the lead's own phrase ("The Hazara killing took
    // place …" after "Later in the day, a bomb …": a hundred-and-thirty-second-try page)
    const borrower = before.slice(i + 1).find((d) => d.date_span && inside(d.date_span, lead));
    const detail = borrower ?? before[i + 1];
    if (!detail || !kept.has(detail) || grown.has(detail)) return;
    const first = !before.slice(0, i).some((o) => o.category === lead.category && o.date);
    if (lead.date === null ? !(first && undatedLead(lead, detail)) : lead.date !== detail.date)
      return;
    if (lead.date_end !== detail.date_end) return;
    // (a lead at a district folds only into its one detail there: repeats.ts `leadOfDetail`)
    const summary = coarse(lead) || lead.place_precision === 'county' || lead.date === null;
    if (lead.category !== detail.category || coarse(detail) || !summary) return;
    // a lead that sums up several ("attacked two police posts in Balochistan") is no one detail's
    if (SEVERAL_TARGETS.test(lead.excerpt)) return;
    const gap = detail.excerpt_start - lead.excerpt_end;
    if (gap < 0 || gap > NEAR_CHARS) return;
    const out: Proposal = {
      ...detail,
      excerpt_start: lead.excerpt_start,
      excerpt: text.slice(lead.excerpt_start, detail.excerpt_end),
    };
    inheritCount(out, lead);
    grown.set(detail, out);
  });
  return after.map((p) => grown.get(p) ?? p);
}

/**
 * An undated lead folded into the dated detail right after it ("A suicide bomber has slammed an
 * explosives-laden car into a police headquarters in east Afghanistan, killing three people" then
 * "… said the attack took place … in the provincial capital, Jalalabad on Saturday": a
 * two-hundred-and-sixty-eighth-try page, whose proposal had lost the lead's sentence and count):
 * placed nowhere, at a country or province, or only in doubt between places. Only before any dated
 * incident of its kind: a later undated sentence was folded into one before it ("The police van
 * was completely destroyed …" is not the next sentence's "About a month ago").
 */
function undatedLead(lead: Proposal, detail: Proposal): boolean {
  if (detail.date === null || !detail.date_span || detail.date_span.start < detail.excerpt_start)
    return false;
  // … or at the detail's own place ("… a drive-by shooting attack on a market in the … city of
  // Izeh." then "Armed assailants … on Wednesday opened fire … in Izeh's central market": a
  // two-hundred-and-seventy-sixth-try page)
  return (
    lead.lat === null ||
    coarse(lead) ||
    lead.reasons.some((r) => r.code === 'several_places') ||
    (lead.resolved_place !== undefined && lead.resolved_place === detail.resolved_place)
  );
}

/** True when `span` lies in `p`'s excerpt. */
function inside(span: { start: number; end: number }, p: Proposal): boolean {
  return span.start >= p.excerpt_start && span.end <= p.excerpt_end;
}
