// The extractor's date reader: every date phrase of a sentence, resolved, and the one its event
// happened on. Never resolves against today: the reference is the publication date, else the
// dateline's date, else none (then only phrases with their own year resolve; the rest get
// `no_date_anchor`). The rules are documented in the README ("Extracting incidents from an article", "Dates").
import { isoToDay } from '../days.ts';
import type { ResolvedDate } from '../dateRules.ts';
import { casualFromReport } from './casualFromReport.ts';
import { pastReport } from './dateSteps.ts';
import { cameAfterClause, dateBesideClause, dateOfPlaceClause, inPlacePast } from './dateClause.ts';
import { chooseEvent, restatedRoles, roleOf, tieOf, VERB, type RoledMention } from './dateEvent.ts';
import { findTriggers } from './events.ts';
import { reportDayIsEventDay } from './reportDay.ts';
import { findDatePhrases, type DateCore, type DatePhrase } from './datePhrases.ts';
import {
  finish,
  readOwn,
  readRelative,
  readStretch,
  type Reading,
  type Reference,
} from './dateResolve.ts';
import type { ArticleContext, DateMention, DateReader, Span } from './types.ts';

/**
 * A dated dateline up to this many days before publication is when the text was written ("QUETTA,
 * March 3 -" in a paper of March 4): "on Monday" counts from it, not from the paper's day.
 */
export const FILED_BEFORE_DAYS = 7;

/**
 * The day relative phrases count from: the dateline's date when it is up to a week before
 * publication (the report was filed then), else publication, else the dateline's date, else none.
 */
export function referenceOf(ctx: ArticleContext): Reference | null {
  const filed = ctx.dateline?.date ?? null;
  if (
    ctx.published &&
    filed &&
    filed < ctx.published &&
    isoToDay(ctx.published) - isoToDay(filed) <= FILED_BEFORE_DAYS
  ) {
    return { day: isoToDay(filed), basis: 'dateline' };
  }
  if (ctx.published) return { day: isoToDay(ctx.published), basis: 'publication' };
  if (ctx.dateline?.date) return { day: isoToDay(ctx.dateline.date), basis: 'dateline' };
  return null;
}

