// Text rules shared by the search index, the query and the highlighting, so that what is found is
// exactly what is marked: words are runs of letters, combining marks and digits; a word is folded
// to lower case without diacritics ("Sarāvān" → "saravan"). Pure.

/** A word of a text and where it is: UTF-16 offsets, `end` exclusive. */
export interface Token {
  /** The word as folded for the index (`fold`). */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Letters that do not decompose into a base letter and a mark, folded by hand. */
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Lower case, diacritics removed (NFD, combining marks dropped): "Ţāqānak" → "taqanak". */
export function fold(word: string): string {
  const base = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return /[ıøđłßæœ]/.test(base) ? base.replace(/[ıøđłßæœ]/g, (c) => SPECIAL[c]!) : base;
}

/** The words of `text` with their offsets in it, folded; empty folds are dropped. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = fold(m[0]);
    if (term) out.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The words of `text`, unfolded (MiniSearch's `tokenize`; `processTerm` folds them). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Longest query searched, in characters (the hash keeps as many). */
export const MAX_QUERY_LENGTH = 200;

/** The query's distinct folded words, in order (at most 12: more adds nothing but work). */
export function queryTerms(query: string): string[] {
  const terms = tokens(query.slice(0, MAX_QUERY_LENGTH)).map((t) => t.term);
  return [...new Set(terms)].slice(0, 12);
}
