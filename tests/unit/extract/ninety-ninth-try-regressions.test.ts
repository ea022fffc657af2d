// Regressions from the ninety-ninth real-page try (Afghanistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Saturday 27 May 2017: Friday is the 26th. */
const run = extractOn('2017-05-27');

const LEAD = 'A suicide car bomb killed 18 people in the eastern city of Khost on Saturday.';

describe('a step on from an event past the day of the report is a span, not a date', () => {
  it('"more than 15 years after they were toppled" dates nothing', () => {
    const list = run(
      `${LEAD}\n\nThe attack is the latest in a series of attacks as the insurgency expands more than 15 years after the Taliban were toppled from power.`,
    );
    expect(list.map((p) => p.date)).not.toContain('2032-05-27');
  });
  it('"a day after" later on counts from the lead, not from that span', () => {
    const list = run(
      `${LEAD}\n\nThe attack is the latest in a series of attacks as the insurgency expands more than 15 years after the Taliban were toppled from power.\n\nThe attack comes a day after fighters stormed a base in Maiwand district, killing 15 soldiers.`,
    );
    const p = list.find((x) => x.excerpt.includes('Maiwand'));
    expect(p?.date).toBe('2017-05-26');
  });
  it('control: "two days later" within the report still dates', () => {
    const list = run(
      'Gunmen abducted an engineer in Khost on Wednesday.\n\nTwo days later, a bomb killed three people in Gardez.',
    );
    expect(list.find((x) => x.excerpt.includes('Gardez'))?.date).toBe('2017-05-26');
  });
});

describe('"The blatant attack comes just a day after fighters … in Kandahar"', () => {
  it('Kandahar is the place of the earlier attack this sentence dates, not a rival', () => {
    const list = run(
      `${LEAD}\n\nThe blatant attack comes just a day after Taliban fighters killed 15 soldiers in Maiwand district.`,
    );
    const p = list.find((x) => x.excerpt.includes('Maiwand'));
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toContain('earlier event');
  });
  it('control: "The attack in Khost came a day after a bombing in Kandahar" keeps Kandahar the earlier place', () => {
    const list = run(
      'The attack in Khost on Saturday came a day after a bombing in Kandahar that killed five.',
    );
    expect(list[0]?.resolved_place).toBe('Khōst');
  });
});

describe('a town and its province of one name, then "the southern province"', () => {
  it('"dead in Kandahar, in the third assault this week in the southern province" is the province', () => {
    const [p] = run(
      'Taliban fighters killed 15 soldiers in Kandahar on Friday, in the third assault this week in the southern province.',
    );
    expect(p).toMatchObject({ place_precision: 'province', status: 'needs_review' });
  });
  it('control: "the city of Kandahar" stays the city', () => {
    const [p] = run(
      'Taliban fighters killed 15 soldiers in the city of Kandahar on Friday, in the third assault this week in the southern province.',
    );
    expect(p).toMatchObject({ place_precision: 'town', status: 'proposed' });
  });
  it('control: "in Kandahar on Friday" alone is the city', () => {
    const [p] = run('Taliban fighters killed 15 soldiers in Kandahar on Friday.');
    expect(p?.place_precision).toBe('town');
  });
});

describe('a day at a province is no summary of a stretch of days told later', () => {
  it('"15 soldiers dead in Kandahar province on Friday" stays beside "Earlier this week … Maiwand district"', () => {
    const list = run(
      `${LEAD}\n\nTaliban fighters killed 15 soldiers in Kandahar province on Friday.\n\nEarlier this week insurgents raided military bases in Maiwand district.`,
    );
    expect(list.map((p) => p.date)).toContain('2017-05-26');
  });
  it('control: a province lead on the same day as its detail is still folded', () => {
    const list = run(
      `${LEAD}\n\nTaliban fighters killed 15 soldiers in Kandahar province on Friday.\n\nOn Friday, fighters stormed a base in Maiwand district, killing 15 soldiers.`,
    );
    expect(list).toHaveLength(2);
  });
});

describe('"in Khost and Paktika provinces": every name before the plural is a province', () => {
  const on = extractOn('2013-05-18');
  it('Khost is the province, one of two, not the town', () => {
    const [p] = on('Two explosions killed two people in Khost and Paktika provinces on Saturday.');
    expect(p).toMatchObject({ place_precision: 'province', status: 'needs_review' });
  });
  it('a headline dating both lets the first detail, in Khost city, take its day', () => {
    const [p] = on(
      'Deadly Explosions in Khost and Paktika provinces on Saturday\n\nAn Afghan border police guard was killed during the first explosion which took place in eastern Khost city of Afghanistan.',
    );
    expect(p).toMatchObject({ resolved_place: 'Khōst', date: '2013-05-18', status: 'proposed' });
  });
  it('control: "in Bajaur and Mohmand districts" are still two districts', () => {
    const [p] = on('Two explosions killed two people in Bajaur and Mohmand districts on Saturday.');
    expect(p).toMatchObject({ resolved_place: 'Bajaur District', status: 'needs_review' });
  });
});
