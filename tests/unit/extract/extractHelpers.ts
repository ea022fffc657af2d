// Shared by the extractor's tests: readers over the committed data, extraction as of a
// publication day, and the review codes of a proposal.
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';

/** Readers over the committed gazetteer and tables (built once per test file). */
export const readers = nodeReaders();

/** A function extracting an article's incidents as published on `published` (YYYY-MM-DD). */
export function extractOn(published: string) {
  return (text: string) => extractIncidents(text, { published }, readers);
}

/** The review codes of a proposal, in order; undefined when there is no proposal. */
export const codes = (p: { reasons: { code: string }[] } | undefined) =>
  p?.reasons.map((r) => r.code);
