// A date told in a relative clause on the victim, before the sentence's own event: "Lt. Col. …,
// an officer … who was abducted on Tuesday night, was martyred while two terrorists were killed
// as security forces launched a search operation near Ziarat" (a two-hundred-and-eighty-third-try
// page: the killing, a day or two later, had been proposed on the abduction's night). The date is
// the clause's; the main verb's event came after it, on a day the sentence does not give. Pure.
import type { Span } from './types.ts';

/**
 * "who was abducted on Tuesday night, was martyred": the clause's event (`rel`), the words up to
 * the main verb (`main`) after the comma that closes the clause.
 */
const RELATIVE_THEN_MAIN =
  /\bwho\s+(?:was|were|had\s+been|has\s+been)\s+(?<rel>abducted|kidnapped|injured|wounded|arrested|detained|taken\s+hostage)\b(?<between>[^,.;]*),\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?<main>martyred|killed|shot\s+dead|found\s+dead|executed|beheaded|released|freed|recovered|rescued)\b/gi;

/**
 * The clause and main verb when the date at `date` lies in a relative clause whose event differs
 * from the main verb after it (see the file comment), or null. `sentence` is the sentence's span.
 */
export function dateInRelative(
  text: string,
  sentence: Span,
  date: Span,
): { clause: string; main: string } | null {
  const words = text.slice(sentence.start, sentence.end);
  for (const m of words.matchAll(RELATIVE_THEN_MAIN)) {
    const start = sentence.start + m.index;
    const relEnd = start + m[0].length - (m.groups?.main?.length ?? 0);
    if (date.start < start || date.end > relEnd) continue;
    const rel = m.groups?.rel ?? '';
    return { clause: m[0].slice(0, m[0].indexOf(rel) + rel.length), main: m.groups?.main ?? '' };
  }
  return null;
}
