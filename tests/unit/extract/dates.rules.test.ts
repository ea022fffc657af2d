// Resolving date phrases against the publication date: weekdays, "ago", months and years,
// weekday checks, time of day, hedges (TZ=UTC; published Monday 2024-01-29 unless a test says
// otherwise). Stretches, bounds and dates after publication: dates.spans.test.ts.
import { describe, expect, it } from 'vitest';
import { mention, read } from './dateHelpers.ts';

const friday = '2023-03-03';

describe('weekdays: the latest such day on or before publication', () => {
  it('"on Friday" in a Friday article is that day', () => {
    const m = mention(
      read('Gunmen attacked a post on Friday.', { published: friday }),
      'on Friday',
    );
    expect([m.date, m.basis]).toEqual(['2023-03-03', 'publication']);
  });
  it('"on Tuesday" in a Monday article is the Tuesday before', () => {
    expect(mention(read('Gunmen attacked a post on Tuesday.'), 'on Tuesday').date).toBe(
      '2024-01-23',
    );
  });
  it('"last Friday" in a Friday article is the Friday a week before', () => {
    const r = read('The guards were freed last Friday.', { published: friday });
    expect(mention(r, 'last Friday').date).toBe('2023-02-24');
  });
  it('"last Friday" in a Monday article is the latest Friday', () => {
    expect(mention(read('The guards were freed last Friday.'), 'last Friday').date).toBe(
      '2024-01-26',
    );
  });
  it('"next Friday" is after publication and says so', () => {
    const m = mention(read('Talks will resume next Friday.'), 'next Friday');
    expect([m.date, m.reviews.map((x) => x.code)]).toEqual([
      '2024-02-02',
      ['date_after_publication'],
    ]);
  });
});

describe('"ago": publication minus the span', () => {
  it('"two weeks ago" is approximate', () => {
    const m = mention(read('The convoy was hit two weeks ago.'), 'two weeks ago');
    expect([m.date, m.precision, m.basis]).toEqual(['2024-01-15', 'approximate', 'publication']);
  });
  it('"nearly 10 days ago" is approximate', () => {
    const m = mention(read('Strikes were exchanged nearly 10 days ago.'), 'nearly 10 days ago');
    expect([m.date, m.precision]).toEqual(['2024-01-19', 'approximate']);
  });
  it('"three days ago" is exact to the day', () => {
    const m = mention(read('He was seized three days ago.'), 'three days ago');
    expect([m.date, m.precision]).toEqual(['2024-01-26', 'day']);
  });
  it('"a month ago" is approximate', () => {
    const m = mention(read('The crossing shut a month ago.'), 'a month ago');
    expect([m.date, m.precision]).toEqual(['2023-12-29', 'approximate']);
  });
  it('"a few days ago" is a range, not a guessed day', () => {
    const m = mention(read('Troops arrived a few days ago.'), 'a few days ago');
    expect([m.date, m.date_end, m.precision]).toEqual(['2024-01-20', '2024-01-27', 'range']);
  });
  it('"more than three days ago" is approximate', () => {
    const r = read('He went missing more than three days ago.');
    expect(mention(r, 'more than three days ago').precision).toBe('approximate');
  });
});

describe('months and years: one date of that precision, never a false day', () => {
  it('"late March last year" is March of the previous year', () => {
    const r = read('The base was raided in late March last year.');
    const m = mention(r, 'in late March last year');
    expect([m.date, m.date_end, m.precision]).toEqual(['2023-03-01', '2023-03-31', 'month']);
  });
  it('"in March" is the latest March that has begun', () => {
    const m = mention(read('Attacks rose in March.'), 'in March');
    expect([m.date, m.precision]).toEqual(['2023-03-01', 'month']);
  });
  it('"in January" in a January article is this month and not after publication', () => {
    const m = mention(read('Attacks rose in January.'), 'in January');
    expect([m.date, m.date_end, m.reviews]).toEqual(['2024-01-01', '2024-01-31', []]);
  });
  it('"mid-March" is the month, not a day', () => {
    const m = mention(read('Fighting resumed in mid-March.'), 'in mid-March');
    expect([m.date, m.precision]).toEqual(['2023-03-01', 'month']);
  });
  it('"early 2019" is the year', () => {
    const m = mention(read('The group formed in early 2019.'), 'in early 2019');
    expect([m.date, m.date_end, m.precision, m.basis]).toEqual([
      '2019-01-01',
      '2019-12-31',
      'year',
      'absolute',
    ]);
  });
  it('"in May 2018" is that month', () => {
    const m = mention(read('The post was overrun in May 2018.'), 'in May 2018');
    expect([m.date, m.precision, m.basis]).toEqual(['2018-05-01', 'month', 'absolute']);
  });
  it('"last month" is the previous calendar month', () => {
    const m = mention(read('Two guards were freed last month.'), 'last month');
    expect([m.date, m.date_end, m.precision]).toEqual(['2023-12-01', '2023-12-31', 'month']);
  });
});

