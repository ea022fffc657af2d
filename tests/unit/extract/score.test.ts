// The evaluation's scorer, on hand-made proposals and truths.
import { describe, expect, it } from 'vitest';
import {
  headline,
  matchCue,
  scorePassage,
  scoreTruth,
  totals,
  type Truth,
} from '../../../src/core/extract/score.ts';
import { proposal } from './proposal.ts';

const TEXT =
  'Strikes hit Saravan on Thursday. Guards were freed in Taftan on Friday. Talks went on.';
const at = (s: string) => ({
  excerpt: s,
  excerpt_start: TEXT.indexOf(s),
  excerpt_end: TEXT.indexOf(s) + s.length,
});
const strike = proposal({ id: 'p1', ...at('Strikes hit Saravan on Thursday.') });
const truth: Truth = {
  cue: 'hit Saravan',
  date: '2024-01-18',
  lat: 27.3709,
  lon: 62.3341,
  radius_km: 50,
};

describe('matchCue', () => {
  it('finds the proposal whose excerpt contains the cue', () => {
    expect(matchCue(TEXT, 'hit Saravan', [strike])?.id).toBe('p1');
  });
  it('prefers the shortest excerpt holding the cue', () => {
    const wide = proposal({ id: 'wide', excerpt_start: 0, excerpt_end: TEXT.length });
    expect(matchCue(TEXT, 'hit Saravan', [wide, strike])?.id).toBe('p1');
  });
  it('of proposals sharing an excerpt, prefers the one whose place phrase the cue holds', () => {
    const both = at('Strikes hit Saravan on Thursday.');
    const span = (word: string) => ({
      start: TEXT.indexOf(word),
      end: TEXT.indexOf(word) + word.length,
    });
    const other = proposal({ id: 'other', ...both, place_span: span('Thursday') });
    const named = proposal({ id: 'named', ...both, place_span: span('Saravan') });
    expect(matchCue(TEXT, 'hit Saravan', [other, named])?.id).toBe('named');
  });
  it('of proposals sharing an excerpt, prefers one no earlier truth took', () => {
    const a = proposal({ id: 'a', ...at('Strikes hit Saravan on Thursday.'), place_span: null });
    const b = proposal({ id: 'b', ...at('Strikes hit Saravan on Thursday.'), place_span: null });
    expect(matchCue(TEXT, 'hit Saravan', [a, b], new Set(['a']))?.id).toBe('b');
    expect(matchCue(TEXT, 'hit Saravan', [a, b])?.id).toBe('a');
  });
  it('matches nothing for an absent or repeated cue', () => {
    expect(matchCue(TEXT, 'Quetta', [strike])).toBeNull();
    expect(matchCue(TEXT, 'on', [strike])).toBeNull();
  });
});

describe('scoreTruth buckets', () => {
  it('right date and place', () => {
    expect(scoreTruth(truth, strike)).toMatchObject({
      status: 'proposed',
      dateExact: true,
      placeWithin: true,
      days: 0,
      confidentFar: false,
    });
  });
  it('place outside the radius but within 100 km is wrong, not far', () => {
    const r = scoreTruth(truth, { ...strike, lat: 27.9, lon: 62.33 }); // ~59 km north
    expect(r.placeWithin).toBe(false);
    expect(r.km).toBeGreaterThan(50);
    expect(r.confidentFar).toBe(false);
  });
  it('a confident answer more than 100 km off', () => {
    expect(scoreTruth(truth, { ...strike, lat: 29.5, lon: 60.86 }).confidentFar).toBe(true);
  });
  it('a confident answer more than 3 days off, but not 3', () => {
    expect(scoreTruth(truth, { ...strike, date: '2024-01-22' }).confidentFar).toBe(true);
    expect(scoreTruth(truth, { ...strike, date: '2024-01-21' })).toMatchObject({
      dateExact: false,
      days: 3,
      confidentFar: false,
    });
  });
  it('an answer that needs review is never confidently far', () => {
    expect(
      scoreTruth(truth, { ...strike, status: 'needs_review', lat: 35, lon: 51 }).confidentFar,
    ).toBe(false);
  });
  it('date_end must match when the truth gives one', () => {
    const range = { ...truth, date_end: '2024-01-20' };
    expect(scoreTruth(range, strike).dateExact).toBe(false);
    expect(scoreTruth(range, { ...strike, date_end: '2024-01-20' }).dateExact).toBe(true);
  });
  it('a range starting on the day of a one-day truth is not exact (it was, before)', () => {
    // the nineteenth try's scorer slip: "17 February to 5 May" counted as the 17th
    expect(scoreTruth(truth, { ...strike, date_end: '2024-05-05' }).dateExact).toBe(false);
    expect(scoreTruth(truth, { ...strike, date_end: '2024-01-18' }).dateExact).toBe(true);
  });
  it('no proposal is missing', () => {
    expect(scoreTruth(truth, null)).toMatchObject({
      status: 'missing',
      proposal: null,
      confidentFar: false,
    });
  });
});

describe('passages, totals and headline', () => {
  const freed = proposal({
    id: 'p2',
    category: 'release',
    status: 'needs_review',
    ...at('Guards were freed in Taftan on Friday.'),
    date: '2024-01-19',
    lat: 29.0,
    lon: 61.4,
  });
  const talks = proposal({ id: 'p3', ...at('Talks went on.') });
  const truths: Truth[] = [
    truth,
    { cue: 'freed in Taftan', date: '2024-01-19', lat: 28.96, lon: 61.59, radius_km: 10 },
  ];
  const score = scorePassage('x', TEXT, truths, [strike, freed, talks]);
  it('counts extras and bad cues', () => {
    expect(score.extras.map((e) => e.id)).toEqual(['p3']);
    expect(scorePassage('y', TEXT, [{ ...truth, cue: 'nowhere' }], []).badCues).toEqual([
      'nowhere',
    ]);
  });
  it('adds up every bucket', () => {
    expect(totals([score])).toEqual({
      passages: 1,
      truths: 2,
      dateExact: 2,
      placeWithin: 1,
      both: 1,
      abstained: 1,
      answered: 1,
      answeredRight: 1,
      confidentOver100km: 0,
      confidentOver3days: 0,
      confidentFar: 0,
      extras: 1,
      extrasProposed: 1,
    });
  });
  it('states the headline against the targets', () => {
    expect(headline(totals([score]))).toEqual({
      rightAmongAnswered: 1,
      answeredShare: 0.5,
      confidentFar: 0,
      met: { right: true, answered: false, noConfidentFar: true },
    });
  });
});
