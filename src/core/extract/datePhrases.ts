// Finds the date phrases of a stretch of article text, without resolving them: a small grammar of
// the forms wire reports use ("on Jan. 5, 2023", "Friday, 12 May", "late March last year",
// "nearly 10 days ago", "the next day", "in the early hours of Monday"). Each rule is a regular
// expression; where rules overlap the more specific one wins (a day over a month over a year).
// Then each phrase takes in the words around it that change its meaning or belong to it:
// prepositions ("on", "since"), hedges ("nearly", "mid-"), time of day ("late on", "night"),
// a possessive ("Sunday's attack"), and "overnight … into".
import { isHedged } from '../dates.ts';
import { makeCore, type DateCore } from './dateCores.ts';
import { COMPILED } from './dateGrammar.ts';
import type { Span } from './types.ts';

/** What a phrase says (defined in dateCores.ts), re-exported for the resolver. */
export type { DateCore };

/** A date phrase found in the text, with the words that qualify it. */
export interface DatePhrase {
  /** Where the phrase is in the article (UTF-16 offsets). */
  span: Span;
  /** What the phrase says, before any reference date is applied. */
  core: DateCore;
  /**
   * The date qualifies something else rather than saying when the sentence's event happened: a
   * possessive ("Sunday's attack"), an attributive year ("the 2018 abduction"), a bound ("since
   * 2019", "until March"), or "two days after a bombing" when the sentence dates its own event.
   */
  background: boolean;
  /** "overnight on Tuesday", "Tuesday overnight": the night may belong to either day. */
  overnight: boolean;
  /** "overnight into Tuesday": the day before through the day named. */
  nightBefore: boolean;
  /**
   * The last day of a stretch ("from Monday to Wednesday", "the night of January 31 to
   * February 1", "late on Saturday or on Sunday"): `core` is its first day, read on or before it.
   */
  until: DateCore | null;
  /** A hedge stands before the date ("nearly 10 days ago", "mid-January 18", "around May 3"). */
  hedged: boolean;
}

interface Found {
  span: Span;
  core: DateCore;
  background: boolean;
  overnight: boolean;
  nightBefore: boolean;
  until: DateCore | null;
  hedged: boolean;
  rule: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every rule's matches, then the non-overlapping ones (most specific rule first), in text order. */
function matchAll(text: string, from: number, to: number): Found[] {
  const slice = text.slice(from, to);
  const all: Found[] = [];
  COMPILED.forEach(([name, re], rule) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const span = { start: from + m.index, end: from + m.index + m[0].length };
      const made = makeCore(name, m, text, span, from);
      if (made)
        all.push({
          ...made,
          span,
          overnight: false,
          nightBefore: false,
          until: null,
          hedged: false,
          rule,
        });
    }
  });
  all.sort((a, b) => a.rule - b.rule || a.span.start - b.span.start);
  const kept: Found[] = []; // sorted by start, never overlapping
  for (const f of all) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Found).span.start < f.span.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && overlaps(before.span, f.span)) || (after && overlaps(after.span, f.span)))
      continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}

/** A word (or "more than", "just over") or "mid-" before a date; a hedge if `isHedged` says so. */
const HEDGE_BEFORE = /(?:\b(?:more|less)\s+than|\bjust\s+(?:over|under)|\b[a-z]+)\s+$|\bmid-\s?$/i;
const TIME_BEFORE =
  /(?:\b(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of|\b(?:early|late)(?:\s+on)?|\b(?:at|before|around|just before|shortly before|shortly after|after)\s+(?:dawn|dusk|daybreak|midnight|noon|sunrise|sunset)\s+on|\b(?:on\s+)?the\s+(?:night|morning|evening|afternoon)\s+of|\bat\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+local\s+time)?\s+on)\s+$/i;
const PREP_BEFORE =
  /\b(?<p>on|in|at|during|since|until|till|by|from|between|before|after|through|throughout|of)\s+$/i;
