// An "overnight" range (two days) is narrowed to the day a retelling within the next sentences
// says the fighting began (retold.ts `narrowOvernight`). Invented sentences; the dev passage
// 2024-chabahar-rask-overnight-attacks had been answered with the two-day range.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-04-04');
const LEAD =
  'Militants attacked a police station in Rask overnight, killing two officers, officials said on Thursday.';

describe('an overnight attack and the day it began', () => {
  it('"The fighting began at about 10 p.m. on Wednesday" narrows the night to Wednesday', () => {
    const [p] = run(`${LEAD} The fighting began at about 10 p.m. on Wednesday, the governor said.`);
    expect(p).toMatchObject({ date: '2024-04-03', date_precision: 'day' });
    expect(p?.date_end).toBeUndefined();
    expect(p?.date_basis).toMatch(/on Wednesday/);
  });
  it('a retelling that begins on the second day of the night gives that day', () => {
    const [p] = run(`${LEAD} The attack began at 1 a.m. on Thursday, police said.`);
    expect(p?.date).toBe('2024-04-04');
    expect(p?.date_end).toBeUndefined();
  });
  it('with no retelling the night stays two days', () => {
    const [p] = run(`${LEAD} The attackers fled into the hills.`);
    expect(p).toMatchObject({ date: '2024-04-03', date_end: '2024-04-04' });
  });
  it('a retelling on a day outside the night narrows nothing and goes to review', () => {
    const [p] = run(`${LEAD} The attack took place on Monday, police said.`);
    expect(p?.date_end).toBe('2024-04-04');
    expect(p?.status).toBe('needs_review');
  });
});
