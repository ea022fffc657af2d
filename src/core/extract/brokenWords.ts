// Words broken at the end of a printed line and pasted with their hyphen: "in Balochistan's Cha-
// man district", "on De- cember 11" (a sixteenth-blind-try page from a newspaper's print edition
// was read with no place and no date). The extractor reads a copy of the same length in which
// each such word is whole and its hyphen and spaces stand after it as spaces ("Chaman   district"),
// so every offset outside the broken words is unchanged, and a span ending on a mended word is
// moved to the end of the word as written: excerpts, spans and highlights point into the article
// as given. Pure.
import type { Proposal, Span } from './types.ts';

/**
 * A word's first part, its hyphen, the line break or spaces, and a lower-case rest that is not
 * "and", "or" or "to" ("Iran- and Pakistan-based" is a suspended hyphen, not a broken word).
 */
const BROKEN = /(\p{L}+)-([^\S\n]*\n?[^\S\n]*)(?!(?:and|or|to)\b)(\p{Ll}+)/gu;

/** An article read with its broken words whole. */
export interface MendedText {
  /** The copy to read: the article's length, each broken word whole. */
  text: string;
  /** Where each mended word ends in the copy (`end`) and as written (`writtenEnd`). */
  mended: { end: number; writtenEnd: number }[];
}

/**
 * `text` with every word broken as "Cha- man" made whole, its hyphen and spaces turned into
 * spaces after it (a line break stays one): the same length, so offsets outside the broken words
 * hold. A hyphen with no space after it ("Inter-Services", "cross-border") is a word's own and
 * stays.
 */
export function mendBrokenWords(text: string): MendedText {
  const mended: MendedText['mended'] = [];
  const out = text.replace(
    BROKEN,
    (whole, first: string, space: string, rest: string, at: number) => {
      if (space === '') return whole;
      mended.push({ end: at + first.length + rest.length, writtenEnd: at + whole.length });
      return `${first}${rest}${space.includes('\n') ? '\n' : ' '}${' '.repeat(space.length)}`;
    },
  );
  return { text: out, mended };
}

/** `span` of the mended copy as a span of the article: an end on a mended word covers it whole. */
export function writtenSpan(m: MendedText, span: Span): Span {
  const end = m.mended.find((x) => x.end === span.end)?.writtenEnd ?? span.end;
  return { start: span.start, end };
}

/**
 * A proposal read from the mended copy, with its excerpt, and its date and place phrases where
 * they are the words at their spans, as the article writes them.
 */
export function asWritten(article: string, m: MendedText, p: Proposal): Proposal {
  const excerpt = writtenSpan(m, { start: p.excerpt_start, end: p.excerpt_end });
  const written = (phrase: string | null, s: Span | null) => {
    if (!s || phrase !== m.text.slice(s.start, s.end)) return { phrase, span: s };
    const span = writtenSpan(m, s);
    return { phrase: article.slice(span.start, span.end), span };
  };
  const date = written(p.date_basis, p.date_span);
  const place = written(p.place, p.place_span);
  return {
    ...p,
    excerpt: article.slice(excerpt.start, excerpt.end),
    excerpt_start: excerpt.start,
    excerpt_end: excerpt.end,
    date_basis: date.phrase,
    date_span: date.span,
    place: place.phrase,
    place_span: place.span,
    // a review quoting the copy shows the mended word's moved spaces once
    reasons: p.reasons.map((r) => ({ ...r, message: r.message.replace(/ {2,}/g, ' ') })),
  };
}
