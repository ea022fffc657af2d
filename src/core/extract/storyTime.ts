// Story time: a sentence that reports an incident but names no date of its own continues the
// dated report before it ("Militants attacked two camps late on Wednesday. … In Panjgur, troops
// beat back the attackers."). Wire reports date the lead and let the detail paragraphs inherit
// it; the detail then takes the lead's day, with the lead's phrase as its basis. Background is
// what breaks the rule, so a sentence inherits only when nothing says it lies elsewhere in time:
// no date phrase of its own, the same kind of event as the dated one, at most a few sentences
// after it, no perfect tense ("has carried out", "had killed"), no "similar attack", no habitual
// or summing-up words, and a dated lead that names one day (a range or a month is not a day to
// hand on), and a place of its own other than the lead's (a detail paragraph naming no place, or
// the lead's place again, retells the lead's incident rather than reporting another). Pure.
import type { Category } from '../types.ts';
import { aggregatePhrase } from './events.ts';
import type { DateMention, PlaceMention, SentenceDates, Span } from './types.ts';

/** The last dated incident a later sentence may inherit its day from. */
export interface StoryAnchor {
  /** Its event date, as read in its own sentence. */
  mention: DateMention;
  /** Index of the sentence it ends in. */
  sentence: number;
  category: Category;
  /** The resolved name of its place, or null when it had none. */
  place: string | null;
}

/** At most this many sentences after the dated one may inherit its day. */
export const STORY_REACH = 3;

/** "has carried out", "had been killed", "have long targeted": background, not the story's day. */
const PERFECT =
  /\b(?:has|have|had)\s+(?:(?:also|already|previously|repeatedly|long|often|since|recently)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|lt|ught|ot)\b/i;
/** A sentence speaking of another event than the dated one. */
const OTHER_EVENT =
  /\b(?:similar|previous|earlier|last|another|prior|recent|past|separate|first|second)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|incidents?|strikes?|raids?|abductions?|kidnappings?|ambush(?:es)?|clash(?:es)?|killings?)\b/i;
const HABITUAL =
  /\b(?:repeatedly|frequently|often|routinely|regularly|in recent (?:years|months|weeks)|over the years|for years|in the past|previously|usually|sometimes|every)\b/i;

/**
 * The dates a segment inherits from the story's last dated incident, or null when it may not
 * (see the module comment). `sentence` is the segment's sentence index, `category` its kind,
 * `place` its own place.
 */
export function inheritDate(
  text: string,
  span: Span,
  sentence: number,
  category: Category | undefined,
  place: PlaceMention | null,
  anchor: StoryAnchor | null,
): SentenceDates | null {
  if (!anchor || !category || category !== anchor.category) return null;
  const name = place?.role === 'place' ? (place.resolved?.name ?? null) : null;
  if (name === null || name === anchor.place) return null;
  const m = anchor.mention;
  if (!m.date || m.precision !== 'day' || m.date_end) return null;
  if (sentence <= anchor.sentence || sentence - anchor.sentence > STORY_REACH) return null;
  const seg = text.slice(span.start, span.end);
  if (PERFECT.test(seg) || OTHER_EVENT.test(seg) || HABITUAL.test(seg)) return null;
  if (aggregatePhrase(text, span)) return null;
  const event: DateMention = { ...m, span: { ...m.span }, role: 'event', reviews: [] };
  return { mentions: [], event, reviews: [] };
}
