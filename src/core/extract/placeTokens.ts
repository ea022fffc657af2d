// Words of a sentence with their UTF-16 offsets into the article, for the place reader: hyphens
// split words ("Sistan-Baluchestan" is two words joined by "-"), a possessive "'s" is cut off the
// word and remembered ("Pakistan's" → "Pakistan", possessive), apostrophes inside a word stay
// ("Qal'ah"). Pure.
import type { Span } from './types.ts';

/** One word of a sentence. */
export interface Token {
  /** The word as written (without a possessive "'s"). */
  text: string;
  /** Lower-case, diacritics stripped. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by "'s" / "’s" (or a bare "’" after an s). */
  possessive: boolean;
  /** Every letter upper-case (acronyms, datelines: "ISPR", "QUETTA"). */
  upper: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ‘`´][\p{L}\p{M}]+)*/gu;

/** Lower-case without diacritics or apostrophes, as `normalizePlaceName` keys words. */
export function lowerWord(w: string): string {
  if (/^[A-Za-z0-9]+$/.test(w)) return w.toLowerCase();
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`´]/g, '');
}

/** The words of `text` within `span`, in order. */
export function tokenize(text: string, span: Span): Token[] {
  const slice = text.slice(span.start, span.end);
  const out: Token[] = [];
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    const start = span.start + (m.index ?? 0);
    let possessive = false;
    // "Ghazni´s Ab Band district": an acute accent typed for the apostrophe
    const poss = /['’ʼ´]s$/u.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const first = word[0] ?? '';
    out.push({
      text: word,
      lower: lowerWord(word),
      start,
      end: start + word.length,
      cap: first !== first.toLowerCase(),
      possessive,
      upper: word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word),
    });
  }
  return out;
}

/** The characters between two tokens. */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** True when the gap joins two words of one name: spaces, or a single hyphen or dash. */
export function joins(g: string): boolean {
  return /^(?:\s+|\s*[-‐‑–—]\s*)$/u.test(g);
}

/**
 * True when two tokens are words of one name: `joins`, or an initial and its full stop before
 * the next word ("D.I. Khan", "D. G. Khan": Pakistani towns news write with initials).
 */
export function joinsName(text: string, a: Token, b: Token): boolean {
  const g = gap(text, a, b);
  return joins(g) || (/^\p{Lu}$/u.test(a.text) && /^\.\s?$/.test(g));
}
