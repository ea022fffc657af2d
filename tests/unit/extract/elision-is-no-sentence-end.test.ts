// Regression (hundred-and-eleventh try): an ellipsis with a space on both sides marks words left
// out of a quote ("called Ali Birami from … Ardabil province was martyred"), not the end of a
// sentence. The quote had been cut there, so the guard's home province was read as where he died.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/extract/sentences.ts';

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('an ellipsis between spaces is an elision', () => {
  it('"from … Ardabil province was martyred" stays one sentence', () => {
    const text =
      '"One of the personnel from the Urmia border unit called Ali Birami from … Ardabil province was martyred last night," he said.';
    expect(cut(text)).toEqual([text]);
  });
  it('"from ... Ardabil" (three dots) stays one sentence', () => {
    const text = 'A guard from ... Ardabil province was martyred. Police came.';
    expect(cut(text)).toEqual(['A guard from ... Ardabil province was martyred.', 'Police came.']);
  });
  it('control: an ellipsis right after a word still ends a sentence before a capital', () => {
    expect(cut('They waited… The attack came at dawn.')).toEqual([
      'They waited…',
      'The attack came at dawn.',
    ]);
  });
});