function asResolved(m: DateMention | null | undefined): ResolvedDate | null {
  if (!m?.date || !m.precision) return null;
  return m.date_end
    ? { date: m.date, date_end: m.date_end, precision: m.precision }
    : { date: m.date, precision: m.precision };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

type Relative = Extract<DateCore, { kind: 'relative' }>;
/** How many dates either side a step may count from (a sentence rarely holds more). */
const NEARBY = 8;

interface Slot {
  phrase: DatePhrase;
  text: string;
  role: RoledMention['role'];
  mention: DateMention | null;
  background: boolean;
  tie: RoledMention['tie'];
}

/** Between "a day before" and a date ("on Monday"): the event it names ("the attack"). */
const NAMED_EVENT_DATE =
  /^\s+(?:the|a|an|this|that|last)\s+[\p{L}\s'’-]{1,40}?(?:\s+(?:on|of))?\s+$/u;

/**
 * What a step from another event counts from, and in which direction:
 * - "It comes a day after X" places X before the event "It" refers to: the nearest earlier date
 *   in the sentence, else the previous incident, minus the step;
 * - "a day before the attack on Monday": the date right after the event named is that event's,
 *   and the step counts from it;
 * - "two days after X" in a sentence that dates its own event elsewhere dates X (a qualifier):
 *   that date minus the step; with only a report's date ("said on Sunday, two days after X"),
 *   that date minus the step;
 * - otherwise ("two days later", "the next day", "a day after X" alone) the nearest earlier date
 *   in the sentence, else the previous incident, plus the step.
 */
function anchorFor(
  text: string,
  slots: Slot[],
  i: number,
  core: Relative,
  previous: ResolvedDate | null,
): { anchor: ResolvedDate | null; direction: 1 | -1; background: boolean } {
  const own = (s: Slot) => s.phrase.core.kind !== 'relative';
  const earlier = slots.slice(Math.max(0, i - NEARBY), i).reverse();
  if (core.describesAnchor) {
    const near = earlier.find(own);
    return { anchor: near ? asResolved(near.mention) : previous, direction: -1, background: false };
  }
  if (core.named) {
    const dated = (s: Slot) => own(s) && !s.background && s.role !== 'report' && !!s.mention?.date;
    const later = slots.slice(i + 1, i + 1 + NEARBY);
    // "a day prior to the killings on Monday, the ministry announced": the date right after the
    // event named is that event's, and this one is the step from it (a regression from a real
    // report, proposed on the Monday)
    const next = later[0];
    const between = next
      ? text.slice((slots[i] as Slot).phrase.span.end, next.phrase.span.start)
      : '';
    if (next && own(next) && next.mention?.date && NAMED_EVENT_DATE.test(between)) {
      next.background = true;
      return { anchor: asResolved(next.mention), direction: 1, background: false };
    }
    // "…, the minister said on Sunday, two days after the kidnappers handed them over": with no
    // event date in the sentence, the step counts back from the report's
    const reported = (s: Slot) =>
      own(s) && !s.background && s.role === 'report' && !!s.mention?.date;
    const other =
      earlier.find(dated) ?? later.find(dated) ?? earlier.find(reported) ?? later.find(reported);
    if (other) return { anchor: asResolved(other.mention), direction: -1, background: true };
    return { anchor: previous, direction: 1, background: false };
  }
  const near = earlier[0];
  return { anchor: near ? asResolved(near.mention) : previous, direction: 1, background: false };
}

/**
 * The stretch of a sentence that tells the incident whose date was told from follow-ups: from the
 * incident word nearest before its date (or the date, when the word follows it) to the next verb
 * after the date ("…who abducted guards on Thursday in Jakigour | and took them across"), else
 * the sentence's end.
 */
function incidentStretch(text: string, sentence: Span, date: Span, incidents: Span[]): Span {
  const before = incidents.filter((t) => t.end <= date.start).at(-1);
  const start = Math.min(before?.start ?? date.start, date.start);
  const after = text.slice(date.end, sentence.end);
  const verb = VERB.exec(after);
  return { start, end: verb ? date.end + verb.index : sentence.end };
}

/** An "after …" phrase open before a word: "reopened on Saturday after days of closure following ". */
const AFTER_PHRASE = /\b(?:after|following|in the wake of|amid)\b[^,;.:!?]*$/i;
/** A verb that ends or continues a state, days after what began it: "reopened", "remained closed". */
const LATER_STATE =
  /\b(?:re-?open(?:ed|s|ing)?|resum(?:ed|es|ing)|remain(?:ed|s)|stayed|lifted|ended|restored|eased|returned to normal)\b/i;
/** A stretch of time in an "after" phrase: "after five days of closure", "following weeks of". */
const STRETCH =
  /\b(?:after|following)\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s+(?:days?|nights?|weeks?|months?)\s+of\b/i;

/**
 * True when every incident word of the sentence stands in an "after …" phrase and the date's verb
 * ends or continues a state, or the phrase counts a stretch of time: "the border reopened on
 * Saturday after five days of closure following clashes" dates the reopening, not the clashes,
 * which came days before (a regression from a real NewsToday report, proposed on the reopening's
 * day, six days after the clash). "Shut the crossing on Wednesday after the forces exchanged
 * fire" is left alone: a closure follows its clash the same day.
 */
function datesWhatFollowed(text: string, sentence: Span, date: Span, incidents: Span[]): boolean {
  if (incidents.length === 0) return false;
  const inAfter = incidents.every((t) =>
    AFTER_PHRASE.test(text.slice(Math.max(sentence.start, t.start - 80), t.start)),
  );
  if (!inAfter) return false;
  const whole = text.slice(sentence.start, sentence.end);
  return LATER_STATE.test(text.slice(sentence.start, date.start)) || STRETCH.test(whole);
}

/** True when a step back ("a day earlier") counts from an event on another day than the report's. */
function otherDay(previous: ResolvedDate, reportDay: number, phrase: string): boolean {
  // "hours earlier" stays on the event's day, whichever it counts from
  if (/\b(?:hours?|minutes?)\b/i.test(phrase)) return false;
  return /\b(?:earlier|before)\b/i.test(phrase) && isoToDay(previous.date) !== reportDay;
}

/**
 * Reads the dates of one sentence (`sentence` indexes `ctx.text`). Mentions are in text order
 * with spans into `ctx.text`; phrases inside the dateline are left out (the dateline is when the
 * report was filed, never the event). `event` is the event's date, or null when the sentence
 * names none (the caller decides what an undated sentence means); an event whose phrase does not
 * resolve is returned with `date: null` and its reasons. `reviews` are the event's reasons.
 */
export const readSentenceDates: DateReader = (ctx, sentence) => {
  const ref = referenceOf(ctx);
  const previous = asResolved(ctx.previousEvent);
  const dateline = ctx.dateline?.span;
  const phrases = findDatePhrases(ctx.text, sentence.start, sentence.end).filter(
    (p) => !dateline || !overlaps(p.span, dateline),
  );
  const incidents = findTriggers(ctx.text, sentence, dateline ?? null)
    .filter((t) => t.category !== 'statement')
    .map((t) => t.span);
  const slots: Slot[] = phrases.map((phrase, i) => {
    const lo = i > 0 ? (phrases[i - 1] as DatePhrase).span.end : sentence.start;
    const hi = i + 1 < phrases.length ? (phrases[i + 1] as DatePhrase).span.start : sentence.end;
    return {
      phrase,
      text: ctx.text.slice(phrase.span.start, phrase.span.end),
      role: roleOf(ctx.text, phrase.span, lo, hi),
      mention: null,
      background: phrase.background,
      tie: tieOf(ctx.text, phrase.span, lo, hi, incidents),
    };
  });
  restatedRoles(ctx.text, slots);
  for (const s of slots) {
    if (s.phrase.core.kind !== 'relative') {
      const reading = s.phrase.until
        ? readStretch(s.text, s.phrase, ref)
        : readOwn(s.text, s.phrase.core, ref, s.phrase.hedged);
      s.mention = finish(s.phrase, s.text, reading, ref);
    }
  }
  for (const [i, reading] of casualFromReport(slots, ref)) {
    const s = slots[i] as Slot;
    s.mention = finish(s.phrase, s.text, reading, ref);
  }
  slots.forEach((s, i) => {
    const core = s.phrase.core;
    if (core.kind !== 'relative') return;
    const { anchor, direction, background } = anchorFor(ctx.text, slots, i, core, previous);
    const reading: Reading = pastReport(readRelative(s.text, core, anchor, direction), s.text, ref);
    if (anchor && anchor === previous && ref && otherDay(previous, ref.day, s.text)) {
      // "A day earlier, …" after "the ministry said on Friday … attacked late on Thursday": it
      // may count from Thursday's event or from the report's Friday (a regression from a real
      // Pajhwok report, where the event before was a day off the one meant)
      reading.reviews.push({
        code: 'other',
        message: `"${s.text}" may count from the event told before it (${previous.date}) or from the day of the report; check which`,
      });
    }
    if (!anchor && !ref) {
      // the earlier event is there ("on Monday … earlier that morning") but undated itself
      reading.reviews = reading.reviews.map((r) =>
        r.code === 'no_date_anchor'
          ? {
              ...r,
              message: `"${s.text}" counts from an earlier event, and the article has no publication date or dated dateline to date that one either.`,
            }
          : r,
      );
    }
    s.mention = finish(s.phrase, s.text, reading, ref);
    if (core.describesAnchor) s.mention.datesAnchor = true;
    s.background ||= background;
  });
  // "… the valley that was overrun … in 2007": the place's past (dateClause.ts)
  const roled = slots
    .filter((s) => !inPlacePast(ctx.text, sentence, s.phrase.span.start))
    .map((s) => {
      const mention = s.mention as DateMention;
      mention.role = s.role === 'report' ? 'report' : s.background ? 'qualifier' : 'event';
      return { mention, role: s.role, background: s.background, tie: s.tie };
    });
  // "The attack came after calls …, starting on Tuesday": the calls' day (dateClause.ts)
  const after = cameAfterClause(ctx.text, sentence) ?? Infinity;
  const chosen = chooseEvent(roled.filter((r) => r.mention.span.start < after));
  const { event, tied } = chosen;
  const mentions = roled.map((r) => r.mention);
  // "… were killed when militants attacked X, officials said on Monday": that day's news
  const reviews =
    event &&
    chosen.reported &&
    mentions.length === 1 &&
    reportDayIsEventDay(ctx.text, sentence, event, incidents, ref, dateline ?? null)
      ? chosen.reviews.filter((r) => r !== chosen.reported)
      : chosen.reviews;
  const eventTie = slots.find((s) => s.mention === event)?.tie;
  if (
    event &&
    eventTie === 'other' &&
    datesWhatFollowed(ctx.text, sentence, event.span, incidents)
  ) {
    reviews.push({
      code: 'other',
      message: `"${event.text}" dates what followed the incident (the incident is told only after "after" or "following"); the incident itself came earlier`,
    });
  }
  const clause = event && dateOfPlaceClause(ctx.text, sentence, event.span, incidents);
  if (clause) {
    reviews.push({
      code: 'other',
      message: `"${event.text}" dates what the clause "${clause} …" tells, not necessarily this incident`,
    });
  }
  const others = mentions.filter((m) => m !== event && m.date !== event?.date).map((m) => m.span);
  const beside = event && !clause && dateBesideClause(ctx.text, sentence, event.span, others);
  if (beside) {
    reviews.push({
      code: 'several_dates',
      message: `"${event.text}" dates what the clause "${beside} …" tells; the sentence gives another date before it, which may be this incident's`,
    });
  }
  if (!tied || !event) return { mentions, event, reviews };
  return {
    mentions,
    event,
    reviews,
    incident: incidentStretch(ctx.text, sentence, event.span, incidents),
  };
};
