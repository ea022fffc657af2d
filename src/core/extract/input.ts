// Checks an article before extraction, for the CLI and the app alike: empty, too large, binary,
// not UTF-8, or HTML instead of text. Each problem says what is wrong and how to fix it.

/** Largest article accepted, in bytes of UTF-8 (a long feature is ~50 kB; 1 MB is generous). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Why an input is not an article's text. */
export interface InputProblem {
  message: string;
  fix: string;
}

const HTML_TAG =
  /<\s*\/?\s*(?:!doctype|html|head|body|div|p|span|script|style|a|br|meta|article|section|table|li|ul|h[1-6])\b[^>]*>/gi;

/** Problems of a text as typed or pasted (the app), or null when it can be read as an article. */
export function checkArticleText(text: string): InputProblem | null {
  if (text.trim() === '') {
    return { message: 'the text is empty', fix: "give the article's text" };
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    return {
      message: `the text is ${(bytes / 1e6).toFixed(1)} MB; one article is at most ${MAX_ARTICLE_BYTES / 1e6} MB`,
      fix: "give one article's text, not a whole page archive or several articles",
    };
  }
  if (text.slice(0, 8192).includes(String.fromCharCode(0))) {
    return {
      message: 'this is binary data, not text',
      fix: 'save the article as plain text (UTF-8)',
    };
  }
  const tags = text.slice(0, 20_000).match(HTML_TAG)?.length ?? 0;
  if (tags >= 2 || /^\s*<(?:!doctype|html)/i.test(text)) {
    return {
      message: 'this looks like HTML, not the article text',
      fix: "copy the article's text from the browser (or strip the tags) and save it as plain text",
    };
  }
  if (!looksEnglish(text)) {
    return {
      message: 'the text does not look English; the extractor reads English only',
      fix: 'give an English version of the article (a translation keeps its facts, not its sentences)',
    };
  }
  return null;
}

/** Common English words: news prose has one in four or more of its words among them. */
const ENGLISH_WORDS = new Set(
  'the of and to in a on at for by from with was were is are has have had that said this after who'.split(
    ' ',
  ),
);
/** Shortest text (in words) whose language is judged; a headline alone may hold none of them. */
const MIN_WORDS = 40;
/** Share of common English words below which a text is not English (French, Persian, Urdu …). */
const MIN_ENGLISH_SHARE = 0.04;

/**
 * Whether `text` reads as English: true for short texts, else when at least 4 % of its words are
 * common English words (English news prose has 25–35 %; a French page of the thirty-third try
 * had none, and the extractor had silently found nothing in it).
 */
export function looksEnglish(text: string): boolean {
  const words = text
    .slice(0, 20_000)
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  if (words.length < MIN_WORDS) return true;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length >= MIN_ENGLISH_SHARE;
}

/** Problems of a file's bytes (the CLI, a dropped file), or the text when it is an article. */
export function readArticleBytes(bytes: Uint8Array): { text: string } | InputProblem {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      message: `the file is ${(bytes.length / 1e6).toFixed(1)} MB; one article is at most ${MAX_ARTICLE_BYTES / 1e6} MB`,
      fix: "give one article's text, not a whole page archive or several articles",
    };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return {
      message: 'this is binary data, not text',
      fix: 'save the article as plain text (UTF-8)',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { message: 'the file is not valid UTF-8', fix: 'save the article as UTF-8 plain text' };
  }
  return checkArticleText(text) ?? { text };
}
