// When the day a statement was made is the incident's own day. A wire lead that tells an
// incident in the simple past and dates only its source ("Two soldiers were killed when
// militants attacked a post in X, officials said on Monday"; "On Tuesday, sources said four
// guards were injured in an attack on X") reports that day's news: had the incident come on
// another day, the lead would say so. The reading holds only when nothing else in the article
// could date the incident: no other date in the month before the report's day, no step from
// another event ("a day earlier"), no perfect tense ("have been killed", "had attacked": the
// incident lies some time before the words), and no other incident or background in the
// sentence, and the report's day is within a week of the page's. Otherwise the report's date
// stays for review (dateEvent.ts). Pure.
import { isoToDay } from '../days.ts';
import { findDatePhrases } from './datePhrases.ts';
import { readOwn, readStretch, type Reference } from './dateResolve.ts';
import type { DateMention, Span } from './types.ts';

/** A verb of saying right before the date: "officials said on Monday", "told AFP on Sunday". */
const SAID_BEFORE =
  /\b(?:said|reported|stated|added|confirmed|told(?:\s+[\w'’.-]+){1,3}?)(?:\s+in\s+a\s+statement)?\s+(?:on\s+)?$/i;
/** A date opening its sentence and a verb of saying just after it: "On Tuesday, sources said". */
const SAID_AFTER = /^\s*,?\s*(?:[\w'’().-]+\s+){0,5}?(?:said|reported|stated|confirmed|told)\b/i;
/** Perfect tenses: the incident lies some undisclosed time before the words. */
const PERFECT =
  /\b(?:has|have|had|'ve|’ve)\s+(?:(?:also|already|now|since|reportedly)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|lt|ught|ot|ck|ut)\b/i;
/** Words that make the sentence speak of a plan, a habit, or of several or earlier events. */
const NOT_ONE_NEW_EVENT =
  /\b(?:will|would|plan(?:s|ned)?\s+to|(?:is|are|was|were)\s+(?:due|set|expected)\s+to|repeatedly|frequently|often|routinely|regularly|in recent (?:days|weeks|months|years)|in the past|previous(?:ly)?|earlier|last|similar|separate|series|spate|since|a day after|days after|bod(?:y|ies)|remains|found|recovered|funerals?|buried|succumbed|operations?|offensive|campaign|after\s+(?:a|an|the)\s+\w+\s+(?:attack|ambush|clash|blast))\b/i;
/** Past forms of incident verbs. */
const VERBS =
  'killed|injured|wounded|martyred|abducted|kidnapped|attacked|ambushed|stormed|raided|shelled|struck|shot|targeted|bombed|seized';
/**
 * Incident nouns that may be a sentence's subject ("An exchange of fire was reported",
 * "Explosions were reported early on Tuesday morning in … Tabriz": a two-hundred-and-forty-fifth
 * try).
 */
const NOUNS =
  'exchange of (?:fire|firing|gunfire)|clash(?:es)?|firing|gunfire|fighting|gunfight|skirmish(?:es)?|attacks?|ambush(?:es)?|blasts?|explosions?|shelling';
/**
 * An incident told as a finite past verb: passive ("were killed", "was reportedly shot") or active
 * with its object ("militants attacked check-posts", "fired at a post"); not a participle that
 * only names people or things ("guards abducted in X were found": the abduction lies before). An
 * incident noun with a verb of happening or a passive report is one too ("An exchange of fire was
 * reported between …", "Clashes broke out at …"): not "have been reported" (`PERFECT`).
 */
const PAST_VERB = new RegExp(
  `\\b(?:was|were)\\s+(?:[a-z]+\\s+){0,2}?(?:${VERBS})\\b|\\b(?:${VERBS})\\s+(?!(?:in|at|near|by|from|on|during|inside|outside|while|after|when|over|earlier|and|or)\\b)[\\w'’-]|\\bfired\\s+(?:at|on|upon)\\b|\\bexploded\\b|\\bdetonated\\b|\\bclashed\\b|\\b(?:${NOUNS})\\s+(?:(?:was|were)\\s+reported|broke\\s+out|erupted|took\\s+place|occurred)\\b`,
  'i',
);

/**
 * At most this many days between the report's day and the page's: older, "On June 1, al Qaeda said
 * its leader … was killed" in a page of 25 July is background, not that day's news (a
 * two-hundred-and-twenty-ninth-try page had dated the strike by the group's statement, 11 days
 * late).
 */
const FRESH_DAYS = 7;
/** Days before the report's day in which another date may be the incident's. */
const RIVAL_DAYS = 31;

/**
 * True when `event`, the only date of `sentence` and a report's (`said on Monday`), may be taken
 * as the day of the incident the sentence tells (see the module comment). `incidents` are the
 * spans of the sentence's incident words; `ref` the day relative dates count from; `dateline`
 * the dateline's span, whose date is the filing's, never a rival.
 */
export function reportDayIsEventDay(
  text: string,
  sentence: Span,
  event: DateMention,
  incidents: Span[],
  ref: Reference | null,
  dateline: Span | null,
): boolean {
  if (!ref || event.precision !== 'day' || !event.date) return false;
  if (ref.day - isoToDay(event.date) > FRESH_DAYS) return false;
  const before = text.slice(Math.max(sentence.start, event.span.start - 80), event.span.start);
  const opens = /^[\s"“(]*(?:on\s+)?$/i.test(text.slice(sentence.start, event.span.start));
  const after = text.slice(event.span.end, Math.min(sentence.end, event.span.end + 80));
  if (!SAID_BEFORE.test(before) && !(opens && SAID_AFTER.test(after))) return false;
  const words = text.slice(sentence.start, sentence.end);
  if (PERFECT.test(words) || NOT_ONE_NEW_EVENT.test(words)) return false;
  if (incidents.length === 0 || !PAST_VERB.test(words)) return false;
  return !rivalDate(text, sentence, isoToDay(event.date), ref, dateline);
}

/**
 * True when another date of the article may be the incident's: a step from another event, a
 * phrase that does not resolve, or a date that begins before the report's day and reaches into
 * the month before it. Later dates (follow-ups, the paper's own date) and older background
 * ("in January", "last year") are no rivals.
 */
function rivalDate(
  text: string,
  sentence: Span,
  reportDay: number,
  ref: Reference,
  dateline: Span | null,
): boolean {
  const outside = (s: Span) =>
    (s.end <= sentence.start || s.start >= sentence.end) &&
    !(dateline && s.start < dateline.end && dateline.start < s.end);
  for (const p of findDatePhrases(text, 0, text.length)) {
    if (!outside(p.span)) continue;
    if (p.core.kind === 'relative') return true;
    const words = text.slice(p.span.start, p.span.end);
    const reading = p.until ? readStretch(words, p, ref) : readOwn(words, p.core, ref, p.hedged);
    const r = reading.resolved;
    if (!r) return true;
    const first = isoToDay(r.date);
    const last = isoToDay(r.date_end ?? r.date);
    if (first < reportDay && last >= reportDay - RIVAL_DAYS) return true;
  }
  return false;
}