describe('a weekday beside a date is checked against the calendar', () => {
  it('"Friday, 12 May" fits 2023 and passes', () => {
    const m = mention(read('The attack came on Friday, 12 May.'), 'on Friday, 12 May');
    expect([m.date, m.reviews]).toEqual(['2023-05-12', []]);
  });
  it('"on Friday (May 12)" is one phrase and fits 2023', () => {
    const m = mention(read('Gunmen struck on Friday (May 12) in Panjgur.'), 'on Friday (May 12)');
    expect([m.date, m.reviews]).toEqual(['2023-05-12', []]);
  });
  it('"Thursday, 12 May" in 2023 is a mismatch, and names the year that would fit', () => {
    const r = read('Gunmen struck on Thursday, 12 May.', { published: '2023-06-01' });
    const m = mention(r, 'on Thursday, 12 May');
    expect(m.reviews.map((x) => x.code)).toEqual(['weekday_mismatch']);
    expect(m.reviews[0]?.message).toMatch(/2023-05-12 is a Friday, not a Thursday.*2022/);
  });
  it('a stated year is checked too: "Friday, 12 May 2024" was a Sunday', () => {
    const r = read('It happened on Friday, 12 May 2024.', { published: '2024-06-01' });
    expect(mention(r, 'on Friday, 12 May 2024').reviews.map((x) => x.code)).toEqual([
      'weekday_mismatch',
    ]);
  });
  it("the mismatch becomes the event's reason", () => {
    expect(read('Gunmen killed four on Monday, March 4.').reviews[0]?.code).toBe(
      'weekday_mismatch',
    );
  });
});

describe('time of day resolves to the day named', () => {
  it.each([
    ['Gunmen opened fire late on Tuesday.', 'late on Tuesday', '2024-01-23'],
    ['The attack came on Wednesday night.', 'on Wednesday night', '2024-01-24'],
    ['A bomb went off in the early hours of Monday.', 'in the early hours of Monday', '2024-01-29'],
    ['Militants struck on Sunday morning.', 'on Sunday morning', '2024-01-28'],
    ['Troops raided the house at dawn on Saturday.', 'at dawn on Saturday', '2024-01-27'],
  ])('%s', (sentence, phrase, date) => {
    const m = mention(read(sentence), phrase);
    expect([m.date, m.precision]).toEqual([date, 'day']);
  });
  it('"overnight" with no day named is the night before publication: a two-day range', () => {
    const m = mention(read('Militants attacked a checkpoint overnight.'), 'overnight');
    expect([m.date, m.date_end, m.precision]).toEqual(['2024-01-28', '2024-01-29', 'range']);
  });
  it('"overnight on Tuesday" is Tuesday, approximate (the night may run into Wednesday)', () => {
    const m = mention(read('Rockets hit the base overnight on Tuesday.'), 'overnight on Tuesday');
    expect([m.date, m.precision]).toEqual(['2024-01-23', 'approximate']);
  });
  it('"Saturday night into Sunday" spans both days', () => {
    const m = mention(
      read('Clashes ran from Saturday night into Sunday.'),
      'from Saturday night into Sunday',
    );
    expect([m.date, m.date_end, m.precision]).toEqual(['2024-01-27', '2024-01-28', 'range']);
  });
});

describe('hedges and casual words', () => {
  it('"mid-January 18" is approximate', () => {
    const m = mention(read('Strikes hit Saravan on mid-January 18.'), 'on mid-January 18');
    expect([m.date, m.precision]).toEqual(['2024-01-18', 'approximate']);
  });
  it('"around January 20" is approximate', () => {
    expect(mention(read('He vanished around January 20.'), 'around January 20').precision).toBe(
      'approximate',
    );
  });
  it('a hedged clock time does not hedge the day ("at around 2 a.m. … on Thursday")', () => {
    const r = read('The strike came at around 2 a.m. local time on Thursday (Jan. 18).');
    const m = mention(r, 'at around 2 a.m. local time on Thursday (Jan. 18)');
    expect([m.date, m.precision]).toEqual(['2024-01-18', 'day']);
  });
  it('"about two days later" is approximate', () => {
    const previous = { date: '2024-01-18', precision: 'day' as const };
    const m = mention(
      read('About two days later, troops arrived.', { previous }),
      'About two days later',
    );
    expect([m.date, m.precision]).toEqual(['2024-01-20', 'approximate']);
  });
  it('"yesterday" is the day before publication', () => {
    expect(mention(read('Two soldiers died yesterday.'), 'yesterday').date).toBe('2024-01-28');
  });
  it('"last week" is the previous Monday to Sunday', () => {
    const m = mention(read('Four rockets fell last week.'), 'last week');
    expect([m.date, m.date_end, m.precision]).toEqual(['2024-01-22', '2024-01-28', 'range']);
  });
  it('"earlier this month" runs from the first to publication', () => {
    const m = mention(read('Ten were abducted earlier this month.'), 'earlier this month');
    expect([m.date, m.date_end]).toEqual(['2024-01-01', '2024-01-29']);
  });
});
