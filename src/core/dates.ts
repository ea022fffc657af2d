// Date resolution: turns a date phrase as an article writes it ("On October 16", "a day after",
// "nearly 10 days ago") into an ISO date with an explicit precision. chrono-node parses; these
// rules decide what chrono cannot know; the calendar rules live in dateRules.ts, shared with the
// article extractor (src/core/extract/), which finds phrases itself and resolves them alike:
// - the reference is the publication date, and a phrase means the latest matching day on or
//   before it ("October 16" in a 2018-11-20 article is 2018-10-16; "on Monday" in an article
//   published on a Monday is that day; "in March" is the latest March that has begun);
// - a month or year is one date of that precision (first day, `date_end` last day), never a day;
// - "N days ago" is the reference minus N days; weeks, months and years ago are `approximate`;
// - hedges ("nearly", "about", "mid-") make the date `approximate`;
// - relative phrases ("a day after", "a week later", "immediately") resolve against the anchor
//   incident they name, never against the publication date, and inherit its approximation;
// - a date after the publication date is an error.
import * as chrono from 'chrono-node';
import { dayToIso, isoToDay } from './days.ts';
import {
  agoDate,
  isAfter,
  latestMonthDayOnOrBefore,
  latestMonthYear,
  latestWeekdayOnOrBefore,
  monthDate,
  parseAgo,
  shiftDate,
  type ResolvedDate,
} from './dateRules.ts';

export type { ResolvedDate };

/** What a phrase is resolved against. */
export interface DateContext {
  /** Publication date of the article (ISO). */
  published: string;
  /** Resolved date of the incident a relative phrase names. */
  anchor?: ResolvedDate;
  /**
   * True when the phrase places the anchor relative to this incident rather than this incident
   * relative to the anchor: in "[the Pakistani strike] comes a day after [Iran's strike]", Iran's
   * strike is anchored to the Pakistani one and lies a day *before* it.
   */
  phraseDescribesAnchor?: boolean;
  /** Resolved date of an incident this one happened before; turns the result into a range. */
  before?: ResolvedDate;
}

/** A date phrase that cannot be resolved; `fix` tells the curator what to do. */
export class DatePhraseError extends Error {
  /** How to fix the record. */
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'DatePhraseError';
    this.fix = fix;
  }
}

const HEDGE =
  /\b(nearly|about|around|approximately|roughly|almost|some|more than|less than|just over|just under)\b|\bmid-/i;
const IMMEDIATE = /^(immediately|at once|right away|straight away|soon after)$/i;
const ANCHOR_RELATIVE = /\b(after|later|before|earlier|following|next|previous|prior)\b/i;
const AGO = /\bago\b/i;

/** True when the phrase hedges its date ("nearly", "about", "mid-"). */
export function isHedged(phrase: string): boolean {
  return HEDGE.test(phrase);
}

/** True when the phrase is relative to another incident ("a day after", "immediately"). */
export function needsAnchor(phrase: string): boolean {
  const p = phrase.trim();
  return IMMEDIATE.test(p) || (ANCHOR_RELATIVE.test(p) && !AGO.test(p));
}

function noon(iso: string): Date {
  return new Date(isoToDay(iso) * 86_400_000 + 43_200_000);
}

function parseOne(phrase: string, reference: string): chrono.ParsedResult {
  const cleaned = phrase.replace(/\bmid-/gi, '').trim();
  const results = chrono.en.parse(cleaned, { instant: noon(reference), timezone: 0 });
  const first = results[0];
  if (!first || results.length > 1) {
    throw new DatePhraseError(
      results.length > 1
        ? `date phrase "${phrase}" holds more than one date`
        : `date phrase "${phrase}" is not a date chrono can read`,
      'give the shortest phrase that names one date, copied from the quote (e.g. "On October 16")',
    );
  }
  return first;
}

function dayOf(c: chrono.ParsedComponents): number {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) throw new Error('chrono returned an incomplete date');
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Latest day on or before `refDay` matching what chrono knew for certain. */
function latestOnOrBefore(c: chrono.ParsedComponents, refDay: number): number {
  if (!c.isCertain('day') && c.isCertain('weekday')) {
    return latestWeekdayOnOrBefore(c.get('weekday') as number, refDay);
  }
  if (c.isCertain('month') && c.isCertain('day') && !c.isCertain('year')) {
    const day = latestMonthDayOnOrBefore(c.get('month') as number, c.get('day') as number, refDay);
    if (day !== null) return day;
  }
  return dayOf(c);
}

function resolveRelative(phrase: string, ctx: DateContext): ResolvedDate {
  const anchor = ctx.anchor;
  if (!anchor) {
    throw new DatePhraseError(
      `date phrase "${phrase}" is relative to another event but the record names none`,
      'add `date_anchor: <id of the incident the phrase refers to>`',
    );
  }
  let offset = 0;
  if (!IMMEDIATE.test(phrase.trim())) {
    const parsed = parseOne(phrase, anchor.date);
    offset = dayOf(parsed.start) - isoToDay(anchor.date);
    if (offset === 0) {
      throw new DatePhraseError(
        `date phrase "${phrase}" does not move away from its anchor`,
        'use a phrase with a distance ("a day after", "a week later")',
      );
    }
  }
  return shiftDate(anchor, ctx.phraseDescribesAnchor ? -offset : offset);
}

function resolveAbsolute(phrase: string, published: string): ResolvedDate {
  const refDay = isoToDay(published);
  const ago = parseAgo(phrase);
  if (ago) return agoDate(refDay, ago.amount, ago.unit, isHedged(phrase));
  const c = parseOne(phrase, published).start;
  if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('month')) {
    const m = c.get('month') as number;
    const y = c.isCertain('year') ? (c.get('year') as number) : latestMonthYear(m, refDay);
    return monthDate(y, m);
  }
  return { date: dayToIso(latestOnOrBefore(c, refDay)), precision: 'day' };
}

/**
 * Resolves a date phrase as the text writes it. Throws `DatePhraseError` (with a fix) when the
 * phrase cannot be read, needs an anchor it lacks, or lands after the publication date.
 */
export function resolveDatePhrase(phrase: string, ctx: DateContext): ResolvedDate {
  let out = needsAnchor(phrase)
    ? resolveRelative(phrase, ctx)
    : resolveAbsolute(phrase, ctx.published);
  if (isHedged(phrase) && out.precision === 'day') out = { ...out, precision: 'approximate' };
  if (ctx.before) {
    const end = ctx.before.date_end ?? ctx.before.date;
    if (isoToDay(end) < isoToDay(out.date)) {
      throw new DatePhraseError(
        `date phrase "${phrase}" resolves to ${out.date}, after the incident it preceded (${end})`,
        'check `date_before` and `date_anchor`',
      );
    }
    out = { date: out.date, date_end: end, precision: 'range' };
  }
  if (isAfter(out, isoToDay(ctx.published))) {
    const last = out.date_end ?? out.date;
    throw new DatePhraseError(
      `date phrase "${phrase}" resolves to ${last}, after the publication date ${ctx.published}`,
      "check the article's `published` date and the phrase; an article cannot report a later event",
    );
  }
  return out;
}
