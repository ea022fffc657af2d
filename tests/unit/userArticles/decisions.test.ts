// Decisions on proposals: the user's place and date replace the extractor's, nothing without a
// date and a point can be accepted, typed dates are checked, and removing an article reopens
// the proposals merged into its incidents.
import { describe, expect, it } from 'vitest';
import {
  acceptProblem,
  checkDateEdit,
  decisionOf,
  effectiveProposal,
  withDecision,
  withoutArticle,
} from '../../../src/core/userArticles/decisions.ts';
import { proposal } from '../extract/proposal.ts';
import { decision, userArticle, userData } from './helpers.ts';

const CANDIDATE = {
  name: 'Sarāvān',
  lat: 27.37,
  lon: 62.33,
  country: 'IR',
  admin1: 'Sistan and Baluchestan',
  precision: 'town' as const,
  uncertainty_km: 5,
  population: 60000,
  source: 'GeoNames',
};

describe('effectiveProposal', () => {
  it('is the proposal itself without edits', () => {
    const p = proposal();
    expect(effectiveProposal(p, undefined)).toBe(p);
  });

  it('takes a chosen candidate: point, precision, radius, province and country', () => {
    const e = effectiveProposal(
      proposal(),
      decision('a-1', 'pending', { place: { kind: 'candidate', candidate: CANDIDATE } }),
    );
    expect(e).toMatchObject({
      lat: 27.37,
      lon: 62.33,
      place_precision: 'town',
      uncertainty_km: 5,
      resolved_place: 'Sarāvān',
    });
  });

  it('a point placed on the map is exact (point, 0 km) and keeps the place as written', () => {
    const e = effectiveProposal(
      proposal(),
      decision('a-1', 'pending', {
        place: {
          kind: 'map',
          lat: 26.1,
          lon: 61.2,
          country: 'IR',
          admin1: 'Sistan and Baluchestan',
        },
      }),
    );
    expect(e).toMatchObject({
      lat: 26.1,
      lon: 61.2,
      place_precision: 'point',
      uncertainty_km: 0,
      place: 'Saravan county',
    });
  });

  it('a date set by hand replaces date, last day and precision', () => {
    const e = effectiveProposal(
      proposal({ date_end: '2024-01-20', date_precision: 'range' }),
      decision('a-1', 'pending', { date: { date: '2024-01-17', precision: 'day' } }),
    );
    expect(e.date).toBe('2024-01-17');
    expect(e.date_end).toBeUndefined();
    expect(e.date_precision).toBe('day');
  });
});

describe('acceptProblem', () => {
  it('refuses a proposal without a date', () => {
    expect(acceptProblem(proposal({ date: null }))).toMatch(/no date/);
  });
  it('refuses a proposal without a point', () => {
    expect(acceptProblem(proposal({ lat: null, lon: null }))).toMatch(/no place/);
  });
  it('accepts one with both', () => {
    expect(acceptProblem(proposal())).toBeNull();
  });
});

describe('checkDateEdit', () => {
  it('accepts a day', () => {
    expect(checkDateEdit({ date: '2024-04-03', date_end: '', precision: 'day' })).toEqual({
      ok: true,
      value: { date: '2024-04-03', precision: 'day' },
    });
  });
  it.each([
    [{ date: '3 April', date_end: '', precision: 'day' }, /YYYY-MM-DD/],
    [{ date: '2024-04-03', date_end: '2024-04-01', precision: 'range' }, /before the first/],
    [{ date: '2024-04-03', date_end: '', precision: 'range' }, /last day/],
    [{ date: '2024-04-03', date_end: '', precision: 'soon' }, /Precision/],
  ])('refuses %o', (edit, message) => {
    const r = checkDateEdit(edit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('decisions on the data', () => {
  it('decisionOf is pending for an untouched proposal', () => {
    expect(decisionOf(userData([]), 'art', 'art-1')).toEqual({
      id: 'art-1',
      article: 'art',
      status: 'pending',
    });
  });

  it('withDecision replaces the previous decision and leaves the input unchanged', () => {
    const before = userData([], [decision('a-1', 'pending')]);
    const after = withDecision(before, decision('a-1', 'accepted'));
    expect(after.decisions.get('a-1')?.status).toBe('accepted');
    expect(before.decisions.get('a-1')?.status).toBe('pending');
  });

  it('removing an article drops its decisions and reopens merges into its incidents', () => {
    const a = userArticle({ id: 'a', proposals: [proposal({ id: 'a-1' })] });
    const b = userArticle({
      id: 'b',
      proposals: [proposal({ id: 'b-1' }), proposal({ id: 'b-2' })],
    });
    const data = userData(
      [a, b],
      [
        decision('a-1', 'accepted', {}, 'a'),
        decision('b-1', 'accepted', { same: { answer: 'merge', incident: 'a-1' } }, 'b'),
        decision('b-2', 'rejected', {}, 'b'),
      ],
    );
    const { data: next, reopened } = withoutArticle(data, 'a');
    expect(next.articles.map((x) => x.id)).toEqual(['b']);
    expect(next.decisions.has('a-1')).toBe(false);
    expect(next.decisions.get('b-1')).toEqual({ id: 'b-1', article: 'b', status: 'pending' });
    expect(next.decisions.get('b-2')?.status).toBe('rejected');
    expect(reopened.map((d) => d.id)).toEqual(['b-1']);
  });
});