const BOUND_PREPS = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'through']);
const POSSESSIVE_AFTER = /^['’]s\b/;
/** An ordinal just before a period: "the fourth this week", "the third such attack in a month". */
const ORDINAL_BEFORE =
  /\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:\s+[a-z-]+){0,2}\s+(?:(?:in|of|during)\s+)?$/i;
/** A phrase that is the casual "overnight". */
const isOvernight = (x: Found): boolean => x.core.kind === 'casual' && x.core.what === 'overnight';
/** An article before "overnight": the adjective of "an overnight attack". */
const ARTICLE_BEFORE = /\b(?:an?|the)\s+$/i;
/** ", when …" after a date: the clause tells what happened that day. */
const WHEN_AFTER = /^,?\s+when\b/;
const TIME_AFTER =
  /^(?:\s+(?:night|morning|afternoon|evening)\b|,?\s+at\s+(?:dawn|dusk|daybreak|midnight|noon|sunrise|sunset)\b)/i;

type Kind = DateCore['kind'];
const DAYLIKE: Kind[] = ['day', 'weekday'];
const HEDGEABLE: Kind[] = ['day', 'numeric', 'ago', 'relative'];
const PREPOSABLE: Kind[] = ['day', 'numeric', 'month', 'year', 'weekday'];

const CUED_BY_PREP =
  /^(?:in|since|until|till|by|during|from|through|throughout|of|before|after|the\s)\b/i;
const spanText = (text: string, f: Found): string => text.slice(f.span.start, f.span.end);
/** How far before or after a phrase its qualifying words may reach. */
const REACH = 60;
const EDGE_BEFORE = /\b(?:early|late)\s+$|\bmid-\s?$/i;

/** Takes in the qualifying words before and after a phrase, within `[lo, hi)`. */
function extend(text: string, f: Found, near: number, far: number): void {
  const kind = f.core.kind;
  const lo = Math.max(near, f.span.start - REACH);
  const hi = Math.min(far, f.span.end + REACH);
  const grow = (re: RegExp, kinds: Kind[]): RegExpExecArray | null => {
    if (!kinds.includes(kind)) return null;
    const m = re.exec(text.slice(lo, f.span.start));
    if (m) f.span = { start: f.span.start - m[0].length, end: f.span.end };
    return m;
  };
  if (kind === 'weekday' || kind === 'day' || kind === 'casual') {
    let end = f.span.end;
    const time = kind === 'casual' ? null : TIME_AFTER.exec(text.slice(end, hi));
    if (time) end += time[0].length;
    const poss = POSSESSIVE_AFTER.exec(text.slice(end, hi));
    if (poss) end += poss[0].length;
    if (poss) f.background = true;
    f.span = { start: f.span.start, end };
  }
  const hedge = HEDGEABLE.includes(kind) ? HEDGE_BEFORE.exec(text.slice(lo, f.span.start)) : null;
  if (hedge && isHedged(hedge[0])) {
    f.span = { start: f.span.start - hedge[0].length, end: f.span.end };
    f.hedged = true;
  }
  grow(EDGE_BEFORE, ['casual']);
  // "is the fourth this week", "the third such attack this month": a count, not a date
  if (kind === 'casual' && ORDINAL_BEFORE.test(text.slice(lo, f.span.start))) f.background = true;
  // "Earlier this month, … in an overnight attack": the night the attack took, not last night
  // (a two-hundred-and-thirty-fourth-try page had it proposed sixteen days late); alone it still
  // dates the sentence, from the qualifying tier
  if (isOvernight(f) && ARTICLE_BEFORE.test(text.slice(lo, f.span.start))) f.background = true;
  if (grow(TIME_BEFORE, DAYLIKE)) return;
  const cued = (kind === 'month' || kind === 'year') && CUED_BY_PREP.test(spanText(text, f));
  const qualified =
    (kind === 'weekday' && f.core.which !== 'on' && f.core.which !== 'coming') || f.background;
  // "since February 17, when 31 people were killed": the day of what the clause tells, no bound
  const when = WHEN_AFTER.test(text.slice(f.span.end, hi));
  const prep = cued || qualified || when ? null : grow(PREP_BEFORE, PREPOSABLE);
  if (prep && BOUND_PREPS.has((prep.groups?.p ?? '').toLowerCase())) f.background = true;
}

