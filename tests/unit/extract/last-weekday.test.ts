// "last Tuesday" in a Thursday's report may be this week's Tuesday or the week before's: a day a
// week off would be a confident wrong date, so it goes to review naming both. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const one = (text: string, published: string) => extractIncidents(text, { published }, readers)[0];

describe('"last <weekday>"', () => {
  it("within the report's own week it names both readings, for review", () => {
    const p = one(
      'Militants attacked a checkpost in Turbat last Tuesday, killing two soldiers.',
      '2023-03-09',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/2023-03-07.*2023-02-28/);
  });
  it('control: in the week before the report it is settled ("last Friday" on a Monday)', () => {
    const p = one(
      'Militants attacked a checkpost in Turbat last Friday, killing two soldiers.',
      '2023-03-06',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2023-03-03' });
  });
  it('control: a plain weekday is the latest such day', () => {
    const p = one(
      'Militants attacked a checkpost in Turbat on Tuesday, killing two soldiers.',
      '2023-03-09',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2023-03-07' });
  });
});
