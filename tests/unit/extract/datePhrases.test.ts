// Which words of a sentence are date phrases, and exactly where they are (TZ=UTC; published
// Monday 2024-01-29 unless a test says otherwise).
import { describe, expect, it } from 'vitest';
import { mention, read, texts } from './dateHelpers.ts';

describe('what is and is not a date', () => {
  it('"may" the verb and "a protest march" are not months', () => {
    const r = read('Officials said talks may resume after a protest march through Quetta.');
    expect(r.mentions).toEqual([]);
  });
  it('"March" after "in" is the month, the lower-case noun beside it is not', () => {
    expect(texts(read('Traders joined a march in March against the border closure.'))).toEqual([
      'in March',
    ]);
  });
  it('counts, routes and kilometre posts are not dates', () => {
    const r = read('At least 10 killed on Route 40, 12 km from Taftan, as 2,000 troops deployed.');
    expect(r.mentions).toEqual([]);
  });
  it('a number followed by a plural noun is a count, not a year', () => {
    expect(read('The town was surrounded by 2000 troops and 300 police.').mentions).toEqual([]);
  });
  it('plural weekdays ("on Mondays") are a habit, not a date', () => {
    expect(read('Traders cross at Taftan on Mondays and Thursdays.').mentions).toEqual([]);
  });
  it('"Jan" as a first name and "Mayor" are not months', () => {
    expect(read('Jan Egeland met the Mayor of Zahedan.').mentions).toEqual([]);
  });
  it('regression: a day and month before a year it cannot read are not read against publication', () => {
    expect(read('Gunmen attacked a post on 3 March 99999.').mentions).toEqual([]);
    expect(read('Gunmen attacked a post on March 3, 20224.').mentions).toEqual([]);
  });
  it('a day and month before a count are still read ("March 3, 12 people")', () => {
    expect(texts(read('On March 3, 12 people were killed in Turbat.'))).toEqual(['On March 3']);
  });
  it('a decade ("the 1990s") is not a year', () => {
    expect(read('The group was formed in the 1990s.').mentions).toEqual([]);
  });
  it('a year followed by a comma stays with its date', () => {
    const r = read('On 14 February 2019, a suicide bomber struck a bus near Khash.');
    expect(mention(r, 'On 14 February 2019').date).toBe('2019-02-14');
  });
  it('a day and month alone with no cue are read ("12 May")', () => {
    expect(texts(read('The border reopened 12 May after talks.'))).toEqual(['12 May']);
  });
});

describe('forms of a day', () => {
  it('"Jan. 5" with its preposition', () => {
    const r = read('Gunmen ambushed a convoy near Turbat on Jan. 5, killing four soldiers.');
    expect(mention(r, 'on Jan. 5').date).toBe('2024-01-05');
  });
  it('"5th January"', () => {
    expect(mention(read('The crossing closed on 5th January.'), 'on 5th January').date).toBe(
      '2024-01-05',
    );
  });
  it('"the 12th of May" with a year', () => {
    const m = mention(read('Talks began on the 12th of May 2023.'), 'on the 12th of May 2023');
    expect([m.date, m.basis]).toEqual(['2023-05-12', 'absolute']);
  });
  it('an ISO date is absolute', () => {
    const m = mention(
      read('The ministry report, dated 2023-11-02, listed 14 attacks.'),
      '2023-11-02',
    );
    expect([m.date, m.precision, m.basis]).toEqual(['2023-11-02', 'day', 'absolute']);
  });
  it('a day-first numeric date is read when the day is over 12', () => {
    expect(mention(read('The order is dated 25/12/2023.'), '25/12/2023').date).toBe('2023-12-25');
  });
  it('a numeric date that reads both ways is left unresolved with a reason', () => {
    const m = mention(read('The attack on 12/05/2023 was claimed by the group.'), 'on 12/05/2023');
    expect(m.date).toBeNull();
    expect(m.reviews[0]?.message).toMatch(/2023-05-12 or 2023-12-05/);
  });
  it('"February 14-15" is a range', () => {
    const m = mention(read('Clashes erupted on February 14-15 in Saravan.'), 'on February 14-15');
    expect([m.date, m.date_end, m.precision]).toEqual(['2023-02-14', '2023-02-15', 'range']);
  });
  it('"at 3 p.m. on 5 June 2021" is one phrase', () => {
    expect(texts(read('The blast came at 3 p.m. on 5 June 2021 in Quetta.'))).toEqual([
      'at 3 p.m. on 5 June 2021',
    ]);
  });
});

describe('qualifiers', () => {
  it('"Sunday\'s attack" takes the possessive in', () => {
    const m = mention(read("Police arrested three men over Sunday's attack."), "Sunday's");
    expect([m.date, m.role]).toEqual(['2024-01-28', 'qualifier']);
  });
  it('"the 2018 abduction" is a year, qualifying the abduction', () => {
    const m = mention(read('He led talks after the 2018 abduction of 12 guards.'), '2018');
    expect([m.date, m.date_end, m.precision, m.role]).toEqual([
      '2018-01-01',
      '2018-12-31',
      'year',
      'qualifier',
    ]);
  });
  it('"2019-20" is a range of two years', () => {
    const m = mention(read('Security spending rose in the 2019-20 fiscal year.'), '2019-20');
    expect([m.date, m.date_end, m.precision]).toEqual(['2019-01-01', '2020-12-31', 'range']);
  });
  it('"since 2019" is a bound, qualifying', () => {
    expect(mention(read('The post has been shelled since 2019.'), 'since 2019').role).toBe(
      'qualifier',
    );
  });
});

describe('spans index the whole article', () => {
  const before = 'Headline 🚨 on “border” clashes\nQUETTA — Officials spoke. ';
  const sentences = [
    'The statement, issued on Thursday, said the attack came on Wednesday night.',
    'At least ten people were killed in Saravan on mid-January 18.',
    'Gunmen struck nearly 10 days ago, in the early hours of Monday, and again overnight.',
    "Police arrested three men over Sunday's attack and the 2018 abduction.",
    'Two days later, on Jan. 5, 2023, the 2019-20 budget and late March last year came up.',
    'Friday, 12 May and on Friday (May 12) and 2023-01-05 and 25/12/2023 were read.',
  ];
  it.each(sentences)('every mention\'s text is ctx.text.slice(span): "%s"', (s) => {
    const r = read(s, { before, after: ' Next sentence on Monday.' });
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) {
      expect(r.ctx.text.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.span.start).toBeGreaterThanOrEqual(before.length);
      expect(m.span.end).toBeLessThanOrEqual(before.length + s.length);
    }
  });
});
