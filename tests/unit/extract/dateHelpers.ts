// Helpers for the extractor's date tests: read one sentence (or a sentence inside a longer
// article) and look its mentions up by their text.
import { readSentenceDates } from '../../../src/core/extract/dates.ts';
import type {
  ArticleContext,
  DateMention,
  Dateline,
  SentenceDates,
} from '../../../src/core/extract/types.ts';

/** What a test gives besides the sentence. */
export interface ReadOptions {
  published?: string | null;
  dateline?: Dateline | null;
  /** The previous incident's date: ISO date and precision. */
  previous?: {
    date: string;
    precision: 'day' | 'approximate' | 'month' | 'range';
    date_end?: string;
  };
  /** Text before the sentence in the article (spans must still index the whole article). */
  before?: string;
  after?: string;
}

/** A previous-event mention as the assembly would pass it. */
export function previousEvent(p: NonNullable<ReadOptions['previous']>): DateMention {
  return {
    text: 'earlier phrase',
    span: { start: 0, end: 0 },
    date: p.date,
    ...(p.date_end ? { date_end: p.date_end } : {}),
    precision: p.precision,
    basis: 'publication',
    reviews: [],
  };
}

/** Reads `sentence` as one sentence of an article made of `before + sentence + after`. */
export function read(
  sentence: string,
  o: ReadOptions = {},
): SentenceDates & { ctx: ArticleContext } {
  const before = o.before ?? '';
  const text = before + sentence + (o.after ?? '');
  const ctx: ArticleContext = {
    text,
    published: o.published === undefined ? '2024-01-29' : o.published,
    dateline: o.dateline ?? null,
    previousEvent: o.previous ? previousEvent(o.previous) : null,
  };
  const span = { start: before.length, end: before.length + sentence.length };
  return { ...readSentenceDates(ctx, span), ctx };
}

/** The mention whose text is `phrase` (fails the test when there is none). */
export function mention(r: SentenceDates, phrase: string): DateMention {
  const m = r.mentions.find((x) => x.text === phrase);
  if (!m) {
    throw new Error(
      `no mention "${phrase}"; found ${r.mentions.map((x) => `"${x.text}"`).join(', ')}`,
    );
  }
  return m;
}

/** The texts of all mentions, in order. */
export function texts(r: SentenceDates): string[] {
  return r.mentions.map((m) => m.text);
}

/** The review codes of the event. */
export function codes(r: SentenceDates): string[] {
  return r.reviews.map((x) => x.code);
}
