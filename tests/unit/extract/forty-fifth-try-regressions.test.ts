// Regressions from the forty-fifth real-page try (an AP report from Herat and Nangarhar), on
// invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 28 August 2019: Tuesday is the 27th. */
const run = extractOn('2019-08-28');

const DETAIL =
  'A police spokesman said on Wednesday that six others were wounded in the Tuesday night attack in Kuhsan Bala district.';
const SEPARATELY =
  'Separately, in eastern Nangarhar province, a teacher was killed on Tuesday when a bomb attached to his car went off in Jalalabad.';

describe('"Separately, …" tells another incident, not one the sentence before sums up', () => {
  it('a dated attack at a place the gazetteer lacks is not folded into the Jalalabad bomb', () => {
    // the Herat attack had been folded into the Jalalabad bombing as its summary: one proposal,
    // proposed at Jalalabad with both sentences as its excerpt (752 km from the Herat district)
    const list = run(`${DETAIL}\n\n${SEPARATELY}`);
    const jalalabad = list.find((p) => p.resolved_place === 'Jalālābād');
    expect(jalalabad?.excerpt).not.toContain('Kuhsan Bala');
    expect(list).toHaveLength(2);
  });
  it('control: the Jalalabad bomb alone is still proposed there', () => {
    const [p] = run(SEPARATELY);
    expect(p).toMatchObject({ resolved_place: 'Jalālābād', status: 'proposed' });
  });
});

describe('"the Tuesday night attack" points back at the lead', () => {
  it('the lead in Herat province takes the day of "the Tuesday night attack", for review', () => {
    const list = run(
      `Taliban insurgents have stormed a checkpoint in western Herat province, killing 14 militiamen.\n\n${DETAIL}`,
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2019-08-27', admin1: 'Herat', status: 'needs_review' });
  });
  it('its review does not say the text names nothing finer (it names Kuhsan Bala district)', () => {
    const list = run(
      `Taliban insurgents have stormed a checkpoint in western Herat province, killing 14 militiamen.\n\n${DETAIL}`,
    );
    const coarse = list[0]?.reasons.find((r) => r.code === 'coarse_place')?.message;
    expect(coarse).toMatch(/no finer place that the gazetteer knows/);
  });
  it('control: "said that 27 terrorist attacks" is no point back (a tally)', () => {
    const list = run(
      'Taliban insurgents have stormed a checkpoint in western Herat province, killing 14 militiamen.\n\nThe report said that 27 terrorist attacks were recorded across the country on Tuesday.',
    );
    expect(list.some((p) => p.admin1 === 'Herat' && p.date === '2019-08-27')).toBe(false);
  });
});
