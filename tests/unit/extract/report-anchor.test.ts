// A sentence that only dates the report ("This is reported by Tolo News on Wednesday, August 12.")
// is what "the previous day" counts from when no dated event comes before it (reportAnchor.ts;
// from the twenty-sixth blind try). Invented sentences; the controls stay as they were.
import { describe, expect, it } from 'vitest';
import { reportedDay } from '../../../src/core/extract/reportAnchor.ts';
import type { DateMention } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 12 August 2020. */
const run = extractOn('2020-08-12');
const clash = (ps: ReturnType<typeof run>) => ps.find((p) => /Clashes/.test(p.excerpt));

describe('a report-dating sentence anchors "the previous day"', () => {
  it('"This is reported by Tolo News on Wednesday" then "the previous day" is the Tuesday', () => {
    const ps = run(
      'This is reported by Tolo News on Wednesday, August 12.\n\nClashes between the Taliban and security forces took place the previous day in Chaman.',
    );
    expect(clash(ps)).toMatchObject({ date: '2020-08-11', date_basis: 'the previous day' });
  });
  it('"Police said on Monday that the search went on." anchors it too', () => {
    const ps = run(
      'Police said on Monday that the search went on.\n\nClashes between the Taliban and security forces took place the previous day in Chaman.',
    );
    expect(clash(ps)?.date).toBe('2020-08-09');
  });
  it('control: with no report sentence, "the previous day" still has no anchor', () => {
    const ps = run(
      'Clashes between the Taliban and security forces took place the previous day in Chaman.',
    );
    expect(clash(ps)?.reasons.map((r) => r.code)).toContain('no_date_anchor');
  });
  it('control: a dated event before it stays the anchor', () => {
    const ps = run(
      'Militants attacked a post in Chaman on Sunday.\n\nThis is reported by Tolo News on Wednesday, August 12.\n\nClashes between the Taliban and security forces took place the previous day in Chaman.',
    );
    expect(clash(ps)?.date).toBe('2020-08-08');
  });
});

describe('reportedDay', () => {
  const mention = (over: Partial<DateMention>): DateMention => ({
    text: 'on Wednesday',
    span: { start: 0, end: 12 },
    date: '2020-08-12',
    precision: 'day',
    basis: 'publication',
    reviews: [],
    role: 'report',
    ...over,
  });
  const dates = (mentions: DateMention[]) => ({ event: null, mentions, reviews: [] }) as never;
  it("is the report's one day", () => {
    expect(reportedDay(dates([mention({})]))?.date).toBe('2020-08-12');
  });
  it("is null for an event's date", () => {
    expect(reportedDay(dates([mention({ role: 'event' })]))).toBeNull();
  });
  it('is null for a month', () => {
    expect(reportedDay(dates([mention({ precision: 'month' })]))).toBeNull();
  });
  it('is null with two dates', () => {
    expect(reportedDay(dates([mention({}), mention({})]))).toBeNull();
  });
});
