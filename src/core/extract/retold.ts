// A sentence right after an incident that retells only when it happened ("The conflict took place
// on Friday at the border") is no incident of its own, but a second word on the incident's date:
// when the two disagree, the proposal goes to review. A regression from a real East Coast Daily
// report: "killed in a clash … two days ago" was proposed a day after the Friday the next
// sentence gave. When the proposal's only date was its report's, an earlier day in the
// retelling is the incident's and replaces it. An "overnight" range is narrowed to the day a
// retelling says the fighting began (`narrowOvernight`).
import { REPORT_ONLY } from './dateEvent.ts';
import { isoToDay } from '../days.ts';
import { heldFor } from './heldFor.ts';
import { articleSentences } from './segments.ts';
import type { ArticleContext, DateReader, Proposal, Span } from './types.ts';

/** "The conflict took place", "This attack occurred", "The deadly clash erupted". */
const RETELL =
  /^["“‘']?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:conflict|clash(?:es)?|attack|incident|fighting|firing|skirmish(?:es)?|blast|explosion|ambush|assault|shooting|bombing|exchange of fire)\s+(?:took place|occurred|happened|erupted|broke out|came|began|started)\b/i;

const range = (date: string, end: string | null | undefined): [number, number] => [
  isoToDay(date),
  isoToDay(end ?? date),
];

/**
 * Sends to review each dated proposal whose next sentence retells the incident (`RETELL`) with a
 * date that does not overlap the proposal's, naming both; a retelling that agrees, or has no
 * date, changes nothing.
 */
export function flagRetoldDates(
  ctx: Omit<ArticleContext, 'previousEvent'>,
  dates: DateReader,
  list: Proposal[],
): Proposal[] {
  if (list.length === 0) return list;
  const sentences: Span[] = articleSentences(ctx.text, ctx.dateline);
  return list.map((p) => {
    if (p.date === null) return p;
    const next = sentences.find((s) => s.start >= p.excerpt_end);
    if (!next || !RETELL.test(ctx.text.slice(next.start, next.end))) return p;
    const told = dates({ ...ctx, previousEvent: null }, next).event;
    if (!told?.date) return p;
    const [a, b] = range(p.date, p.date_end);
    const [c, d] = range(told.date, told.date_end);
    if (c <= b && a <= d) return p;
    // "…, a rights group reported on Tuesday. The incident took place on September 8 …": the
    // proposal had only the report's day; the retelling's earlier day is the incident's
    const reportOnly = p.reasons.filter((r) => REPORT_ONLY.test(r.message));
    if (reportOnly.length > 0 && d <= a && told.reviews.length === 0 && told.role !== 'report') {
      const reasons = p.reasons.filter((r) => !reportOnly.includes(r));
      const out: Proposal = {
        ...p,
        status: reasons.length === 0 ? 'proposed' : 'needs_review',
        reasons,
        date: told.date,
        date_precision: told.precision,
        date_basis: told.text,
        date_span: told.span,
        excerpt: ctx.text.slice(p.excerpt_start, next.end),
        excerpt_end: next.end,
      };
      if (told.date_end) out.date_end = told.date_end;
      else delete out.date_end;
      return out;
    }
    return heldFor(p, {
      code: 'several_dates',
      message: `the next sentence retells this incident on "${told.text}" (${told.date}), not on ${p.date}; check which date is right`,
    });
  });
}

/** How many sentences after an incident a retelling of its start may stand. */
const START_REACH = 3;

/**
 * "Militants attacked security bases … overnight, officials said on Thursday. … The fighting
 * began at about 10 p.m. on Wednesday": each proposal dated by a two-day night ("overnight",
 * "on the night of …") takes the one day of that night that a retelling (`RETELL`) within the
 * next `START_REACH` sentences gives; the retelling's phrase becomes its date phrase. A day
 * outside the night changes nothing here (`flagRetoldDates` sends it to review).
 */
export function narrowOvernight(
  ctx: Omit<ArticleContext, 'previousEvent'>,
  dates: DateReader,
  list: Proposal[],
): Proposal[] {
  const night = list.filter(
    (p) =>
      p.date !== null &&
      p.date_end !== undefined &&
      isoToDay(p.date_end) - isoToDay(p.date) === 1 &&
      /\b(?:overnight|night)\b/i.test(p.date_basis ?? ''),
  );
  if (night.length === 0) return list;
  const sentences: Span[] = articleSentences(ctx.text, ctx.dateline);
  return list.map((p) => {
    if (!night.includes(p)) return p;
    const after = sentences.filter((s) => s.start >= p.excerpt_end).slice(0, START_REACH);
    for (const s of after) {
      if (!RETELL.test(ctx.text.slice(s.start, s.end))) continue;
      const told = dates({ ...ctx, previousEvent: null }, s).event;
      if (!told?.date || told.date_end || told.reviews.length > 0 || told.role === 'report') {
        continue;
      }
      const [a, b] = range(p.date as string, p.date_end);
      const day = isoToDay(told.date);
      if (day < a || day > b) continue;
      const out: Proposal = {
        ...p,
        date: told.date,
        date_precision: told.precision,
        date_basis: told.text,
        date_span: told.span,
      };
      delete out.date_end;
      return out;
    }
    return p;
  });
}
