// A date that names a week or a month, not a day, is held (1 December): the sixteenth blind try
// had three months ("In September, gunmen … opened fire on a military parade") and the fourteenth
// two "last week"s proposed as answers, each holding the real day but none giving it. Two-day
// nights ("overnight") stay answers. Invented sentences; published Friday 14 December 2018.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) =>
  extractIncidents(text, { published: '2018-12-14' }, readers)[0] ?? null;

describe('a date wider than a few days', () => {
  it('"In September" is held, with the month kept and the reason named', () => {
    const p = first('In September, gunmen opened fire on a military parade in Ahvaz, killing 24.');
    expect([p?.date, p?.date_end, p?.status]).toEqual(['2018-09-01', '2018-09-30', 'needs_review']);
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/gives only the month/);
  });
  it('"last week" is held', () => {
    const p = first('Last week, gunmen opened fire on a police post in Chabahar, killing two.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/a stretch of days/);
  });
  it('control: "overnight", two days, stays an answer', () => {
    const p = first('Gunmen attacked a police post in Chabahar overnight, killing two.');
    expect(p?.status).toBe('proposed');
  });
  it('control: "on Monday" stays an answer', () => {
    const p = first('Gunmen attacked a police post in Chabahar on Monday, killing two.');
    expect([p?.date, p?.status]).toEqual(['2018-12-10', 'proposed']);
  });
});
