// "overnight" (and "today", "yesterday") in a sentence that dates its own words ("officials said
// on Friday") count from that day when the paper's day would put the event after the words: a
// latent bug of the tenth real-page try, where a night told on Friday was dated Friday to Saturday
// from Saturday's paper. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Saturday 12 May 2018: Friday is the 11th. */
const run = extractOn('2018-05-12');

describe('a word counting from a day, in a sentence saying when it was told', () => {
  it('"overnight …, officials said on Friday" is the night before Friday', () => {
    const [p] = run(
      'Militants stormed a police post overnight in Turbat, killing four policemen, officials said on Friday.',
    );
    expect(p).toMatchObject({ date: '2018-05-10', date_end: '2018-05-11' });
  });
  it('"today, the governor said on Friday" is that Friday', () => {
    const [p] = run(
      'Gunmen attacked a police post in Turbat today and killed two guards, the governor said on Friday.',
    );
    expect(p?.date).toBe('2018-05-11');
  });
  it('control: "overnight …, officials said on Saturday" is the night before the paper', () => {
    const [p] = run(
      'Militants stormed a police post overnight in Turbat, killing four policemen, officials said on Saturday.',
    );
    expect(p).toMatchObject({ date: '2018-05-11', date_end: '2018-05-12' });
  });
  it('control: "overnight" with no day of its telling counts from the paper', () => {
    const [p] = run('Militants stormed a police post overnight in Turbat, killing four policemen.');
    expect(p).toMatchObject({ date: '2018-05-11', date_end: '2018-05-12' });
  });
});