const LINKS = new Set(['to', 'into', 'until', 'till', 'through', 'and', 'or', ', or', '-', '–']);

/**
 * True when `a` and `b` are the two ends of one stretch of days or months: "from Monday to
 * Wednesday", "from April to July",
 * "between March 3 and March 5", "the night of January 31 to February 1", "Monday night into
 * Tuesday", "Saturday-Sunday night", and alternatives the text leaves open ("late on Saturday or
 * on Sunday").
 */
function ends(text: string, a: Found, b: Found): boolean {
  // "from April to July": a stretch of months, never April alone
  const months = a.core.kind === 'month' && b.core.kind === 'month';
  if (!months && (!DAYLIKE.includes(a.core.kind) || !DAYLIKE.includes(b.core.kind))) return false;
  const link = text.slice(a.span.end, b.span.start).trim().toLowerCase();
  const bText = spanText(text, b);
  const joined = LINKS.has(link) || (link === '' && /^(?:until|till|through|to)\b/i.test(bText));
  if (!joined) return false;
  const aText = spanText(text, a);
  if (/or$/.test(link) || /^(?:from|between)\b/i.test(aText) || /night/i.test(aText)) return true;
  return oneNight(text, a, b, link);
}

/**
 * "Saturday-Sunday night", "the Monday–Tuesday night": two weekdays in a row joined by a dash and
 * followed by "night" are the one night between them (a regression from a real Dawn report,
 * read as two dates). Weekdays not in a row ("Monday-Wednesday night") are left apart.
 */
function oneNight(text: string, a: Found, b: Found, link: string): boolean {
  if (a.core.kind !== 'weekday' || b.core.kind !== 'weekday') return false;
  if (link !== '-' && link !== '–') return false;
  if (!/^\S+\s+night\b/i.test(`${spanText(text, b)}${text.slice(b.span.end, b.span.end + 12)}`))
    return false;
  return (a.core.weekday + 1) % 7 === b.core.weekday;
}

/**
 * Joins a stretch of days into one phrase (see `ends`), and "overnight (on) Tuesday",
 * "Tuesday overnight" and "overnight into Tuesday" into the day they name.
 */
function join(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const merged = prev && { ...f, span: { start: prev.span.start, end: f.span.end } };
    if (prev && merged) {
      const gap = text.slice(prev.span.end, f.span.start);
      const dayLike = DAYLIKE.includes(f.core.kind);
      if (ends(text, prev, f)) {
        out[out.length - 1] = {
          ...prev,
          span: merged.span,
          until: f.core,
          hedged: prev.hedged || f.hedged,
        };
        continue;
      }
      if (dayLike && isOvernight(prev) && /^\s+into\s+$/i.test(gap)) {
        out[out.length - 1] = { ...merged, nightBefore: true };
        continue;
      }
      if (dayLike && isOvernight(prev) && /^\s+(?:on\s+)?$/i.test(gap)) {
        out[out.length - 1] = { ...merged, overnight: true };
        continue;
      }
      if (/^\s+$/.test(gap) && DAYLIKE.includes(prev.core.kind) && isOvernight(f)) {
        out[out.length - 1] = { ...prev, span: merged.span, overnight: true };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/**
 * The date phrases of `text` between `from` and `to`, in text order, each with its span in
 * `text` and what it says. Nothing is resolved here: see dateResolve.ts.
 */
export function findDatePhrases(text: string, from: number, to: number): DatePhrase[] {
  const found = matchAll(text, from, to);
  found.forEach((f, i) => {
    const lo = i > 0 ? (found[i - 1] as Found).span.end : from;
    const hi = i + 1 < found.length ? (found[i + 1] as Found).span.start : to;
    extend(text, f, lo, hi);
  });
  return join(text, found).map(({ rule: _rule, ...phrase }) => phrase);
}
