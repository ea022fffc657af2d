// One sentence naming two places side by side ("attacks on police stations in Chabahar and
// Rask") tells of something at each: two proposals, one per place (issue 8, fourth round: real
// Siasat and Sputnik reports of the April 2024 attacks). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Thursday 31 October 2024: "Wednesday" is the 30th. */
const run = extractOn('2024-10-31');
const brief = (text: string) =>
  run(text).map((p) => [p.status, p.resolved_place, p.date, p.fatalities ?? null]);

describe('two towns joined by "and"', () => {
  it('one proposal at each, both settled, with the same sentence and date', () => {
    const text = 'Militants attacked police stations in Chabahar and Rask on Wednesday night.';
    const list = run(text);
    expect(list.map((p) => [p.status, p.resolved_place, p.date])).toEqual([
      ['proposed', 'Chabahar', '2024-10-30'],
      ['proposed', 'Rāsak', '2024-10-30'],
    ]);
    expect(list.map((p) => p.excerpt)).toEqual([text, text]);
    expect(list.map((p) => p.place_span?.start)).toEqual([
      text.indexOf('Chabahar'),
      text.indexOf('Rask'),
    ]);
  });
  it('a count of dead is of both together, so neither states it', () => {
    expect(
      brief('Gunmen stormed posts in Chabahar and Rask on Wednesday, killing 11 policemen.'),
    ).toEqual([
      ['proposed', 'Chabahar', '2024-10-30', null],
      ['proposed', 'Rāsak', '2024-10-30', null],
    ]);
  });
  it('a province holding both does not compete', () => {
    expect(
      brief(
        'Gunmen attacked posts in Chabahar and Rask in Sistan and Baluchestan province on Wednesday.',
      ),
    ).toHaveLength(2);
  });
  it('"a fierce fight broke out … in the cities of A and B" is a clash at each', () => {
    const list = run(
      'A fierce fight broke out between militants and police in the cities of Chabahar and Rask on Wednesday.',
    );
    expect(list.map((p) => [p.category, p.resolved_place])).toEqual([
      ['attack', 'Chabahar'],
      ['attack', 'Rāsak'],
    ]);
  });
});

describe('what stays one proposal, for review', () => {
  it('three towns', () => {
    const list = run('Gunmen attacked posts in Chabahar, Rask and Saravan on Wednesday.');
    expect(list).toHaveLength(1);
    expect(list[0]?.status).toBe('needs_review');
  });
  it('the two ends of a way ("a bus travelling between Quetta and Taftan")', () => {
    const list = run('A bus travelling between Quetta and Taftan was attacked on Wednesday.');
    expect(list.map((p) => p.status)).toEqual(['needs_review']);
  });
  it('a place people went to is no second place of the event', () => {
    expect(brief('Gunmen killed two guards in Chabahar and fled to Rask on Wednesday.')).toEqual([
      ['proposed', 'Chabahar', '2024-10-30', 2],
    ]);
  });
});

describe('a detail inheriting the date of a lead dated only by its report', () => {
  it('hands on the doubt: the event may be earlier than the report', () => {
    const list = run(
      'Militants launched simultaneous attacks on police posts in Sistan and Baluchestan province, state television reported on Thursday. ' +
        'A fierce fight broke out between the militants and the police in Chabahar.',
    );
    const chabahar = list.find((p) => p.resolved_place === 'Chabahar');
    expect(chabahar).toMatchObject({ status: 'needs_review', date: '2024-10-31' });
    expect(chabahar!.reasons.map((r) => r.message).join(' ')).toMatch(/dates the report/);
  });
});
