// The article view's runs: sentence, date phrase and place phrase marks over the text.
import { describe, expect, it } from 'vitest';
import { markRuns } from '../../../src/core/userArticles/marks.ts';

describe('markRuns', () => {
  const text = 'Before. Gunmen hit Rask on Monday. After.';
  const sentence = { start: 8, end: 34 };
  const place = { start: 19, end: 23 };
  const date = { start: 24, end: 33 };

  it('cuts the text at every mark and joins back to the text', () => {
    const runs = markRuns(text, [
      { kind: 'sentence', span: sentence },
      { kind: 'date', span: date },
      { kind: 'place', span: place },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === 'Rask')?.kinds).toEqual(['sentence', 'place']);
    expect(runs.find((r) => r.text === 'on Monday')?.kinds).toEqual(['sentence', 'date']);
    expect(runs[0]).toEqual({ text: 'Before. ', start: 0, kinds: [] });
  });

  it('drops missing and empty spans and clips spans past the end', () => {
    const runs = markRuns('abc', [
      { kind: 'sentence', span: { start: 1, end: 99 } },
      { kind: 'date', span: null },
      { kind: 'place', span: { start: 2, end: 2 } },
    ]);
    expect(runs).toEqual([
      { text: 'a', start: 0, kinds: [] },
      { text: 'bc', start: 1, kinds: ['sentence'] },
    ]);
  });
});
