// Regressions from the thirty-seventh real-page try, on invented text. "The blast, which occurred
// two days after the killing of …" had dated the killing two days after the blast (after the
// publication date, held): "occurred", "happened", "took place" before "N days after X" tell X's
// day, N days before the event the sentence refers to, as "came" does (dateCores.ts).
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const LEAD =
  'A policeman was killed in a bomb blast outside a police station in Khar, Bajaur, on Friday.';
const run = (second: string) =>
  extractIncidents(`${LEAD}\n\n${second}`, { published: '2022-05-03' }, readers).find((p) =>
    /Mamund/.test(p.place ?? ''),
  );

describe('a step that dates what it counts from ("occurred two days after X")', () => {
  it.each(['occurred', 'happened', 'took place'])(
    '"the blast, which %s two days after the killing … in Mamund" dates the killing two days before',
    (verb) => {
      const p = run(
        `No group claimed the blast, which ${verb} two days after the killing of a cleric by gunmen in Mamund tehsil.`,
      );
      expect(p?.date).toBe('2022-04-27');
    },
  );
  it('control: "gunmen killed a cleric in Mamund tehsil two days after the blast" is after it', () => {
    const p = run('Gunmen killed a cleric in Mamund tehsil two days after the blast.');
    expect(p?.date).toBe('2022-05-01');
  });
});

describe('the same day and seizures (a thirty-seventh-try sweep)', () => {
  const after = (second: string) =>
    extractIncidents(`${LEAD}\n\n${second}`, { published: '2022-05-03' }, readers)[1];
  it('"Also in the day, a roadside explosion injured four in Mamund" is the lead’s day', () => {
    const p = after('Also in the day, a roadside explosion injured four people in Mamund tehsil.');
    expect(p).toMatchObject({ date: '2022-04-29', date_basis: 'Also in the day' });
  });
  it('"militants seized a counter-terrorism centre in Bannu" is an incident', () => {
    const p = after('Hours later, militants seized a counter-terrorism centre in Bannu.');
    expect(p).toMatchObject({ resolved_place: 'Bannu', category: 'attack' });
  });
  it('"militants took three policemen hostage in Bannu" is an abduction', () => {
    const p = after('Militants took three policemen hostage in Bannu on Saturday.');
    expect(p).toMatchObject({ resolved_place: 'Bannu', category: 'abduction' });
  });
  it('control: "police seized weapons at a centre in Bannu" is no incident', () => {
    expect(after('Police seized weapons at a centre in Bannu on Saturday.')).toBeUndefined();
  });
});
