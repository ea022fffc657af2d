// A sentence that is a quote and its speaker: ""One of the personnel … was martyred during clashes
// with villains last night," the border guards commander told Mehr News." Event words inside
// quoted speech make no incident of their own (events.ts: a quote may plan, fear or retell), but a
// quote that opens the sentence, is attributed after it, tells a past event in a verb and dates it
// reports that event as plainly as the reporter's own words would (a hundred-and-eleventh-try
// guard's death, once the quote was no longer cut at its "…", had no proposal at all). Pure.
import { findTriggers, quotedIn, type Trigger } from './events.ts';
import type { Span } from './types.ts';

/** The speaker after the quote: ", the commander told Mehr News.", "he said". */
const ATTRIBUTED = /^\s*,?\s*[^"“”]{0,120}?\b(?:said|told|added|stated|says|tells|confirmed)\b/i;
/** An event word that is a past verb ("martyred", "killed", "exploded"). */
const PAST_VERB = /ed$/i;

/**
 * The quoted event words of `sentence` when it is such a reported quote (see the file comment),
 * else null. `dated` says whether a span names a date.
 */
export function reportedQuote(
  text: string,
  sentence: Span,
  dateline: Span | null,
  dated: (span: Span) => boolean,
): Trigger[] | null {
  const [quote] = quotedIn(text, sentence);
  if (!quote || text.slice(sentence.start, quote.start).trim() !== '') return null;
  if (!ATTRIBUTED.test(text.slice(quote.end, sentence.end))) return null;
  const told = findTriggers(text, quote, dateline, true).filter(
    (t) => t.category !== 'statement' && PAST_VERB.test(t.text),
  );
  return told.length > 0 && dated(quote) ? told : null;
}
