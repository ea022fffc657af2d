// The reference date: publication, else the dateline's date, else none; and never today.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { codes, mention, read } from './dateHelpers.ts';

const none = { published: null };

describe('without publication date or dateline', () => {
  it.each([
    ['Gunmen attacked a post on Monday.', 'on Monday'],
    ['Two soldiers died yesterday.', 'yesterday'],
    ['The convoy was hit two weeks ago.', 'two weeks ago'],
    ['Two guards were freed last month.', 'last month'],
    ['The post fell on March 3.', 'on March 3'],
    ['Attacks rose in March.', 'in March'],
    ['Militants attacked a checkpoint overnight.', 'overnight'],
  ])('"%s": no date, no_date_anchor', (sentence, phrase) => {
    const m = mention(read(sentence, none), phrase);
    expect([m.date, m.precision, m.reviews.map((x) => x.code)]).toEqual([
      null,
      null,
      ['no_date_anchor'],
    ]);
  });
  it('the unresolved event carries the reason', () => {
    expect(codes(read('Gunmen attacked a post on Monday.', none))).toEqual(['no_date_anchor']);
  });
  it.each([
    ['Gunmen ambushed a convoy on Jan. 5, 2023.', 'on Jan. 5, 2023', '2023-01-05'],
    ['The report is dated 2023-11-02.', '2023-11-02', '2023-11-02'],
    ['The group formed in 2019.', 'in 2019', '2019-01-01'],
    ['The post was overrun in May 2018.', 'in May 2018', '2018-05-01'],
  ])('"%s": a date with its own year still resolves', (sentence, phrase, date) => {
    const m = mention(read(sentence, none), phrase);
    expect([m.date, m.basis, m.reviews]).toEqual([date, 'absolute', []]);
  });
});

describe('a dateline anchors when there is no publication date', () => {
  const text = 'QUETTA, March 3 (Reuters) - Gunmen killed 10 people on Wednesday.';
  it('the dateline date resolves against nothing when it has no year', () => {
    expect(findDateline(text, null)?.date).toBeNull();
  });
  const filed = 'QUETTA, March 3, 2023 (Reuters) - ';
  const sentence = 'Gunmen killed 10 people on Wednesday.';
  it('a dateline with its own date anchors relative phrases', () => {
    const dateline = findDateline(filed + sentence, null);
    const m = mention(read(sentence, { published: null, dateline, before: filed }), 'on Wednesday');
    expect([m.date, m.basis]).toEqual(['2023-03-01', 'dateline']);
  });
  it('the dateline itself is never a mention of the sentence holding it', () => {
    const dateline = findDateline(text, '2023-03-03');
    const r = read(text, { published: '2023-03-03', dateline });
    expect(r.mentions.map((m) => m.text)).toEqual(['on Wednesday']);
  });
  it('publication wins over the dateline', () => {
    const dateline = findDateline(filed + sentence, null);
    const m = mention(read(sentence, { dateline, before: filed }), 'on Wednesday');
    expect([m.date, m.basis]).toEqual(['2024-01-24', 'publication']);
  });
});

describe('a dateline filed shortly before publication', () => {
  const filed = 'QUETTA, March 3, 2024 - ';
  const sentence = 'Gunmen killed 10 people on Monday.';
  const dateline = findDateline(filed + sentence, '2024-03-04');
  it('"on Monday" in a Sunday report printed on Monday is the Monday before the filing', () => {
    const m = mention(
      read(sentence, { published: '2024-03-04', dateline, before: filed }),
      'on Monday',
    );
    expect([m.date, m.basis]).toEqual(['2024-02-26', 'dateline']);
  });
  it('a dateline filed more than a week before publication leaves publication the reference', () => {
    const m = mention(
      read(sentence, { published: '2024-03-18', dateline, before: filed }),
      'on Monday',
    );
    expect([m.date, m.basis]).toEqual(['2024-03-18', 'publication']);
  });
});

describe('never against today', () => {
  afterEach(() => vi.useRealTimers());
  const sentence =
    'Gunmen struck on Monday, two weeks ago, yesterday, in March, overnight and last month.';
  it('results do not change with the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-04T10:00:00Z'));
    const a = read(sentence);
    vi.setSystemTime(new Date('2019-02-14T23:59:00Z'));
    const b = read(sentence);
    expect(a.mentions).toEqual(b.mentions);
    expect(a.mentions.every((m) => m.date !== null && m.date <= '2024-01-29')).toBe(true);
  });
  it('without a reference, a clock set on a Monday does not resolve "on Monday"', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-01-29T12:00:00Z'));
    expect(read(sentence, none).mentions.every((m) => m.date === null)).toBe(true);
  });
  it('the date modules never read the clock', () => {
    const files = [
      'dates',
      'datePhrases',
      'dateCores',
      'dateResolve',
      'dateCasual',
      'dateGrammar',
      'dateEvent',
      'dateline',
    ];
    const sources = [...files.map((f) => `src/core/extract/${f}.ts`), 'src/core/dateRules.ts'].map(
      (f) => readFileSync(f, 'utf8'),
    );
    for (const s of sources) expect(s).not.toMatch(/Date\.now\(|new Date\(\s*\)/);
  });
});

describe('a step from an undated earlier event', () => {
  it('says the article has no reference to date the earlier event either', () => {
    const r = read('Kasi had been shot dead earlier that morning.', { published: null });
    expect([r.event?.date, codes(r)]).toEqual([null, ['no_date_anchor']]);
    expect(r.reviews[0]?.message).toMatch(/no publication date or dated dateline/);
  });
  it('with a reference but no earlier event, says none comes before it', () => {
    const r = read('Kasi had been shot dead earlier that morning.');
    expect(r.reviews[0]?.message).toMatch(/none with a date comes before it/);
  });
});
