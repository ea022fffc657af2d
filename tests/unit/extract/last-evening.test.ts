// "last evening" and "late last afternoon" are yesterday, like "last night" (the fifteenth try, 1
// December: a Sputnik page's "late last afternoon" left the incident undated); "the last night of
// Ramadan" is no day before the report. Invented sentences; published Monday 14 December 2020.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const dateOf = (text: string) =>
  extractIncidents(text, { published: '2020-12-14' }, readers)[0]?.date ?? null;

describe('"last" with a part of the day', () => {
  it('"late last afternoon" is the day before the report', () => {
    expect(dateOf('Gunmen killed four civilians in Jalalabad late last afternoon.')).toBe(
      '2020-12-13',
    );
  });
  it('"last evening" is the day before the report', () => {
    expect(dateOf('Gunmen killed four civilians in Jalalabad last evening.')).toBe('2020-12-13');
  });
  it('control: "last night" still is', () => {
    expect(dateOf('Gunmen killed four civilians in Jalalabad last night.')).toBe('2020-12-13');
  });
  it('"on the last night of Ramadan" is no date (it had been read as last night)', () => {
    expect(dateOf('Gunmen killed four civilians in Jalalabad on the last night of Ramadan.')).toBe(
      null,
    );
  });
});
