// Which date of a sentence is its event's: dates tied to reporting ("said on Tuesday", "issued on
// Thursday", "at a press conference on Monday") lose to a date tied to the event ("the attack came
// on Wednesday night"), and dates that only qualify something ("Sunday's attack", "since 2019")
// lose to one that says when the sentence's event happened. What the rules cannot order is
// flagged, never picked silently.
import { aftermathDate } from './dateAftermath.ts';
import { bounds, covers } from './dateBounds.ts';
import { opensReportedClause } from './dateReportedClause.ts';
import type { DateMention, Review, Span } from './types.ts';

/** How a date phrase relates to the words around it. */
export type DateRole = 'event' | 'report' | 'neutral';

/** A mention with what the sentence says about it. */
export interface RoledMention {
  mention: DateMention;
  role: DateRole;
  /** The date qualifies something else (see DatePhrase.background). */
  background: boolean;
  /**
   * What the date is tied to (`tieOf`): an incident word ("guards abducted on Thursday"), another
   * verb ("police on Sunday demanded action"), or nothing seen ("and a convoy on Sunday").
   */
  tie?: DateTie;
}

const REPORT =
  /\b(?:said|says|saying|told|tells|telling|added|adds|stated|states|announced|announces|announcing|announcement|confirmed|confirms|acknowledged|acknowledges|admitted|admits|reported|reports?|claimed|claims|issued|published|posted|tweeted|wrote|warned|warns|urged|urges|denied|denies|declared|statements?|conference|briefing|interview|speech|remarks|quoted)\b/gi;
const EVENT =
  /\b(?:kill(?:ed|s|ing)?|attack(?:ed|s|ing)?|struck|strikes?|striking|stormed|abduct(?:ed|s|ion)|kidnapp(?:ed|ing)|kidnaps?|seized|explo(?:ded|sions?)|detonated|blasts?|bomb(?:ed|ing|ings)?|ambush(?:ed)?|clash(?:ed|es)?|fired|fire|firing|shell(?:ed|ing)|targeted|hit|raid(?:ed|s)?|freed|released|release|rescued|happened|occurred|took\s+place|came|comes|began|started|launched|carried\s+out|died|wounded|injured|arrested|executed|hanged|captured|crossed|handed\s+over|returned|met|meeting|visited|visit|agreed|signed|shot|shooting|gunned|assault(?:ed)?|operation|fighting|fought|incident|pounded|exchanged)\b/gi;
