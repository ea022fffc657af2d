// A dated repeat with no place ("A second skirmish broke out on Sunday.") is proposed at the place
// of the story's earlier incident of the same kind, always for review: the text does not say it
// happened there (issue 8, sixth try: a real report's second clash, a paragraph below the first,
// had no place at all). Never for another event, several places, or a sentence that is no
// repeat. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 25 November 2025: "Sunday" is the 23rd. */
const run = extractOn('2025-11-25');
const LEAD = 'Border forces clashed near Chaman on Thursday, officials said.';
const OBJECTED = 'Residents said the shooting lasted two hours.';
const second = (list: ReturnType<typeof run>) => list.find((p) => p.date === '2025-11-23');

describe('a repeat told without a place', () => {
  it('takes the place of the earlier clash, with its span, for review', () => {
    const text = `${LEAD}\n\n${OBJECTED}\n\nA second clash broke out on Sunday.`;
    const p = second(run(text));
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Chaman' });
    expect(text.slice(p!.place_span!.start, p!.place_span!.end)).toContain('Chaman');
    expect(p!.reasons.map((r) => r.code)).toContain('no_place');
  });
  it('"clashes erupted again" is a repeat too', () => {
    const p = second(run(`${LEAD}\n\nClashes erupted again on Sunday.`));
    expect(p?.resolved_place).toBe('Chaman');
  });
});

describe('no place is carried', () => {
  it('for another attack', () => {
    const p = second(run(`${LEAD}\n\nAnother clash broke out on Sunday.`));
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('when the story names two places', () => {
    const text = `${LEAD} Border forces also clashed near Turbat on Friday.\n\nA second clash broke out on Sunday.`;
    expect(second(run(text))?.resolved_place ?? null).toBeNull();
  });
  it('for a sentence that is no repeat', () => {
    const p = second(run(`${LEAD}\n\nGunmen clashed with police on Sunday.`));
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('from an incident of another kind', () => {
    const text =
      'Gunmen abducted two engineers near Chaman on Thursday.\n\nA second clash broke out on Sunday.';
    expect(second(run(text))?.resolved_place ?? null).toBeNull();
  });
});
