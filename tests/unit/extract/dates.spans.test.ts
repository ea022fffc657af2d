// Resolving date phrases that span or bound days: stretches ("from Monday to Wednesday"),
// bounds, dates after publication (flagged, never moved), month and day with no year, counts given
// as ranges, "a fortnight" (TZ=UTC; published Monday 2024-01-29 unless a test says otherwise).
import { describe, expect, it } from 'vitest';
import { codes, mention, read } from './dateHelpers.ts';

describe('stretches of days: one range, the first end read on or before the last', () => {
  it('"from Monday to Wednesday"', () => {
    const m = mention(
      read('Fighting raged from Monday to Wednesday.', { published: '2025-02-01' }),
      'from Monday to Wednesday',
    );
    expect([m.date, m.date_end, m.precision]).toEqual(['2025-01-27', '2025-01-29', 'range']);
  });
  it('"late on Saturday or on Sunday" in a Saturday article: the weekend before, in order', () => {
    const r = read(
      'Accounts differed on whether the fighting broke out late on Saturday or on Sunday.',
      { published: '2025-02-01' },
    );
    const m = mention(r, 'late on Saturday or on Sunday');
    expect([m.date, m.date_end, codes(r)]).toEqual(['2025-01-25', '2025-01-26', []]);
  });
  it('"the night of January 31 to February 1"', () => {
    const r = read(
      'Militants moved in during the night of January 31 to February 1, the army said.',
      { published: '2025-02-01' },
    );
    const m = mention(r, 'the night of January 31 to February 1');
    expect([m.date, m.date_end, r.event?.text]).toEqual(['2025-01-31', '2025-02-01', m.text]);
  });
  it('"between March 3 and March 5"', () => {
    const m = mention(
      read('Clashes between March 3 and March 5 killed nine.'),
      'between March 3 and March 5',
    );
    expect([m.date, m.date_end]).toEqual(['2023-03-03', '2023-03-05']);
  });
  it('"on Saturday and … on Sunday" are two dates, not a stretch', () => {
    const r = read('Gunmen attacked on Saturday and police arrived on Sunday.');
    expect(r.mentions.map((m) => m.text)).toEqual(['on Saturday', 'on Sunday']);
  });
});

describe('bounds', () => {
  it('"since Sunday" runs from Sunday to publication', () => {
    const m = mention(read('Fighting since Sunday has killed 20 in Kurram.'), 'since Sunday');
    expect([m.date, m.date_end, m.precision, m.role]).toEqual([
      '2024-01-28',
      '2024-01-29',
      'range',
      'qualifier',
    ]);
  });
});

describe('dates after publication are flagged, never moved', () => {
  it('an explicit later year keeps its date and says so', () => {
    const m = mention(read('The deal takes effect on March 3, 2025.'), 'on March 3, 2025');
    expect([m.date, m.reviews.map((x) => x.code)]).toEqual([
      '2025-03-03',
      ['date_after_publication'],
    ]);
  });
  it('"tomorrow" is after publication', () => {
    expect(mention(read('Talks open tomorrow.'), 'tomorrow').reviews[0]?.code).toBe(
      'date_after_publication',
    );
  });
  it('a month-day later in the year is last year, not forward', () => {
    expect(mention(read('The post fell on December 3.'), 'on December 3').date).toBe('2023-12-03');
  });
});

describe('a month and day with no year, just after publication', () => {
  it('"on February 5" in a 29 January article is read a year earlier, flagged', () => {
    const m = mention(read('Gunmen attacked a post on February 5.'), 'on February 5');
    expect(m.date).toBe('2023-02-05');
    expect(m.reviews.map((r) => r.message).join(' ')).toMatch(/a year earlier/);
  });
  it('"on December 28" in a 29 January article is last December, unflagged', () => {
    const m = mention(read('Gunmen attacked a post on December 28.'), 'on December 28');
    expect([m.date, m.reviews]).toEqual(['2023-12-28', []]);
  });
});

describe('a count given as a range ("15 to 20 days earlier")', () => {
  const prev = { previous: { date: '2024-01-25', precision: 'day' as const } };
  it('"15 to 20 days earlier" is the range of days, never the far end alone', () => {
    const r = read('Gunmen had attacked the post 15 to 20 days earlier.', prev);
    expect([r.event?.date, r.event?.date_end]).toEqual(['2024-01-05', '2024-01-10']);
  });
  it('"two or three days ago" and "10-12 days ago" are ranges before publication', () => {
    expect(read('Gunmen attacked a post two or three days ago.').event).toMatchObject({
      date: '2024-01-26',
      date_end: '2024-01-27',
    });
    expect(read('Gunmen attacked a post 10-12 days ago.').event).toMatchObject({
      date: '2024-01-17',
      date_end: '2024-01-19',
    });
  });
  it('a backwards range is no count', () => {
    expect(read('Gunmen attacked a post 20 to 15 days ago.').event?.date ?? null).toBeNull();
  });
});

describe('"a fortnight" is two weeks', () => {
  it('"a fortnight ago" reads as "two weeks ago"', () => {
    const a = read('Gunmen attacked a post a fortnight ago.').event;
    const b = read('Gunmen attacked a post two weeks ago.').event;
    expect([a?.date, a?.precision]).toEqual([b?.date, b?.precision]);
    expect(a?.date).toBe('2024-01-15');
  });
  it('"a fortnight later" is the previous event plus 14 days', () => {
    const r = read('A fortnight later, gunmen attacked a post.', {
      previous: { date: '2024-01-10', precision: 'day' },
    });
    expect(r.event?.date).toBe('2024-01-24');
  });
});
