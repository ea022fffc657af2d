// The review controls: the badge and reasons in words, Accept/Reject/Place on map as real
// buttons (keyboard and ARIA for free), a refusal shown as an alert, candidates as a radio group,
// the date form checked, "Same incident as …?" answered, and hostile text rendered as text.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DraftReview from '../../../src/components/articles/DraftReview.svelte';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { effectiveProposal } from '../../../src/core/userArticles/decisions.ts';
import type { Decision } from '../../../src/core/userArticles/model.ts';
import { proposal } from '../../unit/extract/proposal.ts';
import { userArticle } from '../../unit/userArticles/helpers.ts';
import { HOSTILE, incident } from '../fixtures.ts';

const CANDIDATE = {
  name: 'Saravan (Pakistan)',
  lat: 27.0,
  lon: 63.0,
  country: 'PK',
  admin1: 'Balochistan',
  precision: 'town' as const,
  uncertainty_km: 5,
  population: 1200,
  source: 'GeoNames',
};

function show(p: Proposal, d: Partial<Decision> = {}, extra: Record<string, unknown> = {}) {
  const decision: Decision = { id: p.id, article: 'user-a', status: 'pending', ...d };
  const calls = {
    onaccept: vi.fn(() => Promise.resolve(null as string | null)),
    onreject: vi.fn(),
    onundo: vi.fn(),
    onplacing: vi.fn(),
    onplace: vi.fn(),
    ondate: vi.fn(),
    onsame: vi.fn(),
  };
  const view = {
    article: userArticle(),
    proposal: p,
    decision,
    effective: effectiveProposal(p, decision),
  };
  const r = render(DraftReview, { view, match: null, placing: false, ...calls, ...extra });
  return { ...r, calls };
}

describe('DraftReview', () => {
  it('says a proposal needs review and why, in words', () => {
    show(
      proposal({
        status: 'needs_review',
        reasons: [{ code: 'ambiguous_place', message: '"Saravan" names two places.' }],
      }),
    );
    expect(screen.getByText('Draft — needs your review')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Why it needs review' }).textContent).toContain(
      '"Saravan" names two places.',
    );
  });

  it('after a place by hand, the place reasons are struck through under "Resolved by you"', () => {
    const place = "'Parom area' is not in the gazetteer; placed at Panjgur District";
    const date = '"on Sunday night" needs a publication date';
    show(
      proposal({
        status: 'needs_review',
        reasons: [
          { code: 'fallback_admin', message: place },
          { code: 'no_date_anchor', message: date },
        ],
      }),
      { place: { kind: 'map', lat: 26.9, lon: 64.1, country: 'PK', admin1: 'Balochistan' } },
    );
    expect(screen.getByRole('list', { name: 'Why it needs review' }).textContent).toBe(date);
    const resolved = screen.getByRole('list', { name: 'Resolved by you:' });
    expect(resolved.textContent).toBe(place);
    expect(resolved.querySelector('li > s')?.textContent).toBe(place);
  });

  it('Accept, Reject and Place on map are buttons that call back', async () => {
    const { calls } = show(proposal());
    await fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(calls.onaccept).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(calls.onreject).toHaveBeenCalledOnce();
    const place = screen.getByRole('button', { name: 'Place on map' });
    expect(place.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(place);
    expect(calls.onplacing).toHaveBeenCalledWith(true);
  });

  it('while placing, the button is pressed and says how to cancel', () => {
    show(proposal(), {}, { placing: true });
    expect(
      screen.getByRole('button', { name: 'Cancel placing' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/Click the map.*Escape cancels/);
  });

  it('a refused Accept is an alert saying why', async () => {
    const { calls } = show(proposal({ date: null }));
    calls.onaccept.mockResolvedValueOnce('It has no date yet: set the date first.');
    await fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no date yet/);
  });

  it('offers the candidates as one radio group and picks one', async () => {
    const { calls } = show(proposal({ candidates: [CANDIDATE] }));
    const group = screen.getByRole('group', { name: /Place \(the text says “Saravan county”\)/ });
    const radios = group.querySelectorAll('input[type=radio]');
    expect(radios).toHaveLength(2);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(
      screen.getByLabelText(/Saravan \(Pakistan\), Balochistan, Pakistan — town/),
    );
    expect(calls.onplace).toHaveBeenCalledWith({ kind: 'candidate', candidate: CANDIDATE });
  });

  it('shows the date phrase and refuses a bad date with a message', async () => {
    const { calls } = show(proposal({ date_basis: 'on mid-January 18' }));
    expect(screen.getByText(/Date phrase: “on mid-January 18”/)).toBeTruthy();
    const date = screen.getByLabelText('Date') as HTMLInputElement;
    await fireEvent.input(date, { target: { value: '' } });
    await fireEvent.submit(date.form!);
    expect(screen.getByRole('alert').textContent).toMatch(/YYYY-MM-DD/);
    await fireEvent.input(date, { target: { value: '2024-01-17' } });
    await fireEvent.change(screen.getByLabelText('Precision'), {
      target: { value: 'approximate' },
    });
    await fireEvent.submit(date.form!);
    expect(calls.ondate).toHaveBeenCalledWith({ date: '2024-01-17', precision: 'approximate' });
  });

  it('asks "Same incident as …?" and passes the answer with the incident id', async () => {
    const seed = incident('2018-mirjaveh-abduction');
    const { calls } = show(
      proposal(),
      {},
      { match: { verdict: 'possible', reason: 'one of them has no date', incident: seed } },
    );
    const group = screen.getByRole('group', { name: /Same incident as/ });
    expect(group.textContent).toContain(seed.properties.title);
    await fireEvent.click(screen.getByRole('button', { name: /Merge/ }));
    expect(calls.onsame).toHaveBeenCalledWith('merge', seed.properties.id);
    await fireEvent.click(screen.getByRole('button', { name: 'Keep separate' }));
    expect(calls.onsame).toHaveBeenCalledWith('separate', seed.properties.id);
  });

  it('an accepted proposal offers Undo instead', async () => {
    const { calls } = show(proposal(), { status: 'accepted' });
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(calls.onundo).toHaveBeenCalledOnce();
  });

  it('renders hostile text from the article as text', () => {
    const { container } = show(
      proposal({
        place: HOSTILE,
        date_basis: HOSTILE,
        reasons: [{ code: 'other', message: HOSTILE }],
        status: 'needs_review',
        candidates: [{ ...CANDIDATE, name: HOSTILE }],
      }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
  });
});
