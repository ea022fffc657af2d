// The sentence splitter against hand-labelled boundaries, and single rules on small inputs.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { loadGold } from './sentence-gold.ts';

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences on the labelled passages', () => {
  for (const p of loadGold().filter((g) => !g.heldout)) {
    it(`splits ${p.id} as labelled`, () => {
      expect(splitSentences(p.text)).toEqual(p.sentences);
    });
  }
});

describe('splitSentences rules', () => {
  it('gives no span for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
  it('keeps UTF-16 offsets across astral characters and CRLF line ends', () => {
    const text = '🚨 Blast in Quetta\r\nTwo died. Police came.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '🚨 Blast in Quetta',
      'Two died.',
      'Police came.',
    ]);
    expect(spans[1]?.start).toBe(text.indexOf('Two'));
  });
  it('does not end a sentence at a title before a name', () => {
    expect(cut('Gen. Asim Munir visited Quetta. He met Lt. Gen. Ghafoor.')).toHaveLength(2);
  });
  it('does not end a sentence at a month abbreviation before a day', () => {
    expect(cut('On Dec. 12 gunmen struck. Police said so.')).toEqual([
      'On Dec. 12 gunmen struck.',
      'Police said so.',
    ]);
  });
  it('ends a sentence at a month abbreviation before a capital word', () => {
    expect(cut('It happened in late Jan. Officials confirmed it.')).toHaveLength(2);
  });
  it('does not end a sentence before a lower-case word', () => {
    expect(cut('Arms, ammunition, etc. were seized.')).toHaveLength(1);
  });
  it('ends a sentence after closing quotes and brackets', () => {
    expect(cut('He said "no." Then he left. (Nobody followed.) It rained.')).toEqual([
      'He said "no."',
      'Then he left.',
      '(Nobody followed.)',
      'It rained.',
    ]);
  });
  it('strips bullet markers from the sentence', () => {
    expect(cut('- One\n2) Two\n• Three')).toEqual(['One', 'Two', 'Three']);
  });
});
