// The stretches of text the extractor reads one at a time: sentences without the dateline, a
// sentence cut into clauses when each clause reports its own dated event ("On January 19, X
// agreed …, and a week later, Y returned …"), and two adjacent sentences read as one when the
// second continues the first's event without a date of its own ("It comes a day after Tehran
// pounded … . Two key strongholds … have been obliterated …").
import { decisiveTriggers, type Trigger } from './events.ts';
import { splitSentences } from './sentences.ts';
import type {
  DateMention,
  Dateline,
  PlaceMention,
  SentenceDates,
  SentencePlaces,
  Span,
} from './types.ts';

/** Sentence spans of the article; the first loses its dateline ("QUETTA, March 3 (Reuters) -"). */
export function articleSentences(text: string, dateline: Dateline | null): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text)) {
    if (dateline && s.start < dateline.span.end && s.end > dateline.span.start) {
      let start = Math.max(s.start, dateline.span.end);
      while (start < s.end && /\s/.test(text[start] as string)) start++;
      if (start < s.end) out.push({ start, end: s.end });
    } else out.push(s);
  }
  return out;
}

/** Where a sentence may be cut into clauses. */
const CLAUSE_BREAK =
  /,\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+|,\s+before\s+|,\s+(?:and\s+)?followed\s+by\s+/g;

function inside(span: Span, s: Span): boolean {
  return s.start >= span.start && s.end <= span.end;
}

/**
 * Event words whose subject is a pronoun in the passive ("they had been killed", "he was shot"):
 * the clause dates what happened to people the clause before named, not an event of its own.
 */
const PRONOUN_PASSIVE =
  /\b(?:they|he|she)\s+(?:had been|have been|has been|were|was)\s+(?:\w+\s+)?$/i;

/**
 * The clauses of `sentence` that each report their own dated event: cut where a clause break
 * leaves an event word and a date phrase on both sides. A sentence with one event is one clause;
 * so is one whose later clause only dates the earlier one's people ("the bodies of four
 * labourers were found in X; police said they had been killed on May 14").
 */
export function splitClauses(
  text: string,
  sentence: Span,
  triggers: Trigger[],
  mentions: DateMention[],
): Span[] {
  const seg = text.slice(sentence.start, sentence.end);
  const decisive = decisiveTriggers(triggers);
  const out: Span[] = [];
  let start = sentence.start;
  for (const m of seg.matchAll(CLAUSE_BREAK)) {
    const cut = sentence.start + m.index;
    const left = { start, end: cut };
    const right = { start: cut + m[0].length, end: sentence.end };
    const ok = (part: Span) =>
      decisive.some((t) => inside(part, t.span)) && mentions.some((d) => inside(part, d.span));
    const own = decisive.filter((t) => inside(right, t.span));
    const back = own.every((t) => PRONOUN_PASSIVE.test(text.slice(right.start, t.span.start)));
    if (ok(left) && ok(right) && !back) {
      out.push(left);
      start = right.start;
    }
  }
  out.push({ start, end: sentence.end });
  return out;
}

/** A segment read as a possible incident: its span, event words, dates and places. */
export interface Segment {
  span: Span;
  /** Index of the sentence it starts in. */
  sentence: number;
  /** Index of the sentence it ends in (one more when the next sentence was merged in). */
  lastSentence: number;
  triggers: Trigger[];
  dates: SentenceDates;
  places: SentencePlaces;
  /** The places of a merged second sentence, for actors. */
  extraMentions: PlaceMention[];
}

function country(p: PlaceMention | null): string | null {
  return p?.resolved?.country ?? null;
}

/**
 * True when `next` continues `prev`'s event: the following sentence of the same paragraph, no
 * date phrase of its own, the same category, and no place or a place that agrees (the same
 * name, the country, or the province it lies in).
 */
export function continues(
  text: string,
  prev: Segment,
  next: Segment,
  sameCategory: boolean,
): boolean {
  if (next.sentence !== prev.lastSentence + 1 || prev.lastSentence !== prev.sentence) return false;
  if (/[\n\r]/.test(text.slice(prev.span.end, next.span.start))) return false;
  if (next.dates.mentions.length > 0 || !sameCategory) return false;
  const a = prev.places.event;
  const b = next.places.event;
  if (!b) return true;
  if (!a) return false;
  if (a.resolved && b.resolved && a.resolved.name === b.resolved.name) return true;
  if (country(a) === null || country(a) !== country(b)) return false;
  if (b.resolved?.precision === 'country') return true;
  return b.resolved?.precision === 'province' && a.resolved?.admin1 === b.resolved.admin1;
}
