// A dated incident with no place, a coarse one, or only its victims' unit seat takes the place
// an undated neighbouring sentence gives when that sentence points back at it: up to two
// sentences after it (one-sentence paragraphs, as wire pages print them), or the sentence before
// (issue 8, seventh try: the place and the date of one incident were in adjacent sentences).
// Never from a sentence with its own date, another event, a unit's seat, two places or a place
// outside the coarse one. Invented sentences.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 25 November 2025: "on Monday" is the 24th. */
const run = extractOn('2025-11-25');
const codes = (p: Proposal | undefined) => p?.reasons.map((r) => r.code) ?? [];
const said = (p: Proposal | undefined) => p?.reasons.map((r) => r.message).join(' ') ?? '';
const spanOf = (text: string, s: { start: number; end: number } | null | undefined) =>
  s ? text.slice(s.start, s.end) : null;
/** A dated lead placed only at a country, then a sentence that adds nothing. */
const LEAD =
  'Gunmen on Monday opened fire on a police patrol, killing two officers in Iran’s southeast, state television reported.\n\nThe agency said one attacker was also wounded in the exchange.';

describe('a later sentence that points back gives the place', () => {
  it('two one-sentence paragraphs on, "It said the attack happened near X": settled', () => {
    const text = `${LEAD}\n\nIt said the shooting happened near the town of Saravan, some 1,400 kilometres southeast of the capital Tehran.`;
    const list = run(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'proposed',
      date: '2025-11-24',
      resolved_place: 'Sarāvān',
      excerpt_start: 0,
      excerpt_end: text.length,
    });
    expect(list[0]?.excerpt).toBe(text.slice(0, text.length));
    expect(spanOf(text, list[0]?.place_span)).toBe('near the town of Saravan');
  });
  it('"on the post" in the next paragraph refines a country lead', () => {
    const text =
      'A soldier was killed in an attack on a check post in Pakistan’s northwest on Wednesday, the army said.\n\nIn a statement, the army said militants shot from across the frontier at the post in Bajaur.';
    const [p] = run(text);
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Bajaur District' });
    expect(spanOf(text, p?.place_span)).toBe('Bajaur');
  });
  it("the victims' unit seat gives way to the scene the next sentence names", () => {
    const text =
      'A soldier of the border regiment stationed in Zahedan was killed by gunmen on Sunday night, officials said.\n\nThe soldier was shot in Mirjaveh while on patrol.';
    const [p] = run(text);
    expect(p).toMatchObject({ date: '2025-11-23', resolved_place: 'Mīrjāveh' });
    expect(p?.excerpt).toBe(text);
  });
});

describe('the sentence before gives the place', () => {
  const BEFORE =
    'Mortar shells fired from across the border landed near Parachinar, damaging a school.';
  it('a dated "the attack" after it takes the place, settled', () => {
    const text = `${BEFORE}\n\nThe attack on Monday hit the border area of Pakistan, residents said.`;
    const [p] = run(text);
    expect(p).toMatchObject({
      status: 'proposed',
      date: '2025-11-24',
      resolved_place: 'Parachinar',
    });
    expect(p?.excerpt_start).toBe(0);
    expect(spanOf(text, p?.place_span)).toBe('near Parachinar');
  });
  it('with only the same event word, the join is for review, saying where the place came from', () => {
    const text = `${BEFORE}\n\nResidents reported mortar shells on Monday falling on the border area of Pakistan.`;
    const [p] = run(text);
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Parachinar' });
    expect(said(p)).toContain('the sentence before');
  });
  it('not when the sentence before has a date of its own', () => {
    const text = `Mortar shells landed near Parachinar on Sunday, damaging a school.\n\nThe attack on Monday hit the border area of Pakistan, residents said.`;
    const monday = run(text).find((p) => p.date === '2025-11-24');
    expect(monday?.resolved_place).toBe('Pakistan');
  });
});

describe('the neighbouring sentence does not place the incident', () => {
  it('when it tells of another event', () => {
    const [p] = run(`${LEAD}\n\nIn another attack, gunmen shot dead a guard near Saravan.`);
    expect(p).toMatchObject({ date: '2025-11-24', resolved_place: 'Iran' });
  });
  it('when it has a date of its own', () => {
    const [p] = run(`${LEAD}\n\nOn Sunday the shooting happened near the town of Saravan.`);
    expect(p).toMatchObject({ date: '2025-11-24', resolved_place: 'Iran' });
  });
  it('when the place is the seat of a unit', () => {
    const [p] = run(`${LEAD}\n\nThe officers served with the police unit based in Saravan.`);
    expect(p).toMatchObject({ resolved_place: 'Iran', status: 'needs_review' });
  });
  it('when the place is an official’s office', () => {
    const [p] = run(
      `${LEAD}\n\nThe assistant commissioner of the border town of Saravan said the shooting took place inside Iran.`,
    );
    expect(p?.resolved_place).toBe('Iran');
  });
  it('when the dateline city is the only other place (it is where the report was filed)', () => {
    const [p] = run(
      'ZAHEDAN, Nov 25 (Reuters) - Gunmen on Monday killed two officers in Iran’s southeast.\n\nThe attack happened at night, the agency said.',
    );
    expect(p).toMatchObject({ resolved_place: 'Iran', status: 'needs_review' });
  });
  it('when it names two rival places: review, both named', () => {
    const [p] = run(`${LEAD}\n\nIt said the shooting happened between Saravan and Mirjaveh.`);
    expect(p).toMatchObject({ resolved_place: 'Iran', status: 'needs_review' });
    expect(codes(p)).toContain('several_places');
  });
  it('when the place lies outside the coarse one: review', () => {
    const [p] = run(`${LEAD}\n\nIt said the shooting happened near Turbat.`);
    expect(p).toMatchObject({ resolved_place: 'Iran', status: 'needs_review' });
    expect(said(p)).toContain('Turbat');
  });
  it('when the place is the office of a spokesman confirming it', () => {
    const [p] = run(
      'Troops and border forces exchanged fire in Kurram district late on Monday, officials said.\n\nA police spokesman in Afghanistan’s Paktia province confirmed the fighting.',
    );
    expect(p).toMatchObject({ resolved_place: 'Kurram District', status: 'proposed' });
  });
  it('when the lead sums up several targets ("attacked two posts")', () => {
    const list = run(
      'Militants attacked two police posts in Balochistan on Monday, officials said.\n\nIn the town of Turbat, the attackers were beaten back in the firefight.',
    );
    // the detail is its own incident (storyTime.ts), the lead is not moved to it
    expect(list.some((p) => p.resolved_place === 'Turbat' && p.excerpt_start === 0)).toBe(false);
  });
  it('backward: when the dated sentence tells of a similar, other attack', () => {
    const list = run(
      'The foreign office condemned the attack near Parachinar.\n\nIn January, two guards were killed in a similar attack in Kurram district.',
    );
    expect(list.find((p) => p.date?.startsWith('2025-01'))?.resolved_place).toBe('Kurram District');
  });
  it('across a paragraph break after a paragraph of two sentences', () => {
    const text =
      'Gunmen on Monday opened fire on a police patrol, killing two officers in Iran’s southeast. The agency said one attacker was also wounded.\n\nIt said the shooting happened near the town of Saravan.';
    const [p] = run(text);
    expect(p?.resolved_place).toBe('Iran');
  });
});
