// The longest known phrase from a token (`longest`), and the longest organisation's name there
// (`organisationAt`: "Balochistan Liberation Army", "Kurdistan Workers' Party", an acronym only in
// capitals). Used by placeMatch.ts. Pure.
import type { PlaceIndex } from './placeIndex.ts';
import type { Organisation } from './gazetteerData.ts';
import { gap, joinsName, type Token } from './placeTokens.ts';
import { CONNECTORS } from './placeWords.ts';

/** Small words inside an organisation's name only ("Movement for the Liberation of Ahwaz"). */
const ORG_WORDS = new Set(['for', 'the']);

/**
 * Longest phrase from token `i` whose key `accept` knows; returns its last token and key. A
 * possessive ends the phrase unless `throughPossessive` (an organisation's name, which may also
 * hold `ORG_WORDS`).
 */
export function longest(
  text: string,
  tokens: Token[],
  i: number,
  maxTokens: number,
  accept: (key: string, last: number) => boolean,
  throughPossessive = false,
): { last: number; key: string } | null {
  let best: { last: number; key: string } | null = null;
  // Words are joined only by spaces, one hyphen or an initial's full stop, so the key is their
  // lower-case forms joined by spaces: what `normalizePlaceName` gives for the phrase, without
  // normalizing it again.
  let key = '';
  for (let j = i; j < tokens.length && j < i + maxTokens; j++) {
    const t = tokens[j] as Token;
    if (j > i) {
      const plural = throughPossessive && /^['’]\s+$/.test(gap(text, tokens[j - 1] as Token, t));
      if (!joinsName(text, tokens[j - 1] as Token, t) && !plural) break;
      if ((tokens[j - 1] as Token).possessive && !throughPossessive) break;
      const inName = CONNECTORS.has(t.lower) || (throughPossessive && ORG_WORDS.has(t.lower));
      if (!t.cap && !inName) break;
    }
    key = key ? `${key} ${t.lower}` : t.lower;
    if (!t.cap) continue;
    if (accept(key, j)) best = { last: j, key };
  }
  return best;
}

function isAcronym(key: string, o: Organisation): boolean {
  if (key.includes(' ') || key.length > 5) return false;
  return o.names.some((n) => n.toLowerCase() === key && n === n.toUpperCase());
}

/** The outlet's kind just before a name: "news agency Mehr", "the newspaper Dawn". */
const AGENCY_BEFORE = /\b(?:agency|outlet|newspaper|daily|channel|broadcaster)\s+$/i;

function namedAsAgency(text: string, at: number): boolean {
  return AGENCY_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

/** The longest organisation's name from token `i`, or null (see the file comment). */
export function organisationAt(
  text: string,
  tokens: Token[],
  i: number,
  index: PlaceIndex,
): { last: number; key: string } | null {
  const t = tokens[i] as Token;
  return longest(
    text,
    tokens,
    i,
    index.maxTokens,
    (key, last) => {
      const o = index.organisations.get(key);
      if (!o) return false;
      // Acronyms ("AP", "FC", "ISPR": listed in capitals) only when written in capitals; a short
      // name listed as a name ("Mehr") in any case, as is one named as an agency ("news agency
      // Mehr reported": a regression from a real Sputnik report, read as Mohr).
      return (
        !isAcronym(key, o) ||
        (last === i && t.upper) ||
        key.length > 4 ||
        namedAsAgency(text, t.start)
      );
    },
    // "Kurdistan Workers' Party": an organisation's name may hold a possessive
    true,
  );
}
