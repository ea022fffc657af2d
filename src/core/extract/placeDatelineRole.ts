// Whether a place phrase belongs to the dateline ("QUETTA, Sept 15 -", where the report was
// filed) or to its credit ("ERBIL (Kurdistan 24) –", an outlet's name, no place). Used by
// places.ts. Pure.
import type { Token } from './placeTokens.ts';
import type { Dateline } from './types.ts';

/** Text of a dateline up to a name inside its credit: "ERBIL (Kurdistan 24)", "/PRNewswire/". */
const CREDITED = /[(/][^()/]*$/;

/**
 * "QUETTA, Sept 15 -": a name in capitals opening the article and followed by a comma is where
 * the report was filed, even when no dateline was recognised.
 */
function looksLikeDateline(text: string, m: Phrase, tokens: Token[]): boolean {
  const names = tokens.slice(m.first, m.last + 1);
  return (
    text.slice(0, m.start).trim() === '' &&
    names.every((t) => t.upper) &&
    /^\s*,/.test(text.slice(m.end))
  );
}

/** A phrase's offsets in the text and its first and last token. */
interface Phrase {
  start: number;
  end: number;
  first: number;
  last: number;
}

/**
 * 'dateline' for the dateline's city (or a capitalised name opening the article before a comma),
 * 'credit' for a name inside the dateline's credit, else null.
 */
export function datelineRole(
  text: string,
  dateline: Dateline | null,
  m: Phrase,
  tokens: Token[],
): 'dateline' | 'credit' | null {
  const city = dateline?.placeSpan;
  if (city && m.start < city.end && city.start < m.end) return 'dateline';
  const line = dateline?.span;
  if (line && m.start >= line.start && m.end <= line.end) {
    if (CREDITED.test(text.slice(line.start, m.start))) return 'credit';
  }
  return looksLikeDateline(text, m, tokens) ? 'dateline' : null;
}
