// Datelines: where and when a report was filed, read at the start of the article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';

/** The dateline's parts as text, for compact expectations. */
function parts(text: string, published: string | null = '2024-01-29') {
  const d = findDateline(text, published);
  if (!d) return null;
  return {
    whole: text.slice(d.span.start, d.span.end),
    place: d.place,
    placeText: d.placeSpan ? text.slice(d.placeSpan.start, d.placeSpan.end) : null,
    dateText: d.dateSpan ? text.slice(d.dateSpan.start, d.dateSpan.end) : null,
    date: d.date,
  };
}

describe('wire datelines', () => {
  it('"QUETTA, March 3 (Reuters) -": place and date are separate spans', () => {
    expect(parts('QUETTA, March 3 (Reuters) - At least 10 people were killed.')).toEqual({
      whole: 'QUETTA, March 3 (Reuters) -',
      place: 'QUETTA',
      placeText: 'QUETTA',
      dateText: 'March 3',
      date: '2023-03-03',
    });
  });
  it('"ZAHEDAN, Iran, Feb 14 —": the country is not the date', () => {
    const p = parts('ZAHEDAN, Iran, Feb 14 — A suicide bomber rammed a bus.', '2019-02-14');
    expect([p?.whole, p?.place, p?.dateText, p?.date]).toEqual([
      'ZAHEDAN, Iran, Feb 14 —',
      'ZAHEDAN',
      'Feb 14',
      '2019-02-14',
    ]);
  });
  it('"ISLAMABAD (AP) —": a place and no date', () => {
    expect(parts('ISLAMABAD (AP) — Pakistan recalled its ambassador.')).toEqual({
      whole: 'ISLAMABAD (AP) —',
      place: 'ISLAMABAD',
      placeText: 'ISLAMABAD',
      dateText: null,
      date: null,
    });
  });
  it('"PESHAWAR, Pakistan, Jan. 5, 2023 /PRNewswire/ --": its own year', () => {
    const p = parts('PESHAWAR, Pakistan, Jan. 5, 2023 /PRNewswire/ -- The company said.', null);
    expect([p?.whole, p?.dateText, p?.date]).toEqual([
      'PESHAWAR, Pakistan, Jan. 5, 2023 /PRNewswire/ --',
      'Jan. 5, 2023',
      '2023-01-05',
    ]);
  });
  it('"Kabul, 12 August:" in Title Case with a colon', () => {
    const p = parts('Kabul, 12 August: Taliban officials said.', '2021-08-20');
    expect([p?.whole, p?.place, p?.date]).toEqual(['Kabul, 12 August:', 'Kabul', '2021-08-12']);
  });
  it('a city of several words', () => {
    expect(parts('DERA ISMAIL KHAN, Pakistan (Reuters) - Gunmen attacked.')?.place).toBe(
      'DERA ISMAIL KHAN',
    );
  });
});

describe('the dateline date', () => {
  it('without a year resolves to the latest such day on or before publication', () => {
    expect(parts('QUETTA, Dec 30 (Reuters) - x', '2024-01-02')?.date).toBe('2023-12-30');
  });
  it('without a year or a publication date is null, its span still given', () => {
    const p = parts('QUETTA, March 3 (Reuters) - x', null);
    expect([p?.date, p?.dateText]).toEqual([null, 'March 3']);
  });
  it('a weekday alone resolves against publication', () => {
    expect(parts('KABUL, Afghanistan, Tuesday (AP) - x')?.date).toBe('2024-01-23');
  });
  it('a weekday that contradicts the date leaves the date null', () => {
    expect(parts('QUETTA, Thursday, March 3, 2023 (Reuters) - x')?.date).toBeNull();
  });
});

describe('where a dateline may be', () => {
  it('after a headline line', () => {
    const text =
      'Gunmen kill 10 in Balochistan\nQUETTA, Pakistan, Jan 3 (Reuters) - Gunmen killed.';
    const d = findDateline(text, '2024-01-04');
    expect([text.slice(d?.span.start, d?.span.end), d?.date]).toEqual([
      'QUETTA, Pakistan, Jan 3 (Reuters) -',
      '2024-01-03',
    ]);
  });
  it('not after a long first paragraph', () => {
    const long = `${'Officials said the talks went on. '.repeat(8)}\nQUETTA (Reuters) - x`;
    expect(findDateline(long, null)).toBeNull();
  });
  it('a news agency alone is a credit: a dateline with no place', () => {
    expect(parts("IRNA - Iran's Foreign Ministry spokesman stressed the need.")).toEqual({
      whole: 'IRNA -',
      place: null,
      placeText: null,
      dateText: null,
      date: null,
    });
  });
});

