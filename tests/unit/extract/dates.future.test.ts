// A weekday governed by a future verb ("will open … on Thursday") is the coming such day, not
// the past one: plans are not incidents, and their day lies after publication.
import { describe, expect, it } from 'vitest';
import { futureBefore } from '../../../src/core/extract/dateWords.ts';
import { codes, read } from './dateHelpers.ts';

const WEDNESDAY = { published: '2024-01-31' };

describe('a weekday after a future verb', () => {
  it('"will jointly open a market … on Thursday" is the next day', () => {
    const r = read(
      'The two leaders will jointly open a border market at the crossing on Thursday.',
      WEDNESDAY,
    );
    expect(r.event?.date).toBe('2024-02-01');
  });
  it('"are due to meet … on Wednesday" in a Wednesday report is that day', () => {
    const r = read('The ministers are due to meet in the capital on Wednesday.', WEDNESDAY);
    expect(r.event?.date).toBe('2024-01-31');
  });
  it('"will attend the funeral of those who were killed on Monday" is the past Monday', () => {
    const r = read(
      'The minister will attend the funeral of those who were killed on Monday.',
      WEDNESDAY,
    );
    expect([r.event?.date, codes(r)]).toEqual(['2024-01-29', []]);
  });
  it('a past verb is not future: "attacked … on Thursday" is the last Thursday', () => {
    expect(read('Gunmen attacked a post on Thursday.', WEDNESDAY).event?.date).toBe('2024-01-25');
  });
  it('the future verb must be in the same sentence', () => {
    const text = 'Talks will resume. Gunmen attacked a post on Thursday';
    expect(futureBefore(text, text.indexOf('Thursday'))).toBe(false);
  });
});
