// Date resolution on every date phrase of the two seed articles, plus the rules' edge cases.
import { describe, expect, it } from 'vitest';
import { DatePhraseError, resolveDatePhrase } from '../../src/core/dates.ts';

const y2018 = { published: '2018-11-20' }; // a Tuesday
const y2024 = { published: '2024-01-29' }; // a Monday

describe('phrases of the 2018 article (published Tuesday 2018-11-20)', () => {
  it('"On October 16" is the latest October 16 before publication', () => {
    expect(resolveDatePhrase('On October 16', y2018)).toEqual({
      date: '2018-10-16',
      precision: 'day',
    });
  });
  it('"on November 15" is 2018-11-15', () => {
    expect(resolveDatePhrase('on November 15', y2018)).toEqual({
      date: '2018-11-15',
      precision: 'day',
    });
  });
  it('"on Tuesday" in a Tuesday-published article is that day', () => {
    expect(resolveDatePhrase('on Tuesday', y2018)).toEqual({
      date: '2018-11-20',
      precision: 'day',
    });
  });
});

describe('phrases of the 2024 article (published Monday 2024-01-29)', () => {
  const strike = resolveDatePhrase('on mid-January 18', y2024);
  const agreement = resolveDatePhrase('On January 19', y2024);
  it('"on Monday" in a Monday-published article is that day', () => {
    expect(resolveDatePhrase('on Monday', y2024)).toEqual({ date: '2024-01-29', precision: 'day' });
  });
  it('"nearly 10 days ago" is approximate, counted from publication', () => {
    expect(resolveDatePhrase('nearly 10 days ago', y2024)).toEqual({
      date: '2024-01-19',
      precision: 'approximate',
    });
  });
  it('"mid-January 18" is January 18, approximate because of "mid-"', () => {
    expect(strike).toEqual({ date: '2024-01-18', precision: 'approximate' });
    expect(resolveDatePhrase('mid-January 18', y2024)).toEqual(strike);
  });
  it('"a day after" describing the anchor puts this incident a day before it, approximate', () => {
    expect(
      resolveDatePhrase('a day after', { ...y2024, anchor: strike, phraseDescribesAnchor: true }),
    ).toEqual({ date: '2024-01-17', precision: 'approximate' });
  });
  it('"a day after" describing this incident puts it a day after the anchor', () => {
    expect(resolveDatePhrase('a day after', { ...y2024, anchor: agreement })).toEqual({
      date: '2024-01-20',
      precision: 'day',
    });
  });
  it('"On January 19" is 2024-01-19', () => {
    expect(agreement).toEqual({ date: '2024-01-19', precision: 'day' });
  });
  it('"a week later" resolves against its anchor, not the publication date', () => {
    expect(resolveDatePhrase('a week later', { ...y2024, anchor: agreement })).toEqual({
      date: '2024-01-26',
      precision: 'day',
    });
  });
});

describe('rules', () => {
  it('"immediately" with an upper bound becomes a range', () => {
    const anchor = { date: '2018-10-16', precision: 'day' as const };
    const before = { date: '2018-11-15', precision: 'day' as const };
    expect(resolveDatePhrase('immediately', { ...y2018, anchor, before })).toEqual({
      date: '2018-10-16',
      date_end: '2018-11-15',
      precision: 'range',
    });
  });
  it('a month-day later in the year than publication falls in the previous year', () => {
    expect(resolveDatePhrase('on December 3', y2018).date).toBe('2017-12-03');
  });
  it('a weekday other than the publication day is the latest one before it', () => {
    expect(resolveDatePhrase('on Thursday', y2018).date).toBe('2018-11-15');
  });
  it('a relative phrase without an anchor is an error', () => {
    expect(() => resolveDatePhrase('a week later', y2024)).toThrow(DatePhraseError);
  });
  it('a phrase resolving after publication is an error', () => {
    const anchor = { date: '2024-01-25', precision: 'day' as const };
    expect(() => resolveDatePhrase('a week later', { ...y2024, anchor })).toThrow(
      /after the publication date 2024-01-29/,
    );
  });
  it('an explicit year after publication is an error', () => {
    expect(() => resolveDatePhrase('on March 3, 2025', y2024)).toThrow(/after the publication/);
  });
  it('a bare month is month precision covering the whole month', () => {
    expect(resolveDatePhrase('in October', y2018)).toEqual({
      date: '2018-10-01',
      date_end: '2018-10-31',
      precision: 'month',
    });
  });
  it('"two weeks ago" is approximate, counted from publication (shared with the extractor)', () => {
    expect(resolveDatePhrase('two weeks ago', y2024)).toEqual({
      date: '2024-01-15',
      precision: 'approximate',
    });
  });
  it('the month of publication is not after publication', () => {
    expect(resolveDatePhrase('in November', y2018)).toEqual({
      date: '2018-11-01',
      date_end: '2018-11-30',
      precision: 'month',
    });
  });
  it('a phrase that is no date is an error', () => {
    expect(() => resolveDatePhrase('recently-ish', y2024)).toThrow(/not a date/);
  });
});