describe('agency datelines without a dash', () => {
  // Regression (a real PTI report): "Karachi, Oct 28 (PTI) Dozens of … stormed Bhag" was no
  // dateline, so Karachi, where it was filed, was proposed as the incident's place.
  it('"Karachi, Oct 28 (PTI) Dozens …": place and date, no dash needed', () => {
    expect(parts('Karachi, Oct 28 (PTI) Dozens of militants stormed Bhag.', '2024-10-29')).toEqual({
      whole: 'Karachi, Oct 28 (PTI)',
      place: 'Karachi',
      placeText: 'Karachi',
      dateText: 'Oct 28',
      date: '2024-10-28',
    });
  });
  it("brackets that are not an agency's initials make no dateline", () => {
    expect(findDateline('Karachi, Oct 28 (local time) militants stormed Bhag.', null)).toBeNull();
  });
});

describe('a credit line in brackets', () => {
  // Regression (a real UrduPoint/Sputnik page): the lead was dated from its credit line, the
  // report's day, though the attack was the day before.
  it('"(UrduPoint News / Sputnik - 15th July, 2020) Seven …": the report\'s date, no place', () => {
    const text = '(UrduPoint News / Sputnik - 15th July, 2020) Seven police officers were killed.';
    expect(parts(text, null)).toEqual({
      whole: '(UrduPoint News / Sputnik - 15th July, 2020)',
      place: null,
      placeText: null,
      dateText: '15th July, 2020',
      date: '2020-07-15',
    });
  });
  it('brackets with no date make no credit line', () => {
    expect(
      findDateline('(UrduPoint News / Sputnik) Seven police officers were killed.', null),
    ).toBeNull();
  });
});

describe('ordinary sentences are not datelines', () => {
  it.each([
    'Terrorists based along the Iran-Pakistan border - officials said - are supported.',
    'Tehran: Iran says the strikes were a response.',
    'Islamabad - the capital - was calm.',
    'Gunmen killed ten people on Monday.',
    'Gunmen killed ten people in Quetta, on March 3 (AP reported) and fled.',
    '',
  ])('%j', (text) => {
    expect(findDateline(text, '2024-01-29')).toBeNull();
  });
  it('the seed articles: IRNA is a credit, the 2024 article has none', () => {
    const a = readFileSync('geodata/articles/000_9286dead6fccede2.txt', 'utf8');
    const b = readFileSync('geodata/articles/004_764383eb893c6242.txt', 'utf8');
    expect(findDateline(a, '2018-11-20')?.place).toBeNull();
    expect(findDateline(b, '2024-01-29')).toBeNull();
  });
});

describe('Pakistani-paper and agency datelines', () => {
  it('"QUETTA:" (capitals and a colon) is a dateline with a place and no date', () => {
    expect(parts('QUETTA: Gunmen killed two policemen on Monday.')).toMatchObject({
      whole: 'QUETTA:',
      place: 'QUETTA',
      dateText: null,
    });
  });
  it('"QUETTA / GWADAR:" is one dateline naming two cities', () => {
    expect(parts('QUETTA / GWADAR: Militants attacked two camps.')?.whole).toBe('QUETTA / GWADAR:');
  });
  it('"Zahedan, May 29, IRNA --": an agency after a comma is a credit', () => {
    const p = parts('Zahedan, May 29, IRNA -- Border guards seized a truck.', '2024-06-01');
    expect([p?.whole, p?.place, p?.date]).toEqual([
      'Zahedan, May 29, IRNA --',
      'Zahedan',
      '2024-05-29',
    ]);
  });
  it('"Quetta:" in Title Case with a colon and no date is not a dateline', () => {
    expect(parts('Quetta: a city under siege. Gunmen attacked a post.')).toBeNull();
  });
});
