// What the assembly leaves out or keeps quiet about: several counts of dead (no count stated, no
// review), event words that only point back with no date or place (not an incident), and a
// placeless incident on other dates than the one it sits next to (kept, not folded as a summary);
// a date told from a follow-up's, whose place must lie in the words of the incident.
import { describe, expect, it } from 'vitest';
import { readSentenceDates } from '../../../src/core/extract/dates.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { fakeReaders, town } from './doubles.ts';

const PUB = { published: '2024-01-29', articleId: 'noise' };
const turbat = { resolved: town('Turbat', 26.0, 63.05) };
const onMonday = { date: '2024-01-29' };

describe('several counts of dead', () => {
  it('are no reason for review; the proposal states no count', () => {
    const [p] = extractIncidents(
      'Troops killed eight militants who attacked a post in Turbat on Monday, and two soldiers died.',
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect([p?.status, p?.reasons, p?.fatalities, p?.title]).toEqual([
      'proposed',
      [],
      undefined,
      'Attack in Turbat',
    ]);
  });
  it('one count is still stated', () => {
    const [p] = extractIncidents(
      'Gunmen attacked a post in Turbat on Monday, killing two soldiers.',
      PUB,
      fakeReaders({ 'on Monday': onMonday }, { Turbat: turbat }),
    );
    expect(p?.fatalities).toBe(2);
  });
});

describe('event words that only point back', () => {
  it('with no date and no place of their own, are not an incident', () => {
    // the lead's weekday has nothing to count from, so nothing else is dated either
    const text =
      'A bomb hit a patrol in Turbat on Friday.\nSecurity forces began searching after the blast.';
    const dates = { 'on Friday': { date: null } };
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list.map((p) => p.excerpt)).toEqual(['A bomb hit a patrol in Turbat on Friday.']);
  });
  it('with a date of their own, are kept for a look', () => {
    const text =
      'A bomb hit a patrol in Turbat on Monday.\nCrowds gathered on Sunday after the blast.';
    const dates = { 'on Monday': onMonday, 'on Sunday': { date: '2024-01-28' } };
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list.map((p) => [p.date, p.status])).toEqual([
      ['2024-01-29', 'proposed'],
      ['2024-01-28', 'needs_review'],
    ]);
  });
});

describe('a placeless incident beside another', () => {
  const dates = {
    'on Monday': onMonday,
    'last week': { date: '2024-01-15', date_end: '2024-01-21', precision: 'range' as const },
  };
  it('on other dates is kept: "which hijacked a train last week"', () => {
    const text =
      'A car bomb hit a convoy in Turbat on Monday. The group, which hijacked a train last week, claimed the attack.';
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list.map((p) => p.date)).toEqual(['2024-01-29', '2024-01-15']);
  });
  it('on the same date is folded into the placed one', () => {
    const text =
      'Militants attacked two posts on Monday. In Turbat, militants attacked a post on Monday.';
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list.map((p) => p.place)).toEqual(['Turbat']);
  });
});

describe('a date told from a follow-up keeps its place in check', () => {
  const readers = { ...fakeReaders({}, { Turbat: turbat }), dates: readSentenceDates };
  const run = (t: string) => extractIncidents(t, { published: '2024-01-31' }, readers);
  it('a place inside the words of the incident is its place', () => {
    const [p] = run(
      'The police chief on Sunday demanded action against militants who abducted five guards on Thursday in Turbat and took them away.',
    );
    expect([p?.status, p?.date, p?.place]).toEqual(['proposed', '2024-01-25', 'Turbat']);
  });
  it('a place after the follow-up ("were arrested on Wednesday in Turbat") needs review', () => {
    const [p] = run(
      'Gunmen who killed two policemen on Monday were arrested on Wednesday in Turbat.',
    );
    expect([p?.status, p?.date, p?.reasons.map((r) => r.code)]).toEqual([
      'needs_review',
      '2024-01-29',
      ['several_dates'],
    ]);
  });
  it('a place before the incident word ("Police in Turbat on Wednesday arrested…") needs review', () => {
    const [p] = run(
      'Police in Turbat on Wednesday arrested gunmen who killed two policemen on Monday.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('a clause that only dates the people of the clause before', () => {
  const dates = { 'on Monday': onMonday, 'on January 20': { date: '2024-01-20' } };
  it('"…were found in Turbat on Monday; police said they had been killed on January 20" is one', () => {
    const text =
      'The bodies of four labourers abducted by gunmen were found in Turbat on Monday; police said they had been killed on January 20.';
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list.map((p) => p.excerpt)).toEqual([text]);
  });
  it('a clause with its own subject is still cut: "…; gunmen killed two guards on January 20"', () => {
    const text =
      'A bomb hit a bus in Turbat on Monday; gunmen killed two guards in Turbat on January 20.';
    const list = extractIncidents(text, PUB, fakeReaders(dates, { Turbat: turbat }));
    expect(list).toHaveLength(2);
  });
});