const BOUNDARY = /;|\s[—–]\s|\s--\s/g;
/** A date written as the adjective of a report ("The Tuesday report said", "Sunday's statement"). */
const REPORT_NOUN_AHEAD =
  /^(?:['’]s)?\s+(?:(?:press|news)\s+)?(?:report|statement|announcement|briefing|conference|interview|speech|remarks|communiqu[eé]|bulletin|press\s+release)s?\b/i;
const BACK_WORDS = 12;
/** Beyond this many dates in one span (not a sentence), coarser dates are not weeded out. */
const MAX_COMPARED = 64;
/** Characters looked at around a date: more than 12 words of news prose. */
const REACH = 160;
const AHEAD_WORDS = 6;
/** Words looked at after a date that opens its sentence before a comma ("On Sunday, …"). */
const OPENING_WORDS = 16;

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

/**
 * The words of the review that says a date is a statement's or report's, not the event's (written
 * below): other steps (storyTime.ts, leadDetail.ts, pointedBack.ts, retold.ts) recognise it by them.
 */
export const REPORT_ONLY = /dates a statement or report about the event/;

/** "on the night of", "the night between" just before a date phrase. */
const NIGHT_BEFORE = /\bnight\s+(?:(?:of|between)\s+)?$/i;
/** An incident noun right after a date ("the Tuesday explosion", "the Sunday night attack"). */
const INCIDENT_NOUN_AHEAD =
  /^\s+(?:(?:night|morning|evening|afternoon)\s+)?(?:explosion|blast|attack|bombing|ambush|raid|strike|shelling|clash(?:es)?|shooting|incident)\b/i;
/** A date phrase that is itself a night: "on the night of March 20", "overnight". */
const NIGHT_OWN = /^(?:on\s+)?(?:the\s+)?(?:night\b|overnight\b)/i;

function firstIndex(re: RegExp, s: string): number {
  const m = s.match(new RegExp(re.source, 'i'));
  return m?.index ?? -1;
}

/**
 * The role of a date phrase from the nearest verb or noun before it (up to 12 words, not past a
 * clause break or another date), else, for a date opening its clause, the nearest after it (up
 * to 6 words): "said on Tuesday" and "in an interview … on Tuesday" are reports, "were killed …
 * on Monday" and "the attack on Monday" events; "On Monday, police said" is a report, but in
 * "… moved to block roads during the night of X, the army said" the attribution closing the
 * sentence does not make the date a report's. A date standing as the adjective of a report noun
 * ("The Tuesday report said … on Monday night", "Sunday's statement") is the report's; one
 * standing as the adjective of an incident noun ("the Tuesday explosion") is the event's.
 */
export function roleOf(text: string, mention: Span, lo: number, hi: number): DateRole {
  const next = text.slice(mention.end, Math.min(hi, mention.end + 40));
  const before = text.slice(Math.max(lo, mention.start - 160), mention.start);
  if (REPORT_NOUN_AHEAD.test(next) || aftermathDate(before, next)) return 'report';
  // "Tahir Khan says the Tuesday explosion ripped through …": the adjective of an incident noun
  // (a hundred-and-sixty-sixth-try page had held it as the statement's day)
  if (INCIDENT_NOUN_AHEAD.test(next)) return 'event';
  // "the ISPR said on the night between March 20 and 21, security forces conducted …": no
  // statement is issued on a night before a clause; the night dates that clause (a
  // ninety-eighth-try page held the operation as dated only by the statement)
  const night = NIGHT_BEFORE.test(text.slice(Math.max(lo, mention.start - 20), mention.start));
  if ((night || NIGHT_OWN.test(text.slice(mention.start, mention.end))) && /^\s*,/.test(next))
    return 'event';
  let back = text.slice(Math.max(lo, mention.start - REACH), mention.start);
  const cut = lastIndex(BOUNDARY, back);
  if (cut >= 0) back = back.slice(cut + 1);
  back = back.split(/\s+/).slice(-BACK_WORDS).join(' ');
  // a date opening the clause a report brings in is that clause's, read from the words after it
  const opensReported = opensReportedClause(back);
  const report = opensReported ? -1 : lastIndex(REPORT, back);
  const event = lastIndex(EVENT, back);
  if (report >= 0 || event >= 0) return report > event ? 'report' : 'event';
  if (!opensReported && !/^[\s,;:"“‘'(—–-]*(?:(?:and|but|then|so)\b[\s,]*)?$/i.test(back))
    return 'neutral';
  let ahead = text.slice(mention.end, Math.min(hi, mention.end + REACH));
  const stop = ahead.search(BOUNDARY);
  if (stop >= 0) ahead = ahead.slice(0, stop);
  // "On Sunday, the deputy governor of Khuzestan province in charge of security affairs
  // acknowledged the unrest had killed …" (a two-hundred-and-eighty-sixth-try page had the killing
  // on the day it was acknowledged): a date opening the sentence before a comma dates its main
  // verb, however long the subject
  const opening = /^\s*,/.test(ahead) && !/\S/.test(back.replace(/^\W*on\b/i, ''));
  ahead = ahead
    .split(/\s+/)
    .slice(0, opening ? OPENING_WORDS : AHEAD_WORDS + 1)
    .join(' ');
  const r = firstIndex(REPORT, ahead);
  const e = firstIndex(EVENT, ahead);
  if (r < 0 && e < 0) return 'neutral';
  return r >= 0 && (e < 0 || r < e) ? 'report' : 'event';
}

/** What a date is tied to: an incident word, another verb, or nothing the rules can see. */
export type DateTie = 'incident' | 'other' | 'none';

/** A verb form: past or participle in -ed, -ing, or a common irregular past (exported for dates.ts). */
export const VERB =
  /\b(?:[a-z]{3,}ed|[a-z]{3,}ing|began|begun|went|came|took|made|gave|met|held|left|sent|found|saw|kept|brought|sought|fled|ran|won|lost)\b/i;

/**
 * What the date at `mention` is tied to, from the words just before it in its clause and after
 * the previous date (`lo`), else, when nothing but its subject stands before it, the first words
 * after it (up to `hi`): "militants who abducted five border guards on Thursday" ties Thursday to
 * an incident (`incidents`: spans of incident words in `text`); "police on Sunday demanded action"
 * and "began searching on Friday" tie it to another verb; "and a convoy in Kech on Sunday" (the
 * verb left out) to nothing the rules can see.
 */
export function tieOf(
  text: string,
  mention: Span,
  lo: number,
  hi: number,
  incidents: Span[],
): DateTie {
  // a two-hundred-and-forty-second-try page had "Saturday's killing" dated by "ousted … in 2001"
  const own = POSSESSIVE.test(text.slice(mention.start, mention.end));
  let from = Math.max(lo, mention.start - REACH);
  const cut = lastIndex(BOUNDARY, text.slice(from, mention.start));
  if (cut >= 0) from += cut + 1;
  const words = text.slice(from, mention.start).split(/\s+/).filter(Boolean);
  const kept = words.slice(-BACK_WORDS).join(' ');
  from = mention.start - kept.length - 1;
  const word = incidents.filter((t) => t.end > from && t.end <= mention.start).at(-1);
  // "claimed responsibility for Saturday's killing": told by a claim or report, the possessive's
  // noun is the incident ("arrested … over Sunday's attack" stays the arrest's)
  const told = !word && kept.search(REPORT) >= 0;
  if (told && own && incidents.some((t) => t.start >= mention.end && t.start <= mention.end + 1))
    return 'incident';
  // "militants who attacked the post fled into the mountains on Friday": the date is the flight's
  if (word && !VERB.test(text.slice(word.end, mention.start))) return 'incident';
  if (word || VERB.test(kept)) return 'other';
  let ahead = text.slice(mention.end, Math.min(hi, mention.end + REACH));
  const stop = ahead.search(BOUNDARY);
  if (stop >= 0) ahead = ahead.slice(0, stop);
  const base = mention.end + ahead.length - ahead.trimStart().length;
  const aheadText = ahead.trim().split(/\s+/).slice(0, AHEAD_WORDS).join(' ');
  const verb = VERB.exec(aheadText);
  const until = base + (verb ? verb.index : aheadText.length) + 1;
  if (incidents.some((t) => t.start >= mention.end && t.start < until)) return 'incident';
  return verb ? 'other' : 'none';
}

/** The first few dates, then how many more. */
function listed(ms: DateMention[]): string {
  const shown = ms.slice(0, 4).map(describe).join(', ');
  return ms.length > 4 ? `${shown} and ${ms.length - 4} more` : shown;
}

/** A date in the possessive ("Tuesday's", "Sunday night’s"). */
const POSSESSIVE = /['’]s$/;

const PRECISION_ORDER = ['day', 'approximate', 'range', 'month', 'year'];
/**
 * Exact before hedged before coarse, then unquestioned before questioned: for one date written
 * twice ("a year ago, on Jan. 29, 2023"; "A day earlier, on October 16," where the step alone
 * might count from the report's day instead).
 */
const byPrecision = (a: DateMention, b: DateMention): number =>
  PRECISION_ORDER.indexOf(a.precision ?? '') - PRECISION_ORDER.indexOf(b.precision ?? '') ||
  a.reviews.length - b.reviews.length;
const key = (m: DateMention): string =>
  m.date === null ? `?${m.span.start}` : `${m.date}/${m.date_end ?? ''}`;
const describe = (m: DateMention): string =>
  `"${m.text}" (${m.date === null ? 'unresolved' : m.date + (m.date_end ? ` to ${m.date_end}` : '')})`;

/**
 * The event's date among a sentence's mentions: first those neither tied to reporting nor
 * qualifying something else, then the qualifying ones, then the report's date (flagged: the
 * event may be earlier). Within that tier a coarser date around a finer one gives way to it;
 * one date written twice is offered in its most exact form; different dates left over are
 * `several_dates`, and the first in the text is offered.
 */
export function chooseEvent(roled: RoledMention[]): {
  event: DateMention | null;
  reviews: Review[];
  /** The event was told from follow-ups by its tie to an incident word. */
  tied?: boolean;
  /** The review that the event's date is only a report's (reportDay.ts may lift it). */
  reported?: Review;
} {
  const tiers = [
    roled.filter((r) => r.role !== 'report' && !r.background),
    roled.filter((r) => r.role !== 'report' && r.background),
    roled.filter((r) => r.role === 'report'),
  ];
  // "victims of Tuesday's attack … were buried on Wednesday": the day the possessive gives the
  // incident word, when every other date is another verb's (a twenty-third-try page had the
  // burial's day proposed as the attack's)
  const possessive = tiers[1]!.filter(
    (r) => r.tie === 'incident' && POSSESSIVE.test(r.mention.text),
  );
  if (
    tiers[0]!.length > 0 &&
    tiers[0]!.every((r) => r.tie === 'other') &&
    new Set(possessive.map((r) => key(r.mention))).size === 1
  ) {
    tiers[0] = possessive;
  }
  const tier = tiers.findIndex((t) => t.length > 0);
  if (tier < 0) return { event: null, reviews: [] };
  const all = (tiers[tier] as RoledMention[]).map((r) => ({ m: r.mention, b: bounds(r.mention) }));
  const finest =
    all.length > MAX_COMPARED
      ? all.map((x) => x.m)
      : all.filter((x) => !all.some((o) => o !== x && covers(x.b, o.b))).map((x) => x.m);
  let several = new Set(finest.map(key)).size > 1;
  let pick = finest;
  if (several) {
    // one date is tied to the incident word, every other to another verb: the incident's
    const rows = (tiers[tier] as RoledMention[]).filter((r) => finest.includes(r.mention));
    const tied = rows.filter((r) => r.tie === 'incident');
    const rest = rows.filter((r) => r.tie !== 'incident');
    const one = new Set(tied.map((r) => key(r.mention))).size === 1;
    if (one && rest.every((r) => r.tie === 'other')) {
      pick = tied.map((r) => r.mention);
      several = false;
    }
  }
  const event = (several ? pick : [...pick].sort(byPrecision))[0] as DateMention;
  const reviews = [...event.reviews];
  if (several) {
    reviews.push({
      code: 'several_dates',
      message: `The sentence dates more than one event: ${listed(finest)}; the rules cannot tell which is this incident's.`,
    });
  }
  const tied = pick !== finest;
  if (tier === 2) {
    const reported: Review = {
      code: 'other',
      message: `"${event.text}" dates a statement or report about the event, not necessarily the event itself, which may be earlier.`,
    };
    reviews.push(reported);
    return tied ? { event, reviews, tied, reported } : { event, reviews, reported };
  }
  return tied ? { event, reviews, tied } : { event, reviews };
}

/** Between a date and its restatement: "today, Monday, March 4", "yesterday (Sunday)". */
const RESTATES = /^\s*[,(]\s*$/;
/** Dates that can restate a day: a day of the month, a weekday, a numeric date. */
const RESTATED_KINDS = new Set(['day', 'weekday', 'numeric']);

/**
 * Gives a date restating the one before it that date's role, in place: in "an official confirmed
 * today, Monday, March 4" both are the report's (a fourteenth-try probe had the report's day
 * proposed as the attack's, the attack told "on Sunday night" in the next sentence).
 */
export function restatedRoles(
  text: string,
  slots: { phrase: { span: Span; core: { kind: string } }; role: DateRole }[],
): void {
  slots.forEach((s, i) => {
    const prev = slots[i - 1];
    // a step ("said on Sunday, two days after …") counts from the date before it, not restating it
    if (!prev || !RESTATED_KINDS.has(s.phrase.core.kind)) return;
    if (RESTATES.test(text.slice(prev.phrase.span.end, s.phrase.span.start))) s.role = prev.role;
  });
}
