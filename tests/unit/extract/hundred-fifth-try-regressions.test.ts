// Regressions from the hundred-and-fifth real-page try (Iran), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 16 November 2022: Tuesday is the 15th. */
const run = extractOn('2022-11-16');

describe('"The attack came after calls …, starting on Tuesday": the calls\' day', () => {
  it('is no date of the attack: the sentence proposes nothing dated Tuesday', () => {
    const list = run(
      'Gunmen opened fire at a crowded market on Wednesday in Khuzestan province, killing five.\n\nThe attack came after calls by groups to stage riots for three days, starting on Tuesday.',
    );
    expect(list.map((p) => p.date)).not.toContain('2022-11-15');
  });
  it('control: "The attack came a day after …" still counts back from the lead', () => {
    const list = run(
      'Gunmen opened fire at a crowded market in Izeh on Wednesday, killing five.\n\nThe attack came a day after rioters torched a bank in Ahvaz.',
    );
    expect(list.map((p) => p.date)).toContain('2022-11-15');
  });
});

describe('"In another development on Wednesday evening, …" is another incident', () => {
  it('the lead at its province is kept beside it, not folded as its summary', () => {
    const list = run(
      'Gunmen opened fire at a crowded market on Wednesday in Khuzestan province, killing five.\n\nIn another development on Wednesday evening, a seminary in Izeh was set ablaze by rioters.',
    );
    expect(list).toHaveLength(2);
  });
});

describe("a relative clause on a place noun tells the place's past (hundred-and-fourth try)", () => {
  const on = extractOn('2010-07-15');
  it('"the valley that was overrun by Taliban militants in 2007" does not date the bombing', () => {
    const list = on(
      'MINGORA, Pakistan — A suicide bombing near a bus terminal in Pakistan’s Swat Valley killed five people on Thursday, officials said.\n\nThe explosion went off around noon in Mingora, the main town in the one-time tourist haven that was largely overrun by Taliban militants in 2007.',
    );
    expect(list.map((p) => p.date)).not.toContain('2007-01-01');
    expect(list[0]).toMatchObject({ resolved_place: 'Mingora', date: '2010-07-15' });
  });
  it('control: "The attack, which was carried out on Wednesday, …" keeps its day', () => {
    const [p] = on(
      'The attack on a police post in Mingora, which was carried out on Wednesday, killed five.',
    );
    expect(p?.date).toBe('2010-07-14');
  });
});
