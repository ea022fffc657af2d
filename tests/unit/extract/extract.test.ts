// The assembly with test doubles of the readers: which sentences become proposals, their
// category, status and reasons, merging, clauses, the previous-event context and ids.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { country, fakeReaders, town, type Calls } from './doubles.ts';

const PUB = { published: '2024-01-29', articleId: 'test_article' };
const turbat = { resolved: town('Turbat', 26.0, 63.05) };
const quetta = { resolved: town('Quetta', 30.18, 67.0) };
const onMonday = { date: '2024-01-29' };

describe('extractIncidents: proposals and status', () => {
  it('proposes a dated, placed attack with its excerpt, date and place spans', () => {
    const text = 'Officials spoke. Gunmen attacked a post in Turbat on Monday, killing 4 soldiers.';
    const [p, ...rest] = extractIncidents(
      text,
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({
      id: 'test-article-1',
      status: 'proposed',
      reasons: [],
      category: 'attack',
      excerpt: 'Gunmen attacked a post in Turbat on Monday, killing 4 soldiers.',
      excerpt_start: 17,
      date: '2024-01-29',
      date_basis: 'on Monday',
      place: 'Turbat',
      lat: 26.0,
      fatalities: 4,
      fatalities_basis: 'killing 4',
    });
    expect(text.slice(p?.date_span?.start, p?.date_span?.end)).toBe('on Monday');
    expect(text.slice(p?.place_span?.start, p?.place_span?.end)).toBe('Turbat');
  });
  it('needs review, saying so, when the text names no place', () => {
    const [p] = extractIncidents(
      'A bomb exploded on Monday.',
      PUB,
      fakeReaders({ 'on Monday': onMonday }, {}),
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toEqual(['no_place']);
    expect(p?.lat).toBeNull();
  });
  it('needs review when only a country is named', () => {
    const [p] = extractIncidents(
      'Five guards were released on Monday and handed over to Iran.',
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Iran: { resolved: country('Iran', 32, 54, 'IR') } }),
    );
    expect(p?.category).toBe('release');
    expect(p?.reasons.map((r) => r.code)).toEqual(['coarse_place']);
  });
  it('needs review when an attack has no date at all', () => {
    const [p] = extractIncidents(
      'Militants attacked a checkpoint in Turbat.',
      PUB,
      fakeReaders({}, { Turbat: turbat }),
    );
    expect(p?.reasons.map((r) => r.code)).toEqual(['no_date']);
  });
  it("keeps the readers' reasons and never proposes over them", () => {
    const typo = { code: 'typo_match' as const, message: '"Turbatt" matched Turbat by spelling.' };
    const [p] = extractIncidents(
      'Gunmen attacked Turbatt on Monday.',
      PUB,
      fakeReaders(
        { 'on Monday': onMonday },
        { Turbatt: { resolved: town('Turbat', 26, 63), reviews: [typo] } },
      ),
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons).toEqual([typo]);
  });
  it('flags a relative date when there is no publication date and no dateline', () => {
    const [p] = extractIncidents(
      'Gunmen attacked Turbat on Monday.',
      { published: null },
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(p?.reasons.map((r) => r.code)).toEqual(['no_date_anchor']);
  });
  it('flags a date after the publication date', () => {
    const [p] = extractIncidents(
      'Gunmen attacked Turbat on March 3.',
      PUB,
      fakeReaders({ 'on March 3': { date: '2024-03-03' } }, { Turbat: turbat }),
    );
    expect(p?.reasons.map((r) => r.code)).toEqual(['date_after_publication']);
  });
  it('never uses the dateline city as the place and leaves the dateline out of the excerpt', () => {
    const text = 'QUETTA, Jan 29 (Reuters) - A bomb exploded on Monday.';
    const dateline = {
      span: { start: 0, end: 26 },
      place: 'QUETTA',
      placeSpan: { start: 0, end: 6 },
      date: '2024-01-29',
      dateSpan: { start: 8, end: 14 },
    };
    const [p] = extractIncidents(
      text,
      PUB,
      fakeReaders(
        { 'on Monday': onMonday },
        { QUETTA: { role: 'dateline', resolved: town('Quetta', 30, 67) } },
        dateline,
      ),
    );
    expect(p?.excerpt).toBe('A bomb exploded on Monday.');
    expect(p?.place).toBeNull();
    expect(p?.reasons.map((r) => r.code)).toEqual(['no_place']);
  });
  it('gives the same ids for the same text, numbered in text order', () => {
    const text =
      'A bomb exploded in Quetta on Monday. Gunmen kidnapped two engineers in Turbat on Monday.';
    const readers = fakeReaders({ 'on Monday': onMonday }, { Quetta: quetta, Turbat: turbat });
    const ids = extractIncidents(text, PUB, readers).map((p) => p.id);
    expect(ids).toEqual(['test-article-1', 'test-article-2']);
    expect(extractIncidents(text, PUB, readers).map((p) => p.id)).toEqual(ids);
  });
});

describe('extractIncidents: what is not an incident', () => {
  const readers = fakeReaders(
    { 'on Monday': onMonday, 'next week': { date: null } },
    { Quetta: quetta, Islamabad: { resolved: town('Islamabad', 33.7, 73.1) } },
  );
  const none = (text: string) => expect(extractIncidents(text, PUB, readers)).toEqual([]);
  it('an empty text', () => none(''));
  it('a plan', () => none('The minister will visit Islamabad next week.'));
  it('an undated generality', () => none('Militants have repeatedly attacked posts near Quetta.'));
  it('a question', () => none('Was the blast in Quetta on Monday an attack?'));
  it('a negated event', () => none('No one was killed in Quetta on Monday.'));
  it('an undated meeting', () => none('The two sides held talks in Islamabad.'));
  it('a statement with no place', () =>
    none('The spokesman said on Monday that peace was possible.'));
  it('a statement placed only at a country', () => {
    const r = fakeReaders(
      { 'on Monday': onMonday },
      { Iran: { resolved: country('Iran', 32, 54, 'IR') } },
    );
    expect(
      extractIncidents("Iran's minister said on Monday that peace was possible.", PUB, r),
    ).toEqual([]);
  });
  it('a legal battle', () => none('A legal battle erupted in Quetta on Monday.'));
  it('an event inside quoted speech', () =>
    none("He said, 'They attacked us many times and kidnapped our men at night.'"));
});

describe('extractIncidents: categories', () => {
  const r = fakeReaders(
    { 'on Monday': onMonday, immediately: { date: '2024-01-20' } },
    { Quetta: quetta, Pakistan: { resolved: country('Pakistan', 30, 70, 'PK') } },
  );
  const cat = (text: string) => extractIncidents(text, PUB, r)[0]?.category;
  it.each([
    ['Gunmen kidnapped two engineers in Quetta on Monday.', 'abduction'],
    ['Three hostages were freed in Quetta on Monday.', 'release'],
    ['The ministers met in Quetta on Monday.', 'diplomacy'],
    ['The governor announced a curfew in Quetta on Monday.', 'statement'],
    ['Clashes erupted in Quetta on Monday.', 'attack'],
    ['An armed battle broke out in Quetta on Monday.', 'attack'],
  ])('%s → %s', (text, category) => expect(cat(text)).toBe(category));
  it('takes the event word nearest the date ("went" over "release")', () => {
    expect(
      cat(
        'The minister immediately went to Pakistan and the outcome was the release of five guards.',
      ),
    ).toBe('diplomacy');
  });
  it('does not read "released a statement" as a release', () => {
    expect(cat('The army released a statement on Monday about the clash in Quetta.')).toBe(
      'attack',
    );
  });
});

describe('extractIncidents: merging, clauses and the previous event', () => {
  it('merges a following sentence that continues the event without a date', () => {
    const text =
      'Gunmen attacked a post in Turbat on Monday. Two soldiers were killed in the attack.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.excerpt).toBe(text);
    expect(list[0]?.fatalities).toBe(2);
  });
  it('merges a responsibility claim into the attack before it, for its actors', () => {
    const text =
      'Gunmen attacked a post in Turbat on Monday. The Baloch Liberation Army claimed responsibility.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.excerpt).toBe(text);
    expect(list[0]?.actors).toEqual(['Gunmen', 'Baloch Liberation Army']);
    expect(list[0]?.category).toBe('attack');
  });
  it('never proposes a responsibility claim on its own', () => {
    const text = 'The Baloch Liberation Army claimed responsibility in Turbat on Monday.';
    expect(
      extractIncidents(text, PUB, fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat })),
    ).toEqual([]);
  });
  it('flags a sentence that sums up several events', () => {
    const text = 'On Monday, 20 soldiers were killed in similar attacks in Turbat.';
    const [p] = extractIncidents(
      text,
      PUB,
      fakeReaders({ 'On Monday': onMonday }, { Turbat: turbat }),
    );
    expect(p?.reasons.map((r) => r.code)).toEqual(['other']);
    expect(p?.reasons[0]?.message).toMatch(/"similar attacks"/);
  });
  it('does not merge across a paragraph break', () => {
    const text =
      'Gunmen attacked a post in Turbat on Monday.\nMilitants attacked a school in Turbat.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(list).toHaveLength(1); // the undated second attack is folded as a back-reference
    expect(list[0]?.excerpt_end).toBe(text.indexOf('\n'));
  });
  it('cuts a sentence into clauses that each report a dated event, passing the first as previous event', () => {
    const text =
      'On January 19, the two sides agreed to defuse the tensions in Quetta, and a week later, the ambassadors returned to Quetta.';
    const calls: Calls = [];
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders(
        { 'On January 19': { date: '2024-01-19' }, 'a week later': { afterPrevious: 7 } },
        { Quetta: quetta },
        null,
        calls,
      ),
    );
    expect(list.map((p) => [p.excerpt, p.date])).toEqual([
      ['On January 19, the two sides agreed to defuse the tensions in Quetta', '2024-01-19'],
      ['a week later, the ambassadors returned to Quetta.', '2024-01-26'],
    ]);
  });
  it('passes the previous proposed event, not a dropped sentence, to the date reader', () => {
    const text =
      'A bomb exploded in Quetta on Monday. The spokesman said on Sunday that peace was possible. A day after, gunmen attacked Turbat.';
    const calls: Calls = [];
    const readers = fakeReaders(
      {
        'on Monday': { date: '2024-01-22' },
        'on Sunday': { date: '2024-01-28' },
        'A day after': { afterPrevious: 1 },
      },
      { Quetta: quetta, Turbat: turbat },
      null,
      calls,
    );
    const list = extractIncidents(text, PUB, readers);
    expect(list.map((p) => p.date)).toEqual(['2024-01-22', '2024-01-23']);
    // the date reader saw Monday's bombing as the event before, never the dropped statement
    // (later passes, placeNear.ts's look at neighbouring sentences, read with none)
    expect(calls.some((c) => c?.text === 'on Monday')).toBe(true);
    expect(calls.some((c) => c?.text === 'on Sunday')).toBe(false);
  });
  it('folds a summary placed only at a country into the precise incident it overlaps', () => {
    const text =
      'The two countries exchanged attacks in Iran nearly a week ago. Pakistani air strikes hit Saravan on Monday.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders(
        {
          'nearly a week ago': { date: '2024-01-27', precision: 'approximate' },
          'on Monday': onMonday,
        },
        {
          Iran: { resolved: country('Iran', 32, 54, 'IR') },
          Saravan: { resolved: town('Saravan', 27.37, 62.33, 'IR', 'Sistan and Baluchestan') },
        },
      ),
    );
    expect(list.map((p) => p.place)).toEqual(['Saravan']);
    expect(list[0]).toMatchObject({ origin: 'PK', target: 'IR' });
  });
});
