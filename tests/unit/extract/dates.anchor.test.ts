// Phrases that hang on another event: "two days later", "the next day", "a day after …",
// "It comes a day after …" (published Monday 2024-01-29 unless a test says otherwise).
import { describe, expect, it } from 'vitest';
import { codes, mention, read } from './dateHelpers.ts';

const day18 = { date: '2024-01-18', precision: 'day' as const };

describe('steps from the previous incident', () => {
  it('"Two days later" is the previous event plus two days', () => {
    const m = mention(
      read('Two days later, gunmen struck a second checkpoint.', { previous: day18 }),
      'Two days later',
    );
    expect([m.date, m.precision, m.basis]).toEqual(['2024-01-20', 'day', 'anchor']);
  });
  it('an approximate previous date makes the step approximate', () => {
    const previous = { date: '2024-01-18', precision: 'approximate' as const };
    expect(
      mention(read('The next day, troops sealed the border.', { previous }), 'The next day')
        .precision,
    ).toBe('approximate');
  });
  it('"a day earlier" goes back', () => {
    expect(
      mention(read('A day earlier, a bomb had exploded.', { previous: day18 }), 'A day earlier')
        .date,
    ).toBe('2024-01-17');
  });
  it('"hours later" is the same day, approximate (midnight may have passed)', () => {
    const m = mention(
      read('Hours later, a second blast hit the market.', { previous: day18 }),
      'Hours later',
    );
    expect([m.date, m.precision]).toEqual(['2024-01-18', 'approximate']);
  });
  it('"Earlier in the day" is the previous event\'s day (a sixteenth-try page left it undated)', () => {
    const m = mention(
      read('Earlier in the day, troops killed four militants in Dera Ismail Khan.', {
        previous: day18,
      }),
      'Earlier in the day',
    );
    expect([m.date, m.precision]).toEqual(['2024-01-18', 'day']);
  });
  it('"later in the day" reads the same', () => {
    const text = 'Later in the day, a second blast hit the market.';
    expect(mention(read(text, { previous: day18 }), 'Later in the day').date).toBe('2024-01-18');
  });
  it('"48 hours later" is two days on, approximate', () => {
    const m = mention(
      read('Some 48 hours later, the road reopened.', { previous: day18 }),
      'Some 48 hours later',
    );
    expect([m.date, m.precision]).toEqual(['2024-01-20', 'approximate']);
  });
  it('"a day after the ambush" alone counts from the previous incident', () => {
    const r = read('Security forces raided a compound in Kech a day after the ambush.', {
      previous: day18,
    });
    expect(r.event?.date).toBe('2024-01-19');
  });
  it('a month-precision anchor gives a range, not a false month', () => {
    const previous = { date: '2023-03-01', date_end: '2023-03-31', precision: 'month' as const };
    const m = mention(
      read('Two days later, the guards were freed.', { previous }),
      'Two days later',
    );
    expect([m.date, m.date_end, m.precision]).toEqual(['2023-03-03', '2023-04-02', 'range']);
  });
  it('a step from a month-precision anchor names no day: for review', () => {
    const previous = { date: '2024-01-01', date_end: '2024-01-31', precision: 'month' as const };
    const m = mention(
      read('Two days later, troops raided a village in Saravan.', { previous }),
      'Two days later',
    );
    expect(m.reviews.map((v) => v.message).join()).toMatch(/dated only to the month/);
  });
  it('without a previous incident: no date, no_date_anchor', () => {
    const r = read('The next day, troops sealed the border.');
    expect([r.event?.date, r.event?.basis, codes(r)]).toEqual([null, 'anchor', ['no_date_anchor']]);
  });
  it('a step past publication is flagged', () => {
    const previous = { date: '2024-01-28', precision: 'day' as const };
    expect(codes(read('Two days later, talks resumed.', { previous }))).toEqual([
      'date_after_publication',
    ]);
  });
  it('a step resolves without a publication date when the anchor is dated', () => {
    const r = read('The next day, troops sealed the border.', { published: null, previous: day18 });
    expect(r.event?.date).toBe('2024-01-19');
  });
  it('"A day prior," goes back from the previous incident', () => {
    // issue 8, tenth try: it was no step, and the incident was folded into the one before
    const m = mention(
      read('A day prior, six people were killed in Bent.', { previous: day18 }),
      'A day prior',
    );
    expect(m.date).toBe('2024-01-17');
  });
  it('"a week on," steps from the previous incident', () => {
    const m = mention(read('A week on, the border stayed shut.', { previous: day18 }), 'A week on');
    expect(m.date).toBe('2024-01-25');
  });
  it('"for several hours on Thursday" is how long, not a step: the Thursday dates it', () => {
    // issue 8: "several hours on" was read as a step with no anchor, and the day was lost
    const r = read('Border forces exchanged fire for several hours on Thursday.');
    expect([r.event?.date, r.event?.basis]).toEqual(['2024-01-25', 'publication']);
  });
});

describe('steps inside one sentence', () => {
  it('"On January 19 … and a week later" counts from January 19, not the previous incident', () => {
    const r = read(
      'On January 19, Tehran and Islamabad agreed to defuse the tensions, and a week later, the Iranian and Pakistani ambassadors returned to their respective posts.',
      { previous: { date: '2024-01-17', precision: 'approximate' } },
    );
    expect(mention(r, 'a week later').date).toBe('2024-01-26');
  });
  it('"on Monday, two days after a bombing": the bombing is dated, the event stays Monday', () => {
    const r = read(
      'Gunmen attacked a post in Mand on Monday, two days after a bombing in Turbat.',
      {
        previous: day18,
      },
    );
    const after = mention(r, 'two days after');
    expect([after.date, after.role, r.event?.text, codes(r)]).toEqual([
      '2024-01-27',
      'qualifier',
      'on Monday',
      [],
    ]);
  });
});

describe('"It comes a day after X": X lies before the event "It" refers to', () => {
  it("the seed article: Iran's strikes are a day before Pakistan's (mid-January 18)", () => {
    const r = read(
      "It comes a day after Tehran pounded two main headquarters of the anti-Tehran terror group the so-called Jaish Al-Adl in Pakistan's Southwestern province of Balochistan.",
      { previous: { date: '2024-01-18', precision: 'approximate' } },
    );
    expect([r.event?.date, r.event?.precision, r.event?.basis, codes(r)]).toEqual([
      '2024-01-17',
      'approximate',
      'anchor',
      [],
    ]);
  });
  it('"The raid came two days after militants killed" places the killing first', () => {
    const r = read('The raid came two days after militants killed four guards.', {
      previous: day18,
    });
    expect(r.event?.date).toBe('2024-01-16');
  });
});

describe('steps the text does not count', () => {
  it('"days after" an event gives only a stretch, for review (not an answer)', () => {
    const r = read('The strikes came days after seven soldiers were killed in an ambush.', {
      previous: day18,
    });
    const m = mention(r, 'days after');
    expect(m.precision).toBe('range');
    expect(m.reviews.map((v) => v.message).join()).toMatch(/does not say how many days/);
  });
  it('"two or three days later" is still an answer (a stretch of at most 3 days)', () => {
    const m = mention(
      read('Two or three days later, the guards were freed.', { previous: day18 }),
      'Two or three days later',
    );
    expect([m.date, m.date_end, m.reviews]).toEqual(['2024-01-20', '2024-01-21', []]);
  });
  it('"several days ago" counts back an uncounted stretch: for review', () => {
    const m = mention(read('Gunmen attacked a post several days ago.'), 'several days ago');
    expect(m.reviews.map((v) => v.message).join()).toMatch(/does not say how many days/);
  });
});
